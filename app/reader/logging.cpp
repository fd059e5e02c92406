// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcReader, "goprep.reader", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNetwork, "goprep.reader.network", QtInfoMsg)
