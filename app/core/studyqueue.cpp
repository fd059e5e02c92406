// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyqueue.h"

#include "reviewstore.h"
#include "studyday.h"

#include <algorithm>

namespace goprep::core {

namespace {

constexpr qint64 kSecsPerDay = 24 * 60 * 60;

struct DueCard {
    QDateTime due;
    qsizetype deckIndex = 0;
    QString id;
};

// Earliest first; equal times keep deck order so the queue is deterministic.
void sortByDue(QList<DueCard> &cards) {
    std::sort(cards.begin(), cards.end(), [](const DueCard &a, const DueCard &b) {
        return a.due != b.due ? a.due < b.due : a.deckIndex < b.deckIndex;
    });
}

QStringList ids(const QList<DueCard> &cards, qsizetype limit) {
    QStringList out;
    for (qsizetype i = 0; i < cards.size() && i < limit; ++i)
        out.append(cards.at(i).id);
    return out;
}

bool isLearning(const CardState &s) {
    return s.phase == CardPhase::Learning || s.phase == CardPhase::Relearning;
}

// A step of a day or more is counted in days, like a review, rather than to the minute.
bool isInterdayLearning(const CardState &s) {
    return s.lastReview.isValid() && s.lastReview.secsTo(s.due) >= kSecsPerDay;
}

void keepEarliest(std::optional<QDateTime> &earliest, const QDateTime &candidate) {
    if (!earliest || candidate < *earliest)
        earliest = candidate;
}

} // namespace

StudyQueue::StudyQueue(const QStringList &deckCardIds, ReviewStore *store, const FsrsScheduler *scheduler,
                       Clock clock)
    : m_deck(deckCardIds)
    , m_deckSet(deckCardIds.cbegin(), deckCardIds.cend())
    , m_store(store)
    , m_scheduler(scheduler)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {
    Q_ASSERT(m_store);
    Q_ASSERT(m_scheduler);
}

QDateTime StudyQueue::dayStart(const QDateTime &time) const {
    return StudyDay(m_dayStartHour).start(time);
}

QDateTime StudyQueue::dayEnd(const QDateTime &time) const {
    return StudyDay(m_dayStartHour).end(time);
}

void StudyQueue::setCram(bool cram) {
    m_cram = cram;
    m_cramIndex = 0;
    m_current.reset();
}

StudyQueue::Snapshot StudyQueue::snapshot(const QDateTime &now) const {
    Snapshot s;
    const QDateTime todayStart = dayStart(now);
    const QDateTime todayEnd = dayEnd(now);
    const QDateTime learnAheadUntil = now.addSecs(qint64(m_learnAheadMinutes) * 60);
    const bool studyingAhead = m_aheadUntil.isValid() && m_aheadUntil > now;

    // Only today's end of the log (the history before it cannot count towards today's limits), and the times
    // compared as numbers: this runs after every answer, over thousands of entries.
    const QList<ReviewLogEntry> &log = m_store->log();
    const QList<qint64> &times = m_store->logTimes();
    const qint64 from = todayStart.toMSecsSinceEpoch();
    const qint64 to = todayEnd.toMSecsSinceEpoch();
    for (qsizetype i = m_store->logIndexFrom(todayStart); i < times.size(); ++i) {
        if (times.at(i) < from || times.at(i) >= to)
            continue;
        const ReviewLogEntry &entry = log.at(i);
        if (!m_deckSet.contains(entry.cardId))
            continue;
        // A lapsed review card counts once, when it was answered as a review, as Anki counts it.
        if (entry.before.phase == CardPhase::New)
            ++s.newDone;
        else if (entry.before.phase == CardPhase::Review)
            ++s.reviewsDone;
    }

    QList<DueCard> learningDue, learningAhead, reviewsToday, reviewsAhead;
    QStringList newCandidates;
    // Cards that come in with the study day of their due date: only the earliest matters, and placing a time
    // on its study day takes local-time conversions, so that is done once, below, not once per card.
    std::optional<QDateTime> earliestByDay;
    for (qsizetype i = 0; i < m_deck.size(); ++i) {
        const QString &id = m_deck.at(i);
        const CardState st = m_store->state(id);
        if (st.suspended)
            continue;
        if (st.isNew()) {
            newCandidates.append(id);
        } else if (isLearning(st)) {
            if (isInterdayLearning(st)) {
                if (st.due < todayEnd)
                    learningDue.append({st.due, i, id});
                else if (studyingAhead && st.due <= m_aheadUntil)
                    learningAhead.append({st.due, i, id});
                else
                    keepEarliest(earliestByDay, st.due);
            } else if (st.due <= now) {
                learningDue.append({st.due, i, id});
            } else if (st.due <= learnAheadUntil || (studyingAhead && st.due <= m_aheadUntil)) {
                learningAhead.append({st.due, i, id});
            } else {
                keepEarliest(s.nextAvailable, st.due.addSecs(-qint64(m_learnAheadMinutes) * 60));
            }
        } else if (st.due < todayEnd) {
            reviewsToday.append({st.due, i, id});
        } else if (studyingAhead && st.due <= m_aheadUntil) {
            reviewsAhead.append({st.due, i, id});
        } else {
            keepEarliest(earliestByDay, st.due);
        }
    }
    if (earliestByDay)
        keepEarliest(s.nextAvailable, dayStart(*earliestByDay)); // dayStart() never goes back in time
    sortByDue(learningDue);
    sortByDue(learningAhead);
    sortByDue(reviewsToday);
    sortByDue(reviewsAhead);

    const qsizetype reviewsLeft = std::max(0, m_reviewsPerDay - s.reviewsDone);
    const qsizetype newLeft = std::max(0, m_newPerDay - s.newDone);
    // Cards held back by a limit become available when the next study day starts.
    if (reviewsToday.size() > reviewsLeft || newCandidates.size() > newLeft)
        keepEarliest(s.nextAvailable, todayEnd);

    s.learningDue = ids(learningDue, learningDue.size());
    s.learningAhead = ids(learningAhead, learningAhead.size());
    s.reviews = ids(reviewsToday, reviewsLeft) + ids(reviewsAhead, reviewsAhead.size());
    s.newCards = newCandidates.mid(0, newLeft);
    return s;
}

std::optional<QString> StudyQueue::pick(const Snapshot &s) const {
    if (!s.learningDue.isEmpty())
        return s.learningDue.first();
    const qint64 n = s.newCards.size();
    const qint64 r = s.reviews.size();
    if (n > 0 && r > 0) {
        // Spread new cards evenly through the day's reviews: take from whichever list is less far through
        // its share of today's cards, compared as (done + 1) / (total + 1) without division.
        const qint64 newDone = s.newDone;
        const qint64 reviewsDone = s.reviewsDone;
        const bool newTurn = (newDone + 1) * (reviewsDone + r + 1) < (reviewsDone + 1) * (newDone + n + 1);
        return newTurn ? s.newCards.first() : s.reviews.first();
    }
    if (r > 0)
        return s.reviews.first();
    if (n > 0)
        return s.newCards.first();
    // Nothing else is left, so a learning card due soon is shown early rather than making the user wait.
    if (!s.learningAhead.isEmpty())
        return s.learningAhead.first();
    return std::nullopt;
}

qsizetype StudyQueue::nextCramIndex(qsizetype from) const {
    for (qsizetype i = std::max<qsizetype>(0, from); i < m_deck.size(); ++i) {
        if (!m_store->state(m_deck.at(i)).suspended)
            return i;
    }
    return m_deck.size();
}

std::optional<QString> StudyQueue::nextCramCard() const {
    const qsizetype index = nextCramIndex(m_cramIndex);
    if (index >= m_deck.size())
        return std::nullopt;
    return m_deck.at(index);
}

StudyQueue::Counts StudyQueue::counts() const {
    if (m_cram) {
        int left = 0;
        for (qsizetype i = nextCramIndex(m_cramIndex); i < m_deck.size(); i = nextCramIndex(i + 1))
            ++left;
        return {0, 0, left};
    }
    const Snapshot s = snapshot(m_clock().toUTC());
    return {static_cast<int>(s.newCards.size()),
            static_cast<int>(s.learningDue.size() + s.learningAhead.size()),
            static_cast<int>(s.reviews.size())};
}

std::optional<QString> StudyQueue::nextCard() {
    // A suspended card must not stay on screen; anything else stays until it is answered.
    if (m_current && (m_cram || !m_store->state(*m_current).suspended))
        return m_current;
    m_current = m_cram ? nextCramCard() : pick(snapshot(m_clock().toUTC()));
    return m_current;
}

bool StudyQueue::grade(Rating rating) {
    if (!nextCard())
        return false;
    const QString id = *m_current;

    if (m_cram) {
        m_undo.append({0, m_cramIndex, id});
        const qsizetype shown = m_deck.indexOf(id, m_cramIndex);
        m_cramIndex = (shown >= 0 ? shown : m_cramIndex) + 1;
        m_current.reset();
        return true;
    }

    const QDateTime now = m_clock().toUTC();
    const CardState before = m_store->state(id);
    CardState after = m_scheduler->review(id, before, rating, now);
    after.suspended = before.suspended;

    ReviewLogEntry entry;
    entry.cardId = id;
    entry.time = now;
    entry.rating = rating;
    entry.before = before;
    entry.elapsedDays = before.isNew() ? 0 : FsrsScheduler::elapsedDays(before.lastReview, now);
    entry.scheduledDays = FsrsScheduler::elapsedDays(now, after.due);

    const qint64 seq = m_store->recordReview(entry, after);
    if (seq == 0)
        return false;
    m_undo.append({seq, m_cramIndex, id});
    m_current.reset();
    return true;
}

bool StudyQueue::undo() {
    if (m_undo.isEmpty())
        return false;
    const UndoStep step = m_undo.last();
    if (step.logSeq == 0) {
        m_undo.removeLast();
        m_cramIndex = step.cramIndex;
        m_current = step.cardId;
        return true;
    }
    // If something else answered a card since, the log's tail is not ours; undoing it would rewrite history.
    const QList<ReviewLogEntry> &log = m_store->log();
    if (log.isEmpty() || log.last().seq != step.logSeq) {
        m_undo.clear();
        return false;
    }
    if (!m_store->undoLastReview())
        return false;
    m_undo.removeLast();
    m_current = step.cardId;
    return true;
}

std::optional<QDateTime> StudyQueue::nextDueTime() const {
    if (m_cram)
        return std::nullopt;
    const QDateTime now = m_clock().toUTC();
    const Snapshot s = snapshot(now);
    if (m_current || pick(s))
        return now;
    return s.nextAvailable;
}

bool StudyQueue::studyAhead() {
    if (m_cram)
        return false;
    const QDateTime now = m_clock().toUTC();
    const QDateTime todayEnd = dayEnd(now);
    const QDateTime learnAheadUntil = now.addSecs(qint64(m_learnAheadMinutes) * 60);
    const bool studyingAhead = m_aheadUntil.isValid() && m_aheadUntil > now;

    std::optional<DueCard> next;
    bool dayBased = false;
    for (qsizetype i = 0; i < m_deck.size(); ++i) {
        const CardState st = m_store->state(m_deck.at(i));
        if (st.suspended || st.isNew())
            continue;
        const bool byDay = !isLearning(st) || isInterdayLearning(st);
        const bool alreadyIn = (byDay ? st.due < todayEnd : st.due <= learnAheadUntil) ||
                               (studyingAhead && st.due <= m_aheadUntil);
        if (alreadyIn)
            continue;
        if (!next || st.due < next->due) {
            next = DueCard{st.due, i, m_deck.at(i)};
            dayBased = byDay;
        }
    }
    if (!next)
        return false;
    // A day's reviews come in together; a learning card comes in on its own.
    m_aheadUntil = dayBased ? dayEnd(next->due).addMSecs(-1) : next->due;
    return true;
}

} // namespace goprep::core
