// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace goprep::core {

// The four answer buttons; the numeric values are the grades G of the FSRS formulas and are persisted.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// Persisted as its integer value, so the order must never change.
enum class CardPhase { New, Learning, Review, Relearning };

struct SchedulerSettings {
    // FSRS-6 default parameters w0..w20.
    static constexpr std::array<double, 21> defaultWeights{
        0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    std::array<double, 21> w = defaultWeights;
    double desiredRetention = 0.9;   // kept within [0.70, 0.99] by the scheduler
    qint64 maximumInterval = 36500;  // days
    QList<int> learningSteps{1, 10}; // minutes
    QList<int> relearningSteps{10};  // minutes
    bool enableFuzz = true;
};

struct CardState {
    CardPhase phase = CardPhase::New;
    double stability = 0.0;  // days; 0 while the card is new
    double difficulty = 0.0; // 1..10; 0 while the card is new
    int step = 0;            // index into the (re)learning steps
    QDateTime due;           // UTC; invalid while the card is new
    QDateTime lastReview;    // UTC; invalid while the card is new
    int reps = 0;
    int lapses = 0;
    bool suspended = false;

    bool isNew() const { return phase == CardPhase::New; }
    friend bool operator==(const CardState &, const CardState &) = default;
};

// FSRS-6 with Anki-style (re)learning steps and interval fuzz. Pure: every answer depends only on the
// arguments (the time is passed in), so a review can be previewed, repeated and tested.
class FsrsScheduler final {
public:
    struct FuzzRange {
        qint64 lower = 0;
        qint64 upper = 0;
    };

    FsrsScheduler() = default;
    explicit FsrsScheduler(const SchedulerSettings &settings);

    const SchedulerSettings &settings() const { return m_settings; }

    CardState review(const QString &cardId, const CardState &state, Rating rating,
                     const QDateTime &now) const;
    // The outcome of each button, indexed by Rating value - 1.
    std::array<CardState, 4> preview(const QString &cardId, const CardState &state,
                                     const QDateTime &now) const;

    // Probability of recall at `now`, from the whole days elapsed since the last review (as review() uses).
    double retrievability(const CardState &state, const QDateTime &now) const;
    // Probability of recall at `now`, from the exact time elapsed, for display: it falls through the day, and
    // is the desired retention at the due moment of a card scheduled at the unfuzzed interval.
    double currentRetrievability(const CardState &state, const QDateTime &now) const;

    // Unrounded interval at which retrievability falls to the desired retention, within [1, maximum].
    double idealIntervalDays(double stability) const;
    // Whole-day interval, fuzzed when the settings enable it; reviewCount is the card's reps after the
    // review.
    qint64 nextIntervalDays(double stability, const QString &cardId, int reviewCount) const;

    static FuzzRange fuzzRange(double intervalDays, qint64 maximumInterval);
    // A number in [0, 1) that depends only on the card and its review count, so fuzz is reproducible.
    static double fuzzFactor(const QString &cardId, int reviewCount);
    // Whole 24-hour periods from `from` to `to`; never negative (a clock set back counts as the same day).
    static qint64 elapsedDays(const QDateTime &from, const QDateTime &to);

private:
    double decay() const;
    double factor() const;
    double retrievabilityAfter(qint64 days, double stability) const;
    double initialStability(Rating rating) const;
    double initialDifficulty(Rating rating, bool clamp) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double recallStability(double difficulty, double stability, double r, Rating rating) const;
    double lapseStability(double difficulty, double stability, double r) const;
    double sameDayStability(double stability, Rating rating) const;
    void updateMemory(CardState &card, Rating rating, const QDateTime &now) const;
    void scheduleSteps(CardState &card, const QList<int> &steps, Rating rating, const QString &cardId,
                       const QDateTime &now) const;
    void graduate(CardState &card, const QString &cardId, const QDateTime &now) const;

    SchedulerSettings m_settings;
};

} // namespace goprep::core
