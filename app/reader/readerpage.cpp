// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpage.h"
#include "appscheme.h"
#include "logging.h"
#include "readerprofile.h"
#include "requestinterceptor.h"

#include <QDesktopServices>

using namespace Qt::StringLiterals;

namespace goprep::reader {

ReaderPage::ReaderPage(QObject *parent)
    : QWebEnginePage(ReaderProfile::profile(), parent)
    , m_interceptor(new RequestInterceptor(this)) {
    setUrlRequestInterceptor(m_interceptor);
}

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) {
    if (RequestInterceptor::isAllowed(url) && url.scheme() == QLatin1StringView(schemeName))
        return isMainFrame;
    const QString scheme = url.scheme();
    if (type == NavigationTypeLinkClicked &&
        (scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s)) {
        qCInfo(lcReader) << "opening in the desktop browser" << url;
        QDesktopServices::openUrl(url);
    } else {
        qCInfo(lcReader) << "refused navigation to" << url;
    }
    Q_EMIT navigationRefused(url);
    return false;
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType) {
    // window.open and target=_blank never open anything inside the app.
    qCInfo(lcReader) << "refused to open a new window";
    return nullptr;
}

void ReaderPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                          int line, const QString &source) {
    if (level == ErrorMessageLevel)
        qCWarning(lcReader).noquote() << source << line << message;
    else
        qCDebug(lcReader).noquote() << source << line << message;
}

} // namespace goprep::reader
