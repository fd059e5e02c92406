// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace goprep::ui {

// The application icon at every size the build renders from packaging/icons, compiled into the binary so
// windows have it before (or without) an installed icon theme entry.
QIcon applicationIcon();

} // namespace goprep::ui
