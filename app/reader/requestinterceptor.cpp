// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestinterceptor.h"
#include "appscheme.h"
#include "logging.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace goprep::reader {

RequestInterceptor::RequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent) {}

bool RequestInterceptor::isAllowed(const QUrl &url) {
    const QString scheme = url.scheme();
    return (scheme == QLatin1StringView(schemeName) && url.host() == QLatin1StringView(appHost)) ||
           scheme == u"data"_s || scheme == u"blob"_s;
}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info) {
    if (isAllowed(info.requestUrl()))
        return;
    info.block(true);
    ++m_blocked;
    qCInfo(lcNetwork) << "blocked a request to" << info.requestUrl();
    Q_EMIT requestBlocked(info.requestUrl());
}

} // namespace goprep::reader
