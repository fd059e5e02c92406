// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"
#include "mainwindow.h"

#include "readerview.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QImage>
#include <QPixmap>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace goprep::ui {

QString takeScreenshot(MainWindow &window, const QString &path, int timeoutMs) {
    window.resize(1280, 800);
    window.show();
    reader::ReaderView *reader = window.reader();
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reader, &reader::ReaderView::chapterShown, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (reader->currentChapter().isEmpty() || !reader->isShowing(reader->currentChapter()))
        loop.exec();
    if (!timeout.isActive())
        return u"the reader did not finish loading within %1 s"_s.arg(timeoutMs / 1000);
    // The page reports after its second animation frame; give the compositor a moment to present it.
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec();
    const QPixmap pixmap = window.grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return u"could not write %1"_s.arg(path);
    return {};
}

} // namespace goprep::ui
