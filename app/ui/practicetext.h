// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptlog.h"

#include <QString>

// How the practice timer and attempt ratings read, shared by the tasks pane, the status bar and the
// readiness overview.
namespace goprep::ui::practicetext {

// "mm:ss", or "h:mm:ss" from an hour on, of the absolute value. A countdown shows whole seconds rounded up,
// so a fresh 45-minute attempt reads 45:00 and "00:00" means the time is really up.
QString clock(qint64 msecs);
QString rating(core::AttemptRating rating);

} // namespace goprep::ui::practicetext
