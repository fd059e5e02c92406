// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace goprep::reader {

// The object the page talks to over QWebChannel.
class ReaderBridge final : public QObject {
    Q_OBJECT
public:
    explicit ReaderBridge(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReaderBridge)

    Q_INVOKABLE void copyCode(const QString &code);
    Q_INVOKABLE void pageReady();
    Q_INVOKABLE void chapterShown(const QString &chapterId);
    Q_INVOKABLE void scrolled(const QString &chapterId, double fraction, const QString &sectionId,
                              bool atEnd);
    Q_INVOKABLE void openSection(const QString &sectionId);
    Q_INVOKABLE void openChapter(const QString &chapterId);

Q_SIGNALS:
    void ready();
    void shown(const QString &chapterId);
    void positionChanged(const QString &chapterId, double fraction, const QString &sectionId, bool atEnd);
    void sectionRequested(const QString &sectionId);
    void chapterRequested(const QString &chapterId);
    void codeCopied(const QString &code);
};

} // namespace goprep::reader
