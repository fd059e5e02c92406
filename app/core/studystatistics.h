// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"
#include "studyday.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace goprep::core {

struct ReviewLogEntry;

// The numbers behind the statistics view, from the review log and the card states. Days are study days (see
// StudyDay) counted back from, or forward from, the one containing the injected clock's "now".
class StudyStatistics final {
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int defaultDays = 30;

    // Answers given on one study day, by the phase the card was in when it was answered.
    struct DayReviews {
        QDate date;
        int newCards = 0; // first answers of new cards
        int learning = 0; // answers in the learning and relearning steps
        int review = 0;   // answers to cards in the review phase
        int passed = 0;   // of `review`: answered Hard, Good or Easy
        int total() const { return newCards + learning + review; }
        friend bool operator==(const DayReviews &, const DayReviews &) = default;
    };

    // True retention: the share of review-phase answers that were not Again.
    struct Retention {
        int answers = 0;
        int passed = 0;
        std::optional<double> rate() const {
            return answers > 0 ? std::optional<double>(double(passed) / answers) : std::nullopt;
        }
        friend bool operator==(const Retention &, const Retention &) = default;
    };

    // Cards falling due on one study day; the first day (today) also holds every overdue card.
    struct DayForecast {
        QDate date;
        int learning = 0; // learning and relearning cards
        int review = 0;
        int total() const { return learning + review; }
        friend bool operator==(const DayForecast &, const DayForecast &) = default;
    };

    struct CardCounts {
        int newCards = 0;
        int learning = 0; // learning and relearning
        int review = 0;
        int suspended = 0;
        int overdue = 0; // not suspended, due before today began
        friend bool operator==(const CardCounts &, const CardCounts &) = default;
    };

    StudyStatistics(Clock clock, int dayStartHour, int days = defaultDays);

    int days() const { return m_days; }
    const StudyDay &studyDay() const { return m_day; }
    QDate today() const;

    // `days()` entries, oldest first; the last is today. Answers outside the window are ignored.
    QList<DayReviews> reviewsPerDay(const QList<ReviewLogEntry> &log) const;
    // Over the same window as reviewsPerDay().
    Retention retention(const QList<ReviewLogEntry> &log) const;
    // `days()` entries from today on. Only the cards in `cardIds` count (cards removed from the guide are
    // never shown); new and suspended cards are not due.
    QList<DayForecast> forecast(const QHash<QString, CardState> &states, const QSet<QString> &cardIds) const;
    // The cards of `cardIds` by state; a card without a stored state is new.
    CardCounts cardCounts(const QHash<QString, CardState> &states, const QSet<QString> &cardIds) const;

private:
    QDateTime now() const;

    Clock m_clock;
    StudyDay m_day;
    int m_days = defaultDays;
};

} // namespace goprep::core
