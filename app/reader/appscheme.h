// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlSchemeHandler>

#include <functional>

namespace goprep::reader {

// "goprep://app/..." serves the reader page, its script and style, and the guide's figures.
inline constexpr auto schemeName = "goprep";
inline constexpr auto appHost = "app";

// Must run before the QApplication is created.
void registerAppScheme();
QUrl appUrl(const QString &path);

class AppSchemeHandler final : public QWebEngineUrlSchemeHandler {
    Q_OBJECT
public:
    explicit AppSchemeHandler(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AppSchemeHandler)

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // Lets the reader put what the page shows first into the page itself (see ReaderView::pageDocument).
    using PageFilter = std::function<QByteArray(const QByteArray &page)>;
    void setPageFilter(PageFilter filter) { m_pageFilter = std::move(filter); }
    // With an empty nonce, no script may run.
    static QByteArray contentSecurityPolicy(const QByteArray &scriptNonce = {});

private:
    static QByteArray completePage(QByteArray page, const QByteArray &nonce);

    PageFilter m_pageFilter;
};

} // namespace goprep::reader
