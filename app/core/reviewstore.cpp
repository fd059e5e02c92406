// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstore.h"

#include "appsettings.h"
#include "guide.h"
#include "reviewcodec.h"
#include "scopedtiming.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSettings>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

Q_LOGGING_CATEGORY(lcStore, "goprep.core.reviewstore", QtWarningMsg)

// Persisted keys: `cards/<card id>`, and in files of older versions `reviewlog/<sequence number>`.
constexpr QLatin1StringView kCardsGroup = "cards"_L1;
constexpr QLatin1StringView kLogGroup = "reviewlog"_L1;

// How long the settings file may lag behind the journal after an answer. Answers in quick succession are
// saved together; rewriting the settings file costs a few milliseconds, so it waits for a pause.
constexpr int kSaveDelayMsecs = 2000;

QString cardKey(const QString &cardId) {
    return kCardsGroup + u'/' + cardId;
}

struct Checkpoint {
    qint64 seq = 0;   // journal records up to this are in the settings file
    qint64 size = -1; // the journal's size then; -1 when unknown, so the journal is read at once
    bool damaged = false;
};

Checkpoint readCheckpoint(const QSettings &settings) {
    Checkpoint checkpoint;
    const QVariant seq = settings.value(QLatin1StringView(keys::reviewJournalCheckpoint));
    if (!seq.isValid())
        return checkpoint;
    bool ok = false;
    checkpoint.seq = seq.toString().toLongLong(&ok);
    if (!ok || checkpoint.seq < 0 || checkpoint.seq > reviewcodec::maxSeq) {
        // Applying the whole journal again is the safe reading of a damaged checkpoint.
        checkpoint.seq = 0;
        checkpoint.damaged = true;
        return checkpoint;
    }
    const qint64 size = settings.value(QLatin1StringView(keys::reviewJournalSize)).toString().toLongLong(&ok);
    checkpoint.size = ok && size >= 0 ? size : -1;
    return checkpoint;
}

} // namespace

QDateTime ReviewStore::earliestTime() {
    return QDateTime::fromMSecsSinceEpoch(reviewcodec::earliestMsecs(), QTimeZone::utc());
}

QDateTime ReviewStore::latestTime() {
    return QDateTime::fromMSecsSinceEpoch(reviewcodec::latestMsecs(), QTimeZone::utc());
}

ReviewStore::ReviewStore(QSettings *settings, QObject *parent)
    : ReviewStore(
          settings, [](const QString &id) { return id; }, parent) {}

ReviewStore::ReviewStore(QSettings *settings, const Guide &guide, QObject *parent)
    : ReviewStore(
          settings, [&guide](const QString &id) { return guide.currentId(id); }, parent) {}

ReviewStore::ReviewStore(QSettings *settings, IdMap currentId, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_currentId(std::move(currentId))
    , m_saveTimer(new QTimer(this))
    , m_journal(ReviewJournal::pathFor(settings->fileName())) {
    Q_ASSERT(m_settings);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMsecs);
    connect(m_saveTimer, &QTimer::timeout, this, &ReviewStore::saveStates);
    load();
}

ReviewStore::~ReviewStore() {
    // Only our own changes: states applied from the journal on load stay there until this store writes.
    if (m_saveTimer->isActive())
        saveStates();
}

bool ReviewStore::isStorableId(const QString &cardId) {
    return reviewcodec::isStorableId(cardId);
}

QString ReviewStore::stateProblem(const CardState &state) {
    return reviewcodec::stateProblem(state);
}

QString ReviewStore::logEntryProblem(const ReviewLogEntry &entry) {
    return reviewcodec::entryProblem(entry);
}

QString ReviewStore::currentCardId(const QString &storedId) const {
    // The stored history keeps the id the card had when it was answered; in memory it is the card's.
    const QString id = m_currentId(storedId);
    return isStorableId(id) ? id : storedId;
}

void ReviewStore::load() {
    const ScopedTiming timing("review store load");
    m_states.clear();
    m_log.clear();
    m_logMsecs.clear();
    m_logLatestMsecs.clear();
    m_unsavedCards.clear();
    m_loadProblems.clear();
    m_logLoaded = false;
    loadCards();
    timing.mark("cards");
    const Checkpoint checkpoint = readCheckpoint(*m_settings);
    if (checkpoint.damaged)
        m_loadProblems.append(QLatin1StringView(keys::reviewJournalCheckpoint) + u": bad sequence number"_s);
    m_checkpointSeq = checkpoint.seq;
    m_checkpointSize = checkpoint.size;
    m_nextSeq = m_checkpointSeq + 1;
    reportProblems(0);

    m_settings->beginGroup(kLogGroup);
    const bool olderLog = !m_settings->childKeys().isEmpty();
    m_settings->endGroup();
    if (olderLog) {
        ensureLog();
        const qsizetype known = m_loadProblems.size();
        migrateSettingsLog();
        indexLog();
        reportProblems(known);
    } else if (!journalMatchesCheckpoint()) {
        ensureLog(); // answers the settings file may not have yet: apply them before anyone reads a state
    }
    timing.mark("journal");
}

bool ReviewStore::journalMatchesCheckpoint() const {
    const QFileInfo file(m_journal.path());
    return m_checkpointSize >= 0 && (file.exists() ? file.size() : 0) == m_checkpointSize;
}

void ReviewStore::reportProblems(qsizetype from) const {
    for (qsizetype i = from; i < m_loadProblems.size(); ++i)
        qCWarning(lcStore) << "Ignoring stored value:" << m_loadProblems.at(i);
}

void ReviewStore::ensureLog() const {
    if (m_logLoaded)
        return;
    m_logLoaded = true;
    const qsizetype known = m_loadProblems.size();
    loadJournal();
    indexLog();
    reportProblems(known);
}

const QList<ReviewLogEntry> &ReviewStore::log() const {
    ensureLog();
    return m_log;
}

const QList<qint64> &ReviewStore::logTimes() const {
    ensureLog();
    return m_logMsecs;
}

QStringList ReviewStore::loadProblems() const {
    ensureLog();
    return m_loadProblems;
}

void ReviewStore::loadCards() {
    QHash<QString, std::pair<QString, CardState>> renamed; // new id -> (old id, state)
    m_settings->beginGroup(kCardsGroup);
    const QStringList ids = m_settings->childKeys();
    m_states.reserve(ids.size());
    for (const QString &id : ids) {
        const QString text = m_settings->value(id).toString();
        CardState state;
        const QString problem = reviewcodec::decodeState(text.toUtf8(), state);
        if (!problem.isEmpty()) {
            m_loadProblems.append(kCardsGroup + u'/' + id + u": "_s + problem);
            continue;
        }
        const QString newId = currentCardId(id);
        if (newId == id) {
            m_states.insert(id, state);
        } else if (const auto other = renamed.constFind(newId);
                   other == renamed.cend() || other->second.lastReview < state.lastReview) {
            renamed.insert(newId, {id, state});
        }
    }
    m_settings->endGroup();
    if (renamed.isEmpty())
        return;
    // The card was renamed in the content: its state moves to the new id, in one sync. Had the card already
    // been studied under its new id as well, the more recent state wins.
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it) {
        const auto &[oldId, state] = it.value();
        const auto current = m_states.constFind(it.key());
        if (current == m_states.cend() || current->lastReview < state.lastReview) {
            m_states.insert(it.key(), state);
            writeStateToSettings(it.key(), state);
        }
        m_settings->remove(cardKey(oldId));
    }
    syncSettings();
}

void ReviewStore::loadJournal() const {
    const ScopedTiming timing("journal");
    ReviewJournal::Contents contents = m_journal.read();
    timing.mark("read");
    m_loadProblems.append(contents.problems);
    m_nextSeq = std::max(m_nextSeq, contents.highestSeq + 1);
    const QString name = QFileInfo(m_journal.path()).fileName();

    // One writer appends with increasing numbers, so a number at most the previous one is a duplicate only
    // rarely worth a set of every number: it is made the first time that happens.
    qint64 lastSeq = 0;
    QSet<qint64> seen;
    bool undone = false;
    m_log.reserve(contents.records.size());
    for (qsizetype i = 0; i < contents.records.size(); ++i) {
        ReviewJournalRecord &record = contents.records[i];
        if (record.seq <= lastSeq) {
            if (seen.isEmpty()) {
                for (qsizetype j = 0; j < i; ++j)
                    seen.insert(contents.records.at(j).seq);
            }
            if (seen.contains(record.seq)) {
                m_loadProblems.append(
                    u"%1: sequence number %2 appears twice; the later line is ignored"_s.arg(name).arg(
                        record.seq));
                record.seq = 0; // not "seen" for later lines either
                continue;
            }
        }
        lastSeq = std::max(lastSeq, record.seq);
        if (!seen.isEmpty())
            seen.insert(record.seq);
        QString cardId;
        if (record.kind == ReviewJournalRecord::Kind::Entry) {
            record.entry.cardId = currentCardId(record.entry.cardId);
            cardId = record.entry.cardId;
            m_log.append(std::move(record.entry));
        } else {
            // An undo takes back a recent answer: look from the end.
            qsizetype index = m_log.size() - 1;
            while (index >= 0 && m_log.at(index).seq != record.undoneSeq)
                --index;
            if (index < 0) {
                m_loadProblems.append(
                    u"%1: undo of entry %2, which is not in the log"_s.arg(name).arg(record.undoneSeq));
                continue;
            }
            cardId = m_log.at(index).cardId;
            m_log[index].seq = 0; // dropped below
            undone = true;
        }
        // The settings file already holds the effect of records up to its checkpoint.
        if (record.state && record.seq > m_checkpointSeq)
            setStateInMemory(cardId, *record.state);
    }
    if (undone)
        m_log.removeIf([](const ReviewLogEntry &entry) { return entry.seq == 0; });
}

void ReviewStore::migrateSettingsLog() {
    m_settings->beginGroup(kLogGroup);
    const QStringList keys = m_settings->childKeys();
    if (keys.isEmpty()) {
        m_settings->endGroup();
        return;
    }
    QHash<qint64, qsizetype> inJournal;
    inJournal.reserve(m_log.size());
    for (qsizetype i = 0; i < m_log.size(); ++i)
        inJournal.insert(m_log.at(i).seq, i);

    QList<ReviewLogEntry> moved;
    QList<ReviewLogEntry> renumbered; // their number is taken in the journal, or by another key ("01", "1")
    QSet<qint64> movedSeqs;
    QStringList movedKeys;
    for (const QString &key : keys) {
        qint64 seq = 0;
        if (!reviewcodec::parseSeq(key.toUtf8(), seq)) {
            m_loadProblems.append(kLogGroup + u'/' + key + u": bad sequence number"_s);
            continue;
        }
        // Entries that cannot be read stay in the settings file, and keep their number reserved.
        m_nextSeq = std::max(m_nextSeq, seq + 1);
        ReviewLogEntry entry;
        const QString problem = reviewcodec::decodeEntry(m_settings->value(key).toString().toUtf8(), entry);
        if (!problem.isEmpty()) {
            m_loadProblems.append(kLogGroup + u'/' + key + u": "_s + problem);
            continue;
        }
        entry.seq = seq;
        movedKeys.append(key);
        if (const auto found = inJournal.constFind(seq); found != inJournal.cend()) {
            // Moved before, and the program stopped before the group was removed.
            ReviewLogEntry current = entry;
            current.cardId = currentCardId(entry.cardId);
            if (m_log.at(*found) == current)
                continue;
            renumbered.append(entry);
            continue;
        }
        if (movedSeqs.contains(seq)) {
            renumbered.append(entry);
            continue;
        }
        movedSeqs.insert(seq);
        moved.append(entry);
    }
    m_settings->endGroup();
    if (movedKeys.isEmpty())
        return;
    for (ReviewLogEntry &entry : renumbered) {
        entry.seq = m_nextSeq++;
        moved.append(entry);
    }

    if (!moved.isEmpty()) {
        QList<ReviewJournalRecord> records;
        records.reserve(moved.size());
        for (const ReviewLogEntry &entry : std::as_const(moved))
            records.append({ReviewJournalRecord::Kind::Entry, entry.seq, entry, 0, std::nullopt});
        // Nothing leaves the settings file before the journal holds it on disk. The journal keeps the ids the
        // cards had when they were answered, as the settings file did.
        const bool written = m_journal.append(records);
        for (ReviewLogEntry &entry : moved)
            entry.cardId = currentCardId(entry.cardId);
        m_log.append(moved); // usable in this session either way
        if (!written) {
            m_loadProblems.append(
                u"The review log could not be moved to %1 (%2); it stays in the settings file"_s.arg(
                    m_journal.path(), m_journal.errorString()));
            return;
        }
        qCInfo(lcStore) << "Moved" << moved.size() << "review log entries from the settings file to"
                        << m_journal.path();
    }
    for (const QString &key : std::as_const(movedKeys))
        m_settings->remove(kLogGroup + u'/' + key);
    stageUnsavedStates();
    syncSettings();
}

void ReviewStore::indexLog() const {
    const auto bySeq = [](const ReviewLogEntry &a, const ReviewLogEntry &b) { return a.seq < b.seq; };
    if (!std::is_sorted(m_log.cbegin(), m_log.cend(), bySeq))
        std::stable_sort(m_log.begin(), m_log.end(), bySeq);
    m_logMsecs.clear();
    m_logLatestMsecs.clear();
    m_logMsecs.reserve(m_log.size());
    m_logLatestMsecs.reserve(m_log.size());
    qint64 latest = std::numeric_limits<qint64>::min();
    for (const ReviewLogEntry &entry : std::as_const(m_log)) {
        const qint64 msecs = entry.time.toMSecsSinceEpoch();
        latest = std::max(latest, msecs);
        m_logMsecs.append(msecs);
        m_logLatestMsecs.append(latest);
    }
}

qsizetype ReviewStore::logIndexFrom(const QDateTime &time) const {
    ensureLog();
    const auto it =
        std::lower_bound(m_logLatestMsecs.cbegin(), m_logLatestMsecs.cend(), time.toMSecsSinceEpoch());
    return it - m_logLatestMsecs.cbegin();
}

CardState ReviewStore::state(const QString &cardId) const {
    return m_states.value(cardId);
}

void ReviewStore::setStateInMemory(const QString &cardId, const CardState &state) const {
    // An untouched new card needs no entry; this also makes "undo the first answer" leave no trace.
    if (state == CardState{})
        m_states.remove(cardId);
    else
        m_states.insert(cardId, state);
    m_unsavedCards.insert(cardId);
}

void ReviewStore::writeStateToSettings(const QString &cardId, const CardState &state) {
    if (state == CardState{})
        m_settings->remove(cardKey(cardId));
    else
        m_settings->setValue(cardKey(cardId), QString::fromLatin1(reviewcodec::encodeState(state)));
}

void ReviewStore::stageUnsavedStates() {
    for (const QString &cardId : std::as_const(m_unsavedCards))
        writeStateToSettings(cardId, m_states.value(cardId));
    m_unsavedCards.clear();
    if (!m_logLoaded)
        return; // nothing was written since the checkpoint was read
    const qint64 applied = m_nextSeq - 1;
    const qint64 size = std::max<qint64>(0, m_journal.size());
    const bool pristine = applied == 0 && size == 0 && m_checkpointSize < 0; // no journal, nothing to mark
    if (!pristine && (applied != m_checkpointSeq || size != m_checkpointSize)) {
        m_settings->setValue(QLatin1StringView(keys::reviewJournalCheckpoint), applied);
        m_settings->setValue(QLatin1StringView(keys::reviewJournalSize), size);
        m_checkpointSeq = applied;
        m_checkpointSize = size;
    }
}

void ReviewStore::syncSettings() {
    m_settings->sync();
    if (m_settings->status() == QSettings::AccessError) {
        qCWarning(lcStore) << "Could not write review data to" << m_settings->fileName();
        Q_EMIT writeFailed(m_settings->fileName());
    }
}

bool ReviewStore::checkpointIsOurs() const {
    const Checkpoint checkpoint = readCheckpoint(*m_settings);
    return checkpoint.seq == m_checkpointSeq && checkpoint.size == m_checkpointSize;
}

void ReviewStore::saveStates() {
    m_saveTimer->stop();
    if (!checkpointIsOurs()) {
        // Another store on these settings (an import) replaced everything since: this one is out of date, and
        // its owner reloads it; writing its states now would undo the import.
        qCWarning(lcStore) << "Not saving review states over newer ones in" << m_settings->fileName();
        return;
    }
    if (m_unsavedCards.isEmpty() &&
        (!m_logLoaded || (m_checkpointSeq == m_nextSeq - 1 && m_checkpointSize == m_journal.size())))
        return;
    const ScopedTiming timing("review store save");
    stageUnsavedStates();
    syncSettings();
}

bool ReviewStore::appendToJournal(const ReviewJournalRecord &record) {
    if (record.seq > reviewcodec::maxSeq) {
        // Only a journal edited to hold such a number gets here; a line past it could not be read back.
        qCWarning(lcStore) << "No sequence numbers left in" << m_journal.path();
        Q_EMIT writeFailed(m_journal.path());
        return false;
    }
    // A number is never used twice, even when the append failed half-way.
    m_nextSeq = std::max(m_nextSeq, record.seq + 1);
    if (m_journal.append({record})) {
        m_saveTimer->start(); // the checkpoint follows, with any new state
        return true;
    }
    qCWarning(lcStore) << "Could not write the review log to" << m_journal.path() << ":"
                       << m_journal.errorString();
    Q_EMIT writeFailed(m_journal.path());
    return false;
}

void ReviewStore::appendToLog(const ReviewLogEntry &entry) {
    m_log.append(entry);
    const qint64 msecs = entry.time.toMSecsSinceEpoch();
    m_logMsecs.append(msecs);
    m_logLatestMsecs.append(m_logLatestMsecs.isEmpty() ? msecs : std::max(m_logLatestMsecs.last(), msecs));
}

bool ReviewStore::replaceAll(const QHash<QString, CardState> &states, const QList<ReviewLogEntry> &log) {
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (!isStorableId(it.key()) || !stateProblem(it.value()).isEmpty())
            return false;
    }
    for (const ReviewLogEntry &entry : log) {
        if (!logEntryProblem(entry).isEmpty())
            return false;
    }
    QList<ReviewJournalRecord> records;
    QList<ReviewLogEntry> entries;
    records.reserve(log.size());
    entries.reserve(log.size());
    for (ReviewLogEntry entry : log) {
        entry.seq = entries.size() + 1;
        entry.time = entry.time.toUTC();
        records.append({ReviewJournalRecord::Kind::Entry, entry.seq, entry, 0, std::nullopt});
        entry.cardId = currentCardId(entry.cardId);
        entries.append(entry);
    }
    // The new log first, whole (written beside, synced, renamed over the old one): a crash before the
    // settings file follows leaves the old states with the new log, never part of either.
    if (!m_journal.replace(records)) {
        qCWarning(lcStore) << "Could not write the review log to" << m_journal.path() << ":"
                           << m_journal.errorString();
        Q_EMIT writeFailed(m_journal.path());
        return false;
    }
    m_saveTimer->stop();
    m_settings->remove(kCardsGroup);
    m_settings->remove(kLogGroup);
    m_states.clear();
    m_unsavedCards.clear();
    m_loadProblems.clear();
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.value() != CardState{})
            m_states.insert(it.key(), it.value());
        writeStateToSettings(it.key(), it.value());
    }
    m_log = entries;
    m_logLoaded = true;
    m_nextSeq = entries.size() + 1;
    indexLog();
    stageUnsavedStates(); // the checkpoint for the new journal
    syncSettings();
    Q_EMIT reloaded();
    Q_EMIT logChanged();
    return true;
}

void ReviewStore::reload() {
    // What this store had not saved yet is in the journal, unless the other writer replaced it: either way
    // the settings file must not get it from here.
    m_saveTimer->stop();
    load();
    Q_EMIT reloaded();
    Q_EMIT logChanged();
}

bool ReviewStore::setState(const QString &cardId, const CardState &state) {
    if (!isStorableId(cardId))
        return false;
    ensureLog();
    // Answers not saved yet go first, with the checkpoint: the journal must never be applied over this.
    stageUnsavedStates();
    m_saveTimer->stop();
    if (state == CardState{})
        m_states.remove(cardId);
    else
        m_states.insert(cardId, state);
    writeStateToSettings(cardId, state);
    syncSettings();
    Q_EMIT cardChanged(cardId);
    return true;
}

bool ReviewStore::resetCard(const QString &cardId) {
    return setState(cardId, CardState{});
}

bool ReviewStore::setSuspended(const QString &cardId, bool suspended) {
    CardState s = state(cardId);
    s.suspended = suspended;
    return setState(cardId, s);
}

qint64 ReviewStore::appendLog(const ReviewLogEntry &entry) {
    if (!isStorableId(entry.cardId) || !entry.time.isValid())
        return 0;
    ensureLog();
    ReviewLogEntry stored = entry;
    stored.seq = m_nextSeq;
    stored.time = entry.time.toUTC();
    if (!appendToJournal({ReviewJournalRecord::Kind::Entry, stored.seq, stored, 0, std::nullopt}))
        return 0;
    appendToLog(stored);
    Q_EMIT logChanged();
    return stored.seq;
}

bool ReviewStore::removeLastLog() {
    ensureLog();
    if (m_log.isEmpty())
        return false;
    if (!appendToJournal({ReviewJournalRecord::Kind::Undo, m_nextSeq, {}, m_log.last().seq, std::nullopt}))
        return false;
    m_log.removeLast();
    m_logMsecs.removeLast();
    m_logLatestMsecs.removeLast();
    Q_EMIT logChanged();
    return true;
}

qint64 ReviewStore::recordReview(const ReviewLogEntry &entry, const CardState &after) {
    if (!isStorableId(entry.cardId) || !entry.time.isValid())
        return 0;
    ensureLog();
    ReviewLogEntry stored = entry;
    stored.seq = m_nextSeq;
    stored.time = entry.time.toUTC();
    if (!appendToJournal({ReviewJournalRecord::Kind::Entry, stored.seq, stored, 0, after}))
        return 0;
    appendToLog(stored);
    setStateInMemory(stored.cardId, after);
    Q_EMIT cardChanged(stored.cardId);
    Q_EMIT logChanged();
    return stored.seq;
}

bool ReviewStore::undoLastReview() {
    ensureLog();
    if (m_log.isEmpty())
        return false;
    const ReviewLogEntry &entry = m_log.last();
    CardState restored = entry.before;
    restored.suspended = state(entry.cardId).suspended;
    if (!appendToJournal({ReviewJournalRecord::Kind::Undo, m_nextSeq, {}, entry.seq, restored}))
        return false;
    const QString cardId = entry.cardId;
    m_log.removeLast();
    m_logMsecs.removeLast();
    m_logLatestMsecs.removeLast();
    setStateInMemory(cardId, restored);
    Q_EMIT cardChanged(cardId);
    Q_EMIT logChanged();
    return true;
}

} // namespace goprep::core
