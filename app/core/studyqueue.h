// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>

namespace goprep::core {

class ReviewStore;

// What an Anki-like reviewer needs for one deck: today's counts, the next card, grading, undo and limits.
// It keeps no schedule of its own; every answer reads the current states from the store and the time from
// the injected clock, so it stays right across a day boundary, a restart or an undo.
class StudyQueue final {
public:
    using Clock = std::function<QDateTime()>;

    struct Counts {
        int newCards = 0;
        int learning = 0;
        int review = 0;
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    // `deckCardIds` is in content order; new cards are introduced in that order.
    StudyQueue(const QStringList &deckCardIds, ReviewStore *store, const FsrsScheduler *scheduler,
               Clock clock);
    Q_DISABLE_COPY_MOVE(StudyQueue)

    // Limits count answers logged since the start of the current study day; negative values mean 0.
    void setNewCardsPerDay(int limit) { m_newPerDay = std::max(0, limit); }
    int newCardsPerDay() const { return m_newPerDay; }
    void setReviewsPerDay(int limit) { m_reviewsPerDay = std::max(0, limit); }
    int reviewsPerDay() const { return m_reviewsPerDay; }
    // Local hour (0-23) at which a new study day begins.
    void setDayStartHour(int hour) { m_dayStartHour = std::clamp(hour, 0, 23); }
    int dayStartHour() const { return m_dayStartHour; }
    void setLearnAheadMinutes(int minutes) { m_learnAheadMinutes = std::max(0, minutes); }
    int learnAheadMinutes() const { return m_learnAheadMinutes; }

    // In cram mode every card not suspended is shown once, in deck order, and answers change nothing stored.
    void setCram(bool cram);
    bool isCram() const { return m_cram; }

    // Cards still to be shown today, after the daily limits (in cram mode: the cards left, as reviews).
    Counts counts() const;
    // The card to show. It stays the same until it is graded or undone, even if the clock moves on.
    std::optional<QString> nextCard();
    std::optional<QString> currentCard() const { return m_current; }
    // Answers the current card (picking one first if needed). False when there is nothing to answer or the
    // answer could not be stored.
    bool grade(Rating rating);
    // Takes back this queue's last answer: the card, its state and the log are exactly as before, and the
    // card is shown again. Repeatable back to the first answer given through this queue.
    bool undo();
    bool canUndo() const { return !m_undo.isEmpty(); }

    // Now, if a card is available. Otherwise the moment one will be: a learning card entering the learn-ahead
    // window, or the start of the study day on which a card falls due or a daily limit resets. nullopt when
    // no card of the deck will ever be due (all suspended, or in cram mode).
    std::optional<QDateTime> nextDueTime() const;
    // Lets in the not-yet-due cards that would come next (a learning card, or the reviews of the next day
    // that has any); they are not held back by the review limit. False when there are none.
    bool studyAhead();

    // The study day containing `time`: from dayStartHour local time to the same hour the next day, in UTC.
    QDateTime dayStart(const QDateTime &time) const;
    QDateTime dayEnd(const QDateTime &time) const;

private:
    struct UndoStep {
        qint64 logSeq = 0;       // a real answer; 0 for a cram step
        qsizetype cramIndex = 0; // where the cram pass stood before the step
        QString cardId;
    };

    struct Snapshot {
        QStringList learningDue;   // due now (or, interday, due today), earliest first
        QStringList learningAhead; // due within the learn-ahead window, earliest first
        QStringList reviews;       // due today within the limit, then studied-ahead ones
        QStringList newCards;      // within the limit, deck order
        int newDone = 0;
        int reviewsDone = 0;
        std::optional<QDateTime> nextAvailable;
    };

    Snapshot snapshot(const QDateTime &now) const;
    std::optional<QString> pick(const Snapshot &s) const;
    std::optional<QString> nextCramCard() const;
    qsizetype nextCramIndex(qsizetype from) const;

    QStringList m_deck;
    QSet<QString> m_deckSet;
    ReviewStore *m_store = nullptr;
    const FsrsScheduler *m_scheduler = nullptr;
    Clock m_clock;

    int m_newPerDay = 20;
    int m_reviewsPerDay = 200;
    int m_dayStartHour = 4;
    int m_learnAheadMinutes = 20;

    bool m_cram = false;
    qsizetype m_cramIndex = 0;
    QDateTime m_aheadUntil; // study ahead: cards due up to this are available; invalid when not in use
    std::optional<QString> m_current;
    QList<UndoStep> m_undo;
};

} // namespace goprep::core
