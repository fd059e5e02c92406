// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace goprep::ui {

class MainWindow;

// Shows the window at 1280x800, waits until the reader has painted its chapter, saves a PNG.
// Returns an error message, or an empty string on success.
QString takeScreenshot(MainWindow &window, const QString &path, int timeoutMs = 30000);

} // namespace goprep::ui
