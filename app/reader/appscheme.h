// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
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

    // Lets a reader put what its page shows first into the page itself (see ReaderView::pageDocument). The
    // readers share the handler (ReaderProfile), so each loads the page at its own URL, pageUrl(key).
    using PageFilter = std::function<QByteArray(const QByteArray &page)>;
    QString addPageFilter(PageFilter filter); // returns the key
    void removePageFilter(const QString &key) { m_pageFilters.remove(key); }
    static QUrl pageUrl(const QString &key);
    // With an empty nonce, no script may run.
    static QByteArray contentSecurityPolicy(const QByteArray &scriptNonce = {});

private:
    static QByteArray completePage(QByteArray page, const QByteArray &nonce);

    QHash<QString, PageFilter> m_pageFilters;
    quint64 m_lastKey = 0;
};

} // namespace goprep::reader
