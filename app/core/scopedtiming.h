// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace goprep::core {

// Logs how long a scope took under the goprep.timing category (debug level, off by default), so start-up and
// answers can be profiled on any machine: QT_LOGGING_RULES="goprep.timing.debug=true". Costs one clock read
// when the category is off.
class ScopedTiming final {
public:
    explicit ScopedTiming(const char *what);
    ~ScopedTiming();
    Q_DISABLE_COPY_MOVE(ScopedTiming)

    // Logs the time since construction with a label, and keeps counting.
    void mark(const char *label) const;

private:
    const char *m_what = nullptr;
    QElapsedTimer m_timer;
};

} // namespace goprep::core
