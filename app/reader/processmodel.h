// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace goprep::reader {

// Where Chromium renders the reader's page. Its default is a tree of helper processes (two zygotes and a
// sandboxed renderer) that QtWebEngine starts and boots while the application waits: on a small machine most
// of the engine's start-up, and tens of megabytes. That isolation protects a browser from the sites it
// visits. GoPrep shows one page of its own, built into it, and lets that page load nothing from elsewhere
// (RequestInterceptor, ReaderPage), so it asks for Chromium's single-process model instead: the renderer
// runs as a thread of GoPrep.
//
// GOPREP_SEPARATE_RENDERER=1, or a process model already named in QTWEBENGINE_CHROMIUM_FLAGS, keeps
// Chromium's default, for instance to have a renderer crash reported instead of ending GoPrep.
class ProcessModel final {
public:
    // The QTWEBENGINE_CHROMIUM_FLAGS to start the engine with, or nothing to leave the user's as they are.
    static std::optional<QByteArray> engineFlags(const QByteArray &userFlags, bool separateRenderer);

    // Before the QApplication: QtWebEngine reads its flags from the environment when it starts.
    static void chooseBeforeEngineStarts();
    // Once the engine has started (the first page exists): puts the environment back as GoPrep found it, so
    // the programs it starts, a desktop browser through xdg-open among them, do not inherit its flags.
    static void restoreEnvironment();
};

} // namespace goprep::reader
