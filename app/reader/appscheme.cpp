// SPDX-License-Identifier: GPL-3.0-or-later
#include "appscheme.h"
#include "logging.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QUrl>
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

QByteArray AppSchemeHandler::contentSecurityPolicy() {
    // Only our own origin; no network, no plugins, no frames, no forms.
    return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; "
           "font-src 'self'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
           "child-src 'none'; worker-src 'none'; form-action 'none'; base-uri 'none'";
}

void AppSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job) {
    const QUrl url = job->requestUrl();
    const QString path = url.path();
    qCDebug(lcReader) << "serving" << url;
    QString resource;
    if (url.host() != QLatin1StringView(appHost) || path.contains(u".."_s)) {
        resource.clear();
    } else if (path == u"/reader.html"_s || path == u"/reader.js"_s) {
        resource = u":/reader"_s + path;
    } else if (path.startsWith(u"/figures/"_s)) {
        resource = u":/content"_s + path;
    }
    QByteArray data = resource.isEmpty() ? QByteArray() : readResource(resource);
    if (data.isEmpty()) {
        qCWarning(lcReader) << "no such page resource" << url;
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // Start-up speed: every request waits for the GUI thread, so the page needs only two. Its stylesheet
    // comes inline (the policy allows inline styles, not inline scripts), and its script carries Qt's
    // QWebChannel client in front of it.
    if (path == u"/reader.html"_s) {
        data.replace("<link rel=\"stylesheet\" href=\"reader.css\">",
                     QByteArray("<style>\n" + readResource(u":/reader/reader.css"_s) + "</style>"));
        if (m_pageFilter)
            data = m_pageFilter(data);
    } else if (path == u"/reader.js"_s) {
        data.prepend(QByteArray(readResource(u":/qtwebchannel/qwebchannel.js"_s) + '\n'));
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
    job->setAdditionalResponseHeaders({{"Content-Security-Policy", contentSecurityPolicy()}});
    job->reply(mime, buffer);
}

} // namespace goprep::reader
