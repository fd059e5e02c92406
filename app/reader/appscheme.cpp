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
    } else if (path == u"/reader.html"_s || path == u"/reader.css"_s || path == u"/reader.js"_s) {
        resource = u":/reader"_s + path;
    } else if (path == u"/qwebchannel.js"_s) {
        resource = u":/qtwebchannel/qwebchannel.js"_s;
    } else if (path.startsWith(u"/figures/"_s)) {
        resource = u":/content"_s + path;
    }
    QFile file(resource);
    if (resource.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qCWarning(lcReader) << "no such page resource" << url;
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(file.readAll());
    QByteArray mime =
        QMimeDatabase().mimeTypeForFile(resource, QMimeDatabase::MatchExtension).name().toUtf8();
    if (path.endsWith(u".html"_s))
        mime = "text/html";
    else if (path.endsWith(u".js"_s))
        mime = "text/javascript";
    else if (path.endsWith(u".css"_s))
        mime = "text/css";
    job->setAdditionalResponseHeaders({{"Content-Security-Policy", contentSecurityPolicy()}});
    job->reply(mime, buffer);
}

} // namespace goprep::reader
