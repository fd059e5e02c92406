// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopedtiming.h"
#include "logging.h"

namespace goprep::core {

ScopedTiming::ScopedTiming(const char *what)
    : m_what(what) {
    if (lcTiming().isDebugEnabled())
        m_timer.start();
}

ScopedTiming::~ScopedTiming() {
    if (m_timer.isValid())
        qCDebug(lcTiming, "%s: %.2f ms", m_what, double(m_timer.nsecsElapsed()) / 1e6);
}

void ScopedTiming::mark(const char *label) const {
    if (m_timer.isValid())
        qCDebug(lcTiming, "%s, %s: %.2f ms", m_what, label, double(m_timer.nsecsElapsed()) / 1e6);
}

} // namespace goprep::core
