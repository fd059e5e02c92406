// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

namespace goprep::reader {

class RequestInterceptor;

// Keeps the reader on our own pages: web links go to the desktop browser, anything else is refused, and every
// request to elsewhere is blocked. A page of the shared reader profile (ReaderProfile).
class ReaderPage final : public QWebEnginePage {
    Q_OBJECT
public:
    explicit ReaderPage(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReaderPage)

    RequestInterceptor *interceptor() const { return m_interceptor; }

Q_SIGNALS:
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;

private:
    RequestInterceptor *m_interceptor;
};

} // namespace goprep::reader
