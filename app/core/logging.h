// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per area, so QT_LOGGING_RULES can turn on a single part of the program.
Q_DECLARE_LOGGING_CATEGORY(lcContent)
Q_DECLARE_LOGGING_CATEGORY(lcRender)
Q_DECLARE_LOGGING_CATEGORY(lcProgress)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcStudy)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
// Durations of start-up phases and of each answer (debug level): QT_LOGGING_RULES="goprep.timing.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTiming)
