// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerbridge.h"

#include <QClipboard>
#include <QGuiApplication>

namespace goprep::reader {

ReaderBridge::ReaderBridge(QObject *parent)
    : QObject(parent) {}

void ReaderBridge::copyCode(const QString &code) {
    QGuiApplication::clipboard()->setText(code);
    Q_EMIT codeCopied(code);
}

void ReaderBridge::pageReady() {
    Q_EMIT ready();
}
void ReaderBridge::chapterShown(const QString &chapterId) {
    Q_EMIT shown(chapterId);
}

void ReaderBridge::scrolled(const QString &chapterId, double fraction, const QString &sectionId, bool atEnd) {
    Q_EMIT positionChanged(chapterId, fraction, sectionId, atEnd);
}

void ReaderBridge::openSection(const QString &sectionId) {
    Q_EMIT sectionRequested(sectionId);
}
void ReaderBridge::openChapter(const QString &chapterId) {
    Q_EMIT chapterRequested(chapterId);
}

} // namespace goprep::reader
