// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

namespace goprep::reader {

// Keeps the reader on our own pages: web links go to the desktop browser, anything else is refused.
class ReaderPage final : public QWebEnginePage {
    Q_OBJECT
public:
    explicit ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReaderPage)

Q_SIGNALS:
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;
};

} // namespace goprep::reader
