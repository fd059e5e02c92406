// SPDX-License-Identifier: GPL-3.0-or-later
#include "studystatistics.h"

#include "reviewstore.h"

#include <algorithm>

namespace goprep::core {

StudyStatistics::StudyStatistics(Clock clock, int dayStartHour, int days)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_day(dayStartHour)
    , m_days(std::max(1, days)) {}

QDateTime StudyStatistics::now() const {
    return m_clock().toUTC();
}

QDate StudyStatistics::today() const {
    return m_day.date(now());
}

QList<StudyStatistics::DayReviews> StudyStatistics::reviewsPerDay(const QList<ReviewLogEntry> &log) const {
    const QDate last = today();
    const QDate first = last.addDays(-(m_days - 1));
    QList<DayReviews> days(m_days);
    for (int i = 0; i < m_days; ++i)
        days[i].date = first.addDays(i);

    for (const ReviewLogEntry &entry : log) {
        const qint64 index = first.daysTo(m_day.date(entry.time));
        if (index < 0 || index >= m_days)
            continue;
        DayReviews &day = days[index];
        switch (entry.before.phase) {
        case CardPhase::New:
            ++day.newCards;
            break;
        case CardPhase::Learning:
        case CardPhase::Relearning:
            ++day.learning;
            break;
        case CardPhase::Review:
            ++day.review;
            if (entry.rating != Rating::Again)
                ++day.passed;
            break;
        }
    }
    return days;
}

StudyStatistics::Retention StudyStatistics::retention(const QList<ReviewLogEntry> &log) const {
    Retention total;
    for (const DayReviews &day : reviewsPerDay(log)) {
        total.answers += day.review;
        total.passed += day.passed;
    }
    return total;
}

QList<StudyStatistics::DayForecast> StudyStatistics::forecast(const QHash<QString, CardState> &states,
                                                              const QSet<QString> &cardIds) const {
    const QDate first = today();
    QList<DayForecast> days(m_days);
    for (int i = 0; i < m_days; ++i)
        days[i].date = first.addDays(i);

    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const CardState &state = it.value();
        if (state.isNew() || state.suspended || !state.due.isValid() || !cardIds.contains(it.key()))
            continue;
        // Overdue cards are due today: that is when the queue will show them.
        const qint64 index = std::max<qint64>(0, first.daysTo(m_day.date(state.due)));
        if (index >= m_days)
            continue;
        if (state.phase == CardPhase::Review)
            ++days[index].review;
        else
            ++days[index].learning;
    }
    return days;
}

StudyStatistics::CardCounts StudyStatistics::cardCounts(const QHash<QString, CardState> &states,
                                                        const QSet<QString> &cardIds) const {
    const QDateTime todayStart = m_day.start(now());
    CardCounts counts;
    for (const QString &id : cardIds) {
        const CardState state = states.value(id);
        if (state.suspended) {
            ++counts.suspended;
            continue;
        }
        switch (state.phase) {
        case CardPhase::New:
            ++counts.newCards;
            break;
        case CardPhase::Learning:
        case CardPhase::Relearning:
            ++counts.learning;
            break;
        case CardPhase::Review:
            ++counts.review;
            break;
        }
        if (!state.isNew() && state.due.isValid() && state.due < todayStart)
            ++counts.overdue;
    }
    return counts;
}

} // namespace goprep::core
