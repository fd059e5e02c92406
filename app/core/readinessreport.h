// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptlog.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace goprep::core {

class ActivityLog;
class ChecklistProgress;
class Guide;
class ReadingProgress;
class ReviewStore;

// One part of the guide, side by side: reading, its cards and the checklist items that depend on it.
struct PartReadiness {
    QString chapterId;
    int partNumber = 0;
    QString title;
    int readingPercent = 0;
    int cardsTotal = 0;
    int cardsYoung = 0;
    int cardsMature = 0;
    int checklistTotal = 0;
    int checklistDone = 0;

    // 0..1: the mean of the reading share, the mature-card share and the checklist share, each only where
    // the part has something to measure.
    double strength() const;
};

struct CardStateCounts {
    int newCards = 0;
    int learning = 0; // learning and relearning
    int young = 0;    // in review with an interval under ReadinessReport::matureDays
    int mature = 0;

    int total() const { return newCards + learning + young + mature; }
    friend bool operator==(const CardStateCounts &, const CardStateCounts &) = default;
};

struct TaskReadiness {
    QString taskId;
    int number = 0;
    QString title;
    int attempts = 0;
    std::optional<AttemptRating> best;
};

// Every number of the readiness overview, computed at one instant from the stored progress.
class ReadinessReport final {
public:
    static constexpr int matureDays = 21;
    static constexpr int retentionDays = 30;

    struct Sources {
        const Guide &guide;
        const ReadingProgress &reading;
        const ReviewStore &reviews;
        const ChecklistProgress &checklist;
        const AttemptLog &attempts;
        const ActivityLog &activity; // also gives the hour at which a study day starts
    };

    ReadinessReport(const Sources &sources, const QDateTime &now);

    int chaptersRead() const { return m_chaptersRead; }
    int chaptersTotal() const { return m_chaptersTotal; }
    // The numbered parts, in reading order.
    const QList<PartReadiness> &parts() const { return m_parts; }
    // The part with the lowest strength; empty while every part stands equal.
    QString weakestChapterId() const { return m_weakest; }

    const CardStateCounts &cards() const { return m_cards; }
    // Answers to cards in review during the last retentionDays days, and how many were not "Again".
    int retentionReviews() const { return m_retentionReviews; }
    int retentionPassed() const { return m_retentionPassed; }
    std::optional<double> retention() const;
    // Every answer during the last retentionDays days.
    int recentAnswers() const { return m_recentAnswers; }

    int checklistDone() const { return m_checklistDone; }
    int checklistTotal() const { return m_checklistTotal; }

    const QList<TaskReadiness> &tasks() const { return m_tasks; }
    int tasksPractised() const { return m_tasksPractised; }
    int tasksSolved() const { return m_tasksSolved; }

    // Consecutive study days with a review, reading, tick or attempt, ending today, or yesterday when
    // today has no activity yet (the streak is still alive until today ends).
    int streakDays() const { return m_streak; }
    bool activeToday() const { return m_activeToday; }
    QDate lastActiveDay() const { return m_lastActive; }

private:
    int m_chaptersRead = 0;
    int m_chaptersTotal = 0;
    QList<PartReadiness> m_parts;
    QString m_weakest;
    CardStateCounts m_cards;
    int m_retentionReviews = 0;
    int m_retentionPassed = 0;
    int m_recentAnswers = 0;
    int m_checklistDone = 0;
    int m_checklistTotal = 0;
    QList<TaskReadiness> m_tasks;
    int m_tasksPractised = 0;
    int m_tasksSolved = 0;
    int m_streak = 0;
    bool m_activeToday = false;
    QDate m_lastActive;
};

} // namespace goprep::core
