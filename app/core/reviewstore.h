// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QSettings;

namespace goprep::core {

class Guide;

// One graded answer. `before` is the card as it was, so an undo restores it exactly; the other fields are
// what statistics need (answer time, button, phase, elapsed and scheduled days).
struct ReviewLogEntry {
    qint64 seq = 0; // assigned by ReviewStore; increases with every entry, never reused
    QString cardId;
    QDateTime time; // UTC
    Rating rating = Rating::Good;
    CardState before; // `suspended` is not recorded: an undo keeps the card's current flag
    qint64 elapsedDays = 0;
    qint64 scheduledDays = 0;

    friend bool operator==(const ReviewLogEntry &, const ReviewLogEntry &) = default;
};

// Card states and the review log, kept in a QSettings object owned by the caller. Every change is synced at
// once, so killing the program right after an answer loses nothing. Values that fail validation on load are
// reported, not repaired: the card behaves as new and the stored text stays until the card is answered again.
class ReviewStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewStore)

public:
    // Anything outside these bounds is a damaged value rather than a real schedule.
    static constexpr double maxStability = 36500.0; // days
    static constexpr double maxDifficulty = 10.0;
    static constexpr int maxStep = 1000;
    static constexpr int maxCount = 10'000'000;  // reps, lapses
    static constexpr qint64 maxDays = 1'000'000; // elapsed and scheduled days of a log entry
    static QDateTime earliestTime();             // 2000-01-01 UTC
    static QDateTime latestTime();               // 2300-01-01 UTC

    explicit ReviewStore(QSettings *settings, QObject *parent = nullptr);
    // Card states stored under an id the guide renamed (content/renames.txt) move to the new id on load, and
    // log entries of the old id count as the new card's.
    ReviewStore(QSettings *settings, const Guide &guide, QObject *parent = nullptr);

    // A card without a stored (valid) state is new.
    CardState state(const QString &cardId) const;
    bool hasState(const QString &cardId) const { return m_states.contains(cardId); }
    QHash<QString, CardState> allStates() const { return m_states; }

    // Each change is applied at once and synced. A refused change (an id that cannot be a settings key)
    // returns false / 0 and changes nothing; a failed write to disk is reported by writeFailed().
    bool setState(const QString &cardId, const CardState &state);
    bool resetCard(const QString &cardId);
    bool setSuspended(const QString &cardId, bool suspended);

    // Returns the sequence number given to the entry, or 0 when it could not be stored.
    qint64 appendLog(const ReviewLogEntry &entry);
    bool removeLastLog();
    const QList<ReviewLogEntry> &log() const { return m_log; }

    // An answer: the card's new state and its log entry, written together with one sync so that a crash
    // never leaves one without the other. Returns the entry's sequence number.
    qint64 recordReview(const ReviewLogEntry &entry, const CardState &after);
    // Puts the card of the last log entry back as it was before that answer and drops the entry.
    bool undoLastReview();

    // Replaces every card state and the whole log with one write and one sync (an import). The log is
    // stored in the given order and renumbered from 1. Refuses, changing nothing, when any id cannot be
    // stored or any state or entry fails the checks below.
    bool replaceAll(const QHash<QString, CardState> &states, const QList<ReviewLogEntry> &log);
    // Reads everything again from the settings, after another writer (an import) changed them.
    void reload();

    // One line per value that could not be read on load.
    QStringList loadProblems() const { return m_loadProblems; }

    static bool isStorableId(const QString &cardId);
    // Why a state could not be a real schedule (e.g. "bad stability"); empty when it is usable.
    static QString stateProblem(const CardState &state);
    // The same for a log entry, including its `before` state.
    static QString logEntryProblem(const ReviewLogEntry &entry);

Q_SIGNALS:
    void cardChanged(const QString &cardId);
    void logChanged();
    void writeFailed(const QString &fileName);
    // Everything may have changed (replaceAll, reload).
    void reloaded();

private:
    void load();
    void loadCards();
    void loadLog();
    void writeState(const QString &cardId, const CardState &state);
    bool writeLog(ReviewLogEntry &entry);
    void sync();

    QSettings *m_settings = nullptr;
    QHash<QString, CardState> m_states;
    QList<ReviewLogEntry> m_log; // ascending seq
    qint64 m_nextSeq = 1;
    QStringList m_loadProblems;
    // The id a stored card id has in the current content (content/renames.txt); the same id without a guide.
    std::function<QString(const QString &)> m_currentId = [](const QString &id) { return id; };
};

} // namespace goprep::core
