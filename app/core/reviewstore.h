// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"
#include "reviewcodec.h"
#include "reviewjournal.h"
#include "reviewlogentry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QSettings;
class QTimer;

namespace goprep::core {

class Guide;

// Card states and the review log. Card states live in a QSettings object owned by the caller; the log lives
// in an append-only journal beside the settings file (ReviewJournal), because rewriting a settings file that
// holds thousands of entries on every answer is what made answering slow.
//
// Durability: an answer, an undo and every other log change is appended to the journal, with the card's new
// state, and synced to disk before the call returns, so killing the program right after an answer loses
// nothing. The settings file catches up with those states a moment later (saveStates(), also on destruction);
// on load, journal records newer than the settings file's checkpoint are applied again. Resets and
// suspensions are written to the settings file and synced at once.
//
// Loading: card states come from the settings file (already parsed by then). When the journal is exactly as
// long as at the last checkpoint, nothing in it is newer than those states, so reading it waits until the log
// is first needed: thousands of lines are not read before the window shows. After a crash it is read at once.
//
// Values that fail validation on load are reported, not repaired: the card behaves as new and the stored text
// stays until the card is answered again. A `reviewlog` group left in the settings file by an older version
// (or an import) is moved into the journal on load: journal written and synced first, then the group removed.
class ReviewStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewStore)

public:
    // Anything outside these bounds is a damaged value rather than a real schedule.
    static constexpr double maxStability = reviewcodec::maxStability; // days
    static constexpr double maxDifficulty = reviewcodec::maxDifficulty;
    static constexpr int maxStep = reviewcodec::maxStep;
    static constexpr int maxCount = reviewcodec::maxCount;  // reps, lapses
    static constexpr qint64 maxDays = reviewcodec::maxDays; // elapsed and scheduled days of a log entry
    static QDateTime earliestTime();                        // 2000-01-01 UTC
    static QDateTime latestTime();                          // 2300-01-01 UTC

    explicit ReviewStore(QSettings *settings, QObject *parent = nullptr);
    // Card states stored under an id the guide renamed (content/renames.txt) move to the new id on load, and
    // log entries of the old id count as the new card's.
    ReviewStore(QSettings *settings, const Guide &guide, QObject *parent = nullptr);
    ~ReviewStore() override;

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
    const QList<ReviewLogEntry> &log() const;
    // Every entry before this index was answered before `time`; the ones from it on mostly were not (a clock
    // set back can interleave them), so callers still check each. Lets "today's answers" skip the history.
    qsizetype logIndexFrom(const QDateTime &time) const;
    // The answer time of each log entry in milliseconds since the epoch, for scans that compare many.
    const QList<qint64> &logTimes() const;

    // An answer: the card's new state and its log entry, in one journal line with one sync, so that a crash
    // never leaves one without the other. Returns the entry's sequence number, or 0 when it was not stored.
    qint64 recordReview(const ReviewLogEntry &entry, const CardState &after);
    // Puts the card of the last log entry back as it was before that answer and drops the entry.
    bool undoLastReview();

    // Replaces every card state and the whole log (an import): the journal is written beside and renamed over
    // the old one, then the settings file is synced once. The log is stored in the given order and renumbered
    // from 1. Refuses, changing nothing, when any id cannot be stored or any state or entry fails the checks
    // below.
    bool replaceAll(const QHash<QString, CardState> &states, const QList<ReviewLogEntry> &log);
    // Reads everything again, after another writer (an import) changed the settings file and the journal.
    // Answers this store had not saved yet are in the journal, unless that writer replaced it.
    void reload();

    // Writes the card states answered since the last save into the settings file, with the journal
    // checkpoint, and syncs it. Happens by itself shortly after a change and on destruction; the journal
    // holds those states until then.
    void saveStates();
    bool hasUnsavedStates() const { return !m_unsavedCards.isEmpty(); }
    // Whether the journal has been read yet (see Loading above).
    bool isLogLoaded() const { return m_logLoaded; }

    // One line per value that could not be read on load (reads the journal if it was not yet).
    QStringList loadProblems() const;
    const ReviewJournal &journal() const { return m_journal; }

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
    using IdMap = std::function<QString(const QString &)>;
    ReviewStore(QSettings *settings, IdMap currentId, QObject *parent);

    void load();
    QString currentCardId(const QString &storedId) const;
    void loadCards();
    bool journalMatchesCheckpoint() const;
    // The lazily read part: const so that log() can read the journal on first use; it changes only the
    // mutable members below.
    void ensureLog() const;
    void loadJournal() const;
    void indexLog() const;
    void reportProblems(qsizetype from) const;
    void migrateSettingsLog();

    bool appendToJournal(const ReviewJournalRecord &record);
    void appendToLog(const ReviewLogEntry &entry);
    void setStateInMemory(const QString &cardId, const CardState &state) const;
    void writeStateToSettings(const QString &cardId, const CardState &state);
    void stageUnsavedStates();
    bool checkpointIsOurs() const;
    void syncSettings();

    QSettings *m_settings = nullptr;
    // The id a stored card id has in the current content (content/renames.txt); the same id without a guide.
    IdMap m_currentId;
    QTimer *m_saveTimer = nullptr;
    qint64 m_checkpointSeq = 0;   // journal records up to this are reflected in the settings file
    qint64 m_checkpointSize = -1; // the journal's size then; -1 when not recorded
    // Filled when the journal is read, which may happen inside a const accessor.
    mutable ReviewJournal m_journal;
    mutable bool m_logLoaded = false;
    mutable QHash<QString, CardState> m_states;
    mutable QList<ReviewLogEntry> m_log;    // ascending seq
    mutable QList<qint64> m_logMsecs;       // per entry: its answer time
    mutable QList<qint64> m_logLatestMsecs; // per entry: the latest answer time up to and including it
    mutable qint64 m_nextSeq = 1;           // for journal records; entries take theirs from it too
    mutable QSet<QString> m_unsavedCards;   // states newer than the settings file's
    mutable QStringList m_loadProblems;
};

} // namespace goprep::core
