// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerprofile.h"
#include "appscheme.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWebEngineProfile>

namespace goprep::reader {

namespace {

struct Shared {
    QPointer<QWebEngineProfile> profile;
    AppSchemeHandler *schemeHandler = nullptr; // a child of the profile
};

// Made with the first reader and gone with the application object; a later application object gets its own.
const Shared &shared() {
    static Shared made;
    if (!made.profile) {
        made.profile = new QWebEngineProfile(QCoreApplication::instance()); // no storage name: off the record
        made.schemeHandler = new AppSchemeHandler(made.profile);
        made.profile->installUrlSchemeHandler(schemeName, made.schemeHandler);
        made.profile->setHttpCacheType(QWebEngineProfile::NoCache);
        made.profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        made.profile->setSpellCheckEnabled(false);
    }
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
