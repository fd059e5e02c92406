// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerprofile.h"
#include "appscheme.h"

#include <QCoreApplication>
#include <QWebEngineProfile>

namespace goprep::reader {

namespace {

struct Shared {
    QWebEngineProfile *profile = nullptr;
    AppSchemeHandler *schemeHandler = nullptr;
};

Shared &shared() {
    static Shared made = [] {
        Shared fresh;
        fresh.profile = new QWebEngineProfile(QCoreApplication::instance());
        fresh.schemeHandler = new AppSchemeHandler(fresh.profile);
        fresh.profile->installUrlSchemeHandler(schemeName, fresh.schemeHandler);
        fresh.profile->setHttpCacheType(QWebEngineProfile::NoCache);
        fresh.profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        fresh.profile->setSpellCheckEnabled(false);
        return fresh;
    }();
    return made;
}

} // namespace

QWebEngineProfile *ReaderProfile::profile() {
    return shared().profile;
}

AppSchemeHandler *ReaderProfile::schemeHandler() {
    return shared().schemeHandler;
}

} // namespace goprep::reader
