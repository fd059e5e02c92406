// SPDX-License-Identifier: GPL-3.0-or-later
#include "appscheme.h"
#include "logging.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

namespace goprep::reader {

void registerAppScheme() {
    QWebEngineUrlScheme scheme(schemeName);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Local: web content may not load it. LocalAccessAllowed: our page may load its own script and style.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl appUrl(const QString &path) {
    QUrl url;
    url.setScheme(QLatin1StringView(schemeName));
    url.setHost(QLatin1StringView(appHost));
    url.setPath(path.startsWith(u'/') ? path : u'/' + path);
    return url;
}

namespace {
QByteArray readResource(const QString &name) {
    QFile file(name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

AppSchemeHandler::AppSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent) {}

QString AppSchemeHandler::addPageFilter(PageFilter filter) {
    const QString key = QString::number(++m_lastKey);
    m_pageFilters.insert(key, std::move(filter));
    return key;
}

QUrl AppSchemeHandler::pageUrl(const QString &key) {
    QUrl url = appUrl(u"/reader.html"_s);
    url.setQuery(QUrlQuery{{u"view"_s, key}});
    return url;
}

QByteArray AppSchemeHandler::contentSecurityPolicy(const QByteArray &scriptNonce) {
    // Only our own origin; no network, no plugins, no frames, no forms. The one script allowed is the page's
    // own, which carries the nonce made for this load; nothing else may run.
    const QByteArray scripts =
        scriptNonce.isEmpty() ? QByteArray("'none'") : QByteArray("'nonce-" + scriptNonce + '\'');
    return "default-src 'none'; script-src " + scripts +
           "; style-src 'self' 'unsafe-inline'; img-src 'self'; font-src 'self'; connect-src 'none'; "
           "media-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; "
           "form-action 'none'; base-uri 'none'";
}

QByteArray AppSchemeHandler::completePage(QByteArray page, const QByteArray &nonce) {
    // Start-up speed: every request waits for the GUI thread, which is busy painting the window then, so the
    // page comes in one piece. Its stylesheet is inline (the policy allows inline styles), and so is its
    // script, QWebChannel's client in front of ours, allowed by this load's nonce, placed last in the body
    // where the document (and the state ReaderView put in it) is complete.
    const QByteArray script =
        readResource(u":/qtwebchannel/qwebchannel.js"_s) + '\n' + readResource(u":/reader/reader.js"_s);
    if (script.contains("</script") || script.contains("</SCRIPT")) {
        qCWarning(lcReader) << "the page's script cannot be inlined: it contains an end tag";
        return {};
    }
    page.replace("<style id=\"code-theme\">",
                 QByteArray("<style>\n" + readResource(u":/reader/reader.css"_s) +
                            "</style>\n<style id=\"code-theme\">"));
    page.replace("script-src 'none'", QByteArray("script-src 'nonce-" + nonce + '\''));
    return page.replace("</body>",
                        QByteArray("<script nonce=\"" + nonce + "\">\n" + script + "</script>\n</body>"));
}

void AppSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job) {
    const QUrl url = job->requestUrl();
    const QString path = url.path();
    qCDebug(lcReader) << "serving" << url;
    QString resource;
    if (url.host() != QLatin1StringView(appHost) || path.contains(u".."_s)) {
        resource.clear();
    } else if (path == u"/reader.html"_s) {
        resource = u":/reader"_s + path;
    } else if (path.startsWith(u"/figures/"_s)) {
        resource = u":/content"_s + path;
    }
    QByteArray data = resource.isEmpty() ? QByteArray() : readResource(resource);
    QByteArray nonce;
    if (path == u"/reader.html"_s && !data.isEmpty()) {
        nonce = QByteArray::number(QRandomGenerator::system()->generate64(), 36) +
                QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        const PageFilter filter = m_pageFilters.value(QUrlQuery(url).queryItemValue(u"view"_s));
        data = completePage(filter ? filter(data) : data, nonce);
    }
    if (data.isEmpty()) {
        qCWarning(lcReader) << "no such page resource" << url;
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    // The page's own types are known; asking QMimeDatabase would load its database on the first request.
    QByteArray mime;
    if (path.endsWith(u".html"_s))
        mime = "text/html";
    else if (path.endsWith(u".js"_s))
        mime = "text/javascript";
    else if (path.endsWith(u".svg"_s))
        mime = "image/svg+xml";
    else
        mime = QMimeDatabase().mimeTypeForFile(resource, QMimeDatabase::MatchExtension).name().toUtf8();
    job->setAdditionalResponseHeaders({{"Content-Security-Policy", contentSecurityPolicy(nonce)}});
    job->reply(mime, buffer);
}

} // namespace goprep::reader
