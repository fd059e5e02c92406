// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyday.h"

#include <algorithm>

namespace goprep::core {

StudyDay::StudyDay(int startHour)
    : m_startHour(std::clamp(startHour, 0, 23)) {}

QDate StudyDay::date(const QDateTime &time) const {
    const QDateTime local = time.toLocalTime();
    return local.time().hour() < m_startHour ? local.date().addDays(-1) : local.date();
}

QDateTime StudyDay::startOf(const QDate &date) const {
    return QDateTime(date, QTime(m_startHour, 0)).toUTC();
}

QDateTime StudyDay::start(const QDateTime &time) const {
    return startOf(date(time));
}

QDateTime StudyDay::end(const QDateTime &time) const {
    // Built from the next local date rather than adding 24 hours, so a day with a DST change still ends at
    // the hour.
    return startOf(date(time).addDays(1));
}

} // namespace goprep::core
