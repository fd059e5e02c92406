// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinessreport.h"

#include "activitylog.h"
#include "checklistprogress.h"
#include "fsrs.h"
#include "guide.h"
#include "readingprogress.h"
#include "reviewstore.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace goprep::core {

double PartReadiness::strength() const {
    double sum = readingPercent / 100.0;
    int parts = 1;
    if (cardsTotal > 0) {
        sum += double(cardsMature) / cardsTotal;
        ++parts;
    }
    if (checklistTotal > 0) {
        sum += double(checklistDone) / checklistTotal;
        ++parts;
    }
    return sum / parts;
}

std::optional<double> ReadinessReport::retention() const {
    if (m_retentionReviews == 0)
        return std::nullopt;
    return double(m_retentionPassed) / m_retentionReviews;
}

ReadinessReport::ReadinessReport(const Sources &s, const QDateTime &now) {
    const Guide &guide = s.guide;

    // Reading.
    m_chaptersTotal = int(guide.chapters().size());
    m_chaptersRead = s.reading.readCount();
    QHash<QString, qsizetype> partIndex;
    for (const Chapter &chapter : guide.chapters()) {
        if (chapter.partNumber <= 0)
            continue;
        PartReadiness part;
        part.chapterId = chapter.id;
        part.partNumber = chapter.partNumber;
        part.title = chapter.title;
        part.readingPercent = s.reading.chapterPercent(chapter.id);
        partIndex.insert(chapter.id, m_parts.size());
        m_parts << part;
    }

    // Cards: only those of the guide, each counted in its own part's deck.
    for (const Card &card : guide.cards()) {
        const CardState state = s.reviews.state(card.id);
        PartReadiness *part =
            partIndex.contains(card.chapterId) ? &m_parts[partIndex.value(card.chapterId)] : nullptr;
        if (part)
            ++part->cardsTotal;
        switch (state.phase) {
        case CardPhase::New:
            ++m_cards.newCards;
            break;
        case CardPhase::Learning:
        case CardPhase::Relearning:
            ++m_cards.learning;
            break;
        case CardPhase::Review:
            if (FsrsScheduler::elapsedDays(state.lastReview, state.due) >= matureDays) {
                ++m_cards.mature;
                if (part)
                    ++part->cardsMature;
            } else {
                ++m_cards.young;
                if (part)
                    ++part->cardsYoung;
            }
            break;
        }
    }

    // Retention: answers to graduated cards in the window, as Anki's "true retention" counts them.
    const QDateTime windowStart = now.addDays(-retentionDays);
    QSet<QDate> activeDays = s.activity.days();
    const int dayStartHour = s.activity.dayStartHour();
    for (const ReviewLogEntry &entry : s.reviews.log()) {
        activeDays.insert(ActivityLog::studyDate(entry.time, dayStartHour));
        if (entry.time <= windowStart || entry.time > now)
            continue;
        ++m_recentAnswers;
        if (entry.before.phase == CardPhase::Review) {
            ++m_retentionReviews;
            if (entry.rating != Rating::Again)
                ++m_retentionPassed;
        }
    }

    // Checklist, overall and per part (an item touches every part one of its sections is in).
    m_checklistTotal = int(guide.checklist().size());
    for (const ChecklistItem &item : guide.checklist()) {
        const bool done = s.checklist.isChecked(item.id);
        m_checklistDone += done ? 1 : 0;
        if (done && s.checklist.checkedAt(item.id).isValid())
            activeDays.insert(ActivityLog::studyDate(s.checklist.checkedAt(item.id), dayStartHour));
        QSet<QString> touched;
        for (const QString &sectionId : item.sectionIds) {
            if (const Chapter *chapter = guide.chapterOfSection(sectionId))
                touched.insert(chapter->id);
        }
        for (const QString &chapterId : std::as_const(touched)) {
            if (!partIndex.contains(chapterId))
                continue;
            PartReadiness &part = m_parts[partIndex.value(chapterId)];
            ++part.checklistTotal;
            part.checklistDone += done ? 1 : 0;
        }
    }

    // Coding tasks.
    for (const CodingTask &task : guide.tasks()) {
        TaskReadiness t;
        t.taskId = task.id;
        t.number = task.number;
        t.title = task.title;
        const QList<Attempt> attempts = s.attempts.attempts(task.id);
        t.attempts = int(attempts.size());
        t.best = s.attempts.bestRating(task.id);
        m_tasksPractised += t.attempts > 0 ? 1 : 0;
        m_tasksSolved += t.best == AttemptRating::Solved ? 1 : 0;
        m_tasks << t;
    }
    for (const Attempt &attempt : s.attempts.all())
        activeDays.insert(ActivityLog::studyDate(attempt.startedAt, dayStartHour));

    // Weakest part: the lowest strength; none while every part stands equal (say, on the first day).
    bool allEqual = true;
    const PartReadiness *weakest = nullptr;
    for (const PartReadiness &part : std::as_const(m_parts)) {
        if (weakest && !qFuzzyCompare(1.0 + part.strength(), 1.0 + weakest->strength()))
            allEqual = false;
        if (!weakest || part.strength() < weakest->strength())
            weakest = &part;
    }
    if (weakest && !allEqual)
        m_weakest = weakest->chapterId;

    // Streak.
    const QDate today = ActivityLog::studyDate(now, dayStartHour);
    m_activeToday = activeDays.contains(today);
    QDate day = m_activeToday ? today : today.addDays(-1);
    while (activeDays.contains(day)) {
        ++m_streak;
        day = day.addDays(-1);
    }
    for (const QDate &d : std::as_const(activeDays)) {
        if (d <= today && (!m_lastActive.isValid() || d > m_lastActive))
            m_lastActive = d;
    }
}

} // namespace goprep::core
