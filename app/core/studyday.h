// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace goprep::core {

// A study day runs from `startHour` local time to the same hour on the next local date, as in Anki: a
// late-night session still counts for the evening's day. Every answer and due date is placed on such a day.
class StudyDay final {
public:
    static constexpr int defaultStartHour = 4;

    explicit StudyDay(int startHour = defaultStartHour);

    int startHour() const { return m_startHour; }
    // The local date on which the study day containing `time` began.
    QDate date(const QDateTime &time) const;
    // Start and end (exclusive) of the study day containing `time`, in UTC.
    QDateTime start(const QDateTime &time) const;
    QDateTime end(const QDateTime &time) const;
    // Start of the study day that begins on the local `date`, in UTC.
    QDateTime startOf(const QDate &date) const;

private:
    int m_startHour = defaultStartHour;
};

} // namespace goprep::core
