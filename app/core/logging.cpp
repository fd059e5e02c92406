// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcContent, "goprep.core.content", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRender, "goprep.core.render", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProgress, "goprep.core.progress", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "goprep.core.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStudy, "goprep.core.study", QtWarningMsg)
Q_LOGGING_CATEGORY(lcI18n, "goprep.core.i18n", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTiming, "goprep.timing", QtWarningMsg)
