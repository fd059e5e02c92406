// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWebEngineProfile;

namespace goprep::reader {

class AppSchemeHandler;

// The QtWebEngine profile of every reader page. Chromium's single-process model (ProcessModel) allows one
// profile per process, so there is one, made on first use and gone with the application. Off the record (no
// storage name: nothing on disk), without HTTP cache, kept cookies or spell checking. It serves goprep://app/
// through one AppSchemeHandler; each page blocks everything else with its own interceptor (ReaderPage).
class ReaderProfile final {
public:
    static QWebEngineProfile *profile();
    static AppSchemeHandler *schemeHandler();
};

} // namespace goprep::reader
