// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstore.h"
#include "guide.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimeZone>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

Q_LOGGING_CATEGORY(lcStore, "goprep.core.reviewstore", QtWarningMsg)

// Persisted keys: `cards/<card id>` and `reviewlog/<sequence number, zero-padded>`.
constexpr QLatin1StringView kCardsGroup = "cards"_L1;
constexpr QLatin1StringView kLogGroup = "reviewlog"_L1;
constexpr int kSeqWidth = 10; // keeps the INI file in answer order
constexpr QChar kSeparator = u';';

// cards/<id> = phase;stability;difficulty;step;dueMsecs;lastMsecs;reps;lapses;suspended
constexpr qsizetype kCardFields = 9;
// reviewlog/<seq> = cardId;timeMsecs;rating;phaseBefore;stabilityBefore;difficultyBefore;elapsedDays;
//                   scheduledDays;stepBefore;dueBeforeMsecs;lastBeforeMsecs;repsBefore;lapsesBefore
constexpr qsizetype kLogFields = 13;

qint64 earliestMsecs() {
    return ReviewStore::earliestTime().toMSecsSinceEpoch();
}
qint64 latestMsecs() {
    return ReviewStore::latestTime().toMSecsSinceEpoch();
}

QString numberText(double value) {
    // The shortest text that reads back as exactly the same double.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString dateText(const QDateTime &time) {
    return time.isValid() ? QString::number(time.toMSecsSinceEpoch()) : QString();
}

QString seqKey(qint64 seq) {
    return kLogGroup + u'/' + QString::number(seq).rightJustified(kSeqWidth, u'0');
}

QString cardKey(const QString &cardId) {
    return kCardsGroup + u'/' + cardId;
}

QString encodeCard(const CardState &s) {
    const QStringList fields{QString::number(static_cast<int>(s.phase)),
                             numberText(s.stability),
                             numberText(s.difficulty),
                             QString::number(s.step),
                             dateText(s.due),
                             dateText(s.lastReview),
                             QString::number(s.reps),
                             QString::number(s.lapses),
                             s.suspended ? u"1"_s : u"0"_s};
    return fields.join(kSeparator);
}

QString encodeLog(const ReviewLogEntry &e) {
    const CardState &b = e.before;
    const QStringList fields{e.cardId,
                             dateText(e.time),
                             QString::number(static_cast<int>(e.rating)),
                             QString::number(static_cast<int>(b.phase)),
                             numberText(b.stability),
                             numberText(b.difficulty),
                             QString::number(e.elapsedDays),
                             QString::number(e.scheduledDays),
                             QString::number(b.step),
                             dateText(b.due),
                             dateText(b.lastReview),
                             QString::number(b.reps),
                             QString::number(b.lapses)};
    return fields.join(kSeparator);
}

// Field parsers: each returns nullopt for text that is not a sane value.
std::optional<qint64> parseInt(const QString &text, qint64 min, qint64 max) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> parseDouble(const QString &text) {
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// An empty field is "no date" (a new card); anything else must be a plausible instant.
std::optional<QDateTime> parseDate(const QString &text) {
    if (text.isEmpty())
        return QDateTime();
    const auto msecs = parseInt(text, earliestMsecs(), latestMsecs());
    if (!msecs)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*msecs, QTimeZone::utc());
}

// Reads the nine state fields starting at `first`: phase, stability, difficulty, step, due, last, reps,
// lapses, suspended. The log stores the same fields in another order, so the caller passes indices.
struct StateFields {
    QString phase, stability, difficulty, step, due, last, reps, lapses, suspended;
};

// Returns an empty string when the state is usable, otherwise why it is not.
QString parseState(const StateFields &f, CardState &out) {
    const auto phase = parseInt(f.phase, 0, 3);
    if (!phase)
        return u"bad phase"_s;
    const auto stability = parseDouble(f.stability);
    if (!stability)
        return u"bad stability"_s;
    const auto difficulty = parseDouble(f.difficulty);
    if (!difficulty)
        return u"bad difficulty"_s;
    const auto step = parseInt(f.step, 0, ReviewStore::maxStep);
    if (!step)
        return u"bad step"_s;
    const auto due = parseDate(f.due);
    const auto last = parseDate(f.last);
    if (!due || !last)
        return u"bad date"_s;
    const auto reps = parseInt(f.reps, 0, ReviewStore::maxCount);
    const auto lapses = parseInt(f.lapses, 0, ReviewStore::maxCount);
    if (!reps || !lapses)
        return u"bad counts"_s;
    const auto suspended = parseInt(f.suspended, 0, 1);
    if (!suspended)
        return u"bad suspended flag"_s;

    CardState state;
    state.phase = static_cast<CardPhase>(*phase);
    state.stability = *stability;
    state.difficulty = *difficulty;
    state.step = static_cast<int>(*step);
    state.due = *due;
    state.lastReview = *last;
    state.reps = static_cast<int>(*reps);
    state.lapses = static_cast<int>(*lapses);
    state.suspended = *suspended == 1;
    if (const QString problem = ReviewStore::stateProblem(state); !problem.isEmpty())
        return problem;
    out = state;
    return {};
}

QString decodeCard(const QString &text, CardState &out) {
    const QStringList f = text.split(kSeparator);
    if (f.size() != kCardFields)
        return u"wrong number of fields"_s;
    return parseState({f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]}, out);
}

QString decodeLog(const QString &text, ReviewLogEntry &out) {
    const QStringList f = text.split(kSeparator);
    if (f.size() != kLogFields)
        return u"wrong number of fields"_s;
    if (!ReviewStore::isStorableId(f[0]))
        return u"bad card id"_s;
    const auto time = parseDate(f[1]);
    if (!time || !time->isValid())
        return u"bad time"_s;
    const auto rating = parseInt(f[2], 1, 4);
    if (!rating)
        return u"bad rating"_s;
    const auto elapsed = parseInt(f[6], 0, ReviewStore::maxDays);
    const auto scheduled = parseInt(f[7], 0, ReviewStore::maxDays);
    if (!elapsed || !scheduled)
        return u"bad day counts"_s;
    const QString problem =
        parseState({f[3], f[4], f[5], f[8], f[9], f[10], f[11], f[12], u"0"_s}, out.before);
    if (!problem.isEmpty())
        return problem;
    out.cardId = f[0];
    out.time = *time;
    out.rating = static_cast<Rating>(*rating);
    out.elapsedDays = *elapsed;
    out.scheduledDays = *scheduled;
    return {};
}

bool inTimeRange(const QDateTime &time) {
    const qint64 msecs = time.toMSecsSinceEpoch();
    return msecs >= earliestMsecs() && msecs <= latestMsecs();
}

} // namespace

QDateTime ReviewStore::earliestTime() {
    return QDate(2000, 1, 1).startOfDay(QTimeZone::utc());
}

QDateTime ReviewStore::latestTime() {
    return QDate(2300, 1, 1).startOfDay(QTimeZone::utc());
}

ReviewStore::ReviewStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    Q_ASSERT(m_settings);
    load();
}

ReviewStore::ReviewStore(QSettings *settings, const Guide &guide, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_currentId([&guide](const QString &id) { return guide.currentId(id); }) {
    Q_ASSERT(m_settings);
    load();
}

bool ReviewStore::isStorableId(const QString &cardId) {
    // '/' and '\' would make QSettings nest groups; ';' separates fields in the log encoding.
    return !cardId.isEmpty() && cardId.size() <= 200 && !cardId.contains(u'/') && !cardId.contains(u'\\') &&
           !cardId.contains(kSeparator) && cardId.trimmed() == cardId;
}

QString ReviewStore::stateProblem(const CardState &s) {
    const int phase = static_cast<int>(s.phase);
    if (phase < 0 || phase > 3)
        return u"bad phase"_s;
    if (!std::isfinite(s.stability) || s.stability < 0.0 || s.stability > maxStability)
        return u"bad stability"_s;
    if (!std::isfinite(s.difficulty) || s.difficulty < 0.0 || s.difficulty > maxDifficulty)
        return u"bad difficulty"_s;
    if (s.step < 0 || s.step > maxStep)
        return u"bad step"_s;
    if ((s.due.isValid() && !inTimeRange(s.due)) || (s.lastReview.isValid() && !inTimeRange(s.lastReview)))
        return u"bad date"_s;
    if (s.reps < 0 || s.reps > maxCount || s.lapses < 0 || s.lapses > s.reps)
        return u"bad counts"_s;
    if (s.phase != CardPhase::New) {
        // A studied card needs a memory state and both dates, in order, or it cannot be scheduled.
        if (s.stability < 0.001)
            return u"bad stability"_s;
        if (s.difficulty < 1.0)
            return u"bad difficulty"_s;
        if (!s.due.isValid() || !s.lastReview.isValid() || s.lastReview > s.due)
            return u"bad date"_s;
    }
    return {};
}

QString ReviewStore::logEntryProblem(const ReviewLogEntry &e) {
    if (!isStorableId(e.cardId))
        return u"bad card id"_s;
    if (!e.time.isValid() || !inTimeRange(e.time))
        return u"bad time"_s;
    const int rating = static_cast<int>(e.rating);
    if (rating < 1 || rating > 4)
        return u"bad rating"_s;
    if (e.elapsedDays < 0 || e.elapsedDays > maxDays || e.scheduledDays < 0 || e.scheduledDays > maxDays)
        return u"bad day counts"_s;
    return stateProblem(e.before);
}

void ReviewStore::reload() {
    load();
    Q_EMIT reloaded();
    Q_EMIT logChanged();
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
    m_settings->remove(kCardsGroup);
    m_settings->remove(kLogGroup);
    m_states.clear();
    m_log.clear();
    m_loadProblems.clear();
    m_nextSeq = 1;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        writeState(it.key(), it.value());
    for (ReviewLogEntry entry : log)
        writeLog(entry);
    sync();
    Q_EMIT reloaded();
    Q_EMIT logChanged();
    return true;
}

void ReviewStore::load() {
    m_states.clear();
    m_log.clear();
    m_loadProblems.clear();
    m_nextSeq = 1;
    loadCards();
    loadLog();
    for (const QString &problem : std::as_const(m_loadProblems))
        qCWarning(lcStore) << "Ignoring stored value:" << problem;
}

void ReviewStore::loadCards() {
    QHash<QString, std::pair<QString, CardState>> renamed; // new id -> (old id, state)
    m_settings->beginGroup(kCardsGroup);
    const QStringList ids = m_settings->childKeys();
    for (const QString &id : ids) {
        const QString text = m_settings->value(id).toString();
        CardState state;
        const QString problem = decodeCard(text, state);
        if (!problem.isEmpty()) {
            m_loadProblems.append(kCardsGroup + u'/' + id + u": "_s + problem);
            continue;
        }
        const QString newId = m_currentId(id);
        if (newId == id || !isStorableId(newId)) {
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
        if (current == m_states.cend() || current->lastReview < state.lastReview)
            writeState(it.key(), state);
        m_settings->remove(cardKey(oldId));
    }
    sync();
}

void ReviewStore::loadLog() {
    m_settings->beginGroup(kLogGroup);
    const QStringList keys = m_settings->childKeys();
    for (const QString &key : keys) {
        bool ok = false;
        const qint64 seq = key.toLongLong(&ok);
        if (!ok || seq <= 0) {
            m_loadProblems.append(kLogGroup + u'/' + key + u": bad sequence number"_s);
            continue;
        }
        // Skipped entries still reserve their number, so a later answer never overwrites them.
        m_nextSeq = std::max(m_nextSeq, seq + 1);
        ReviewLogEntry entry;
        const QString problem = decodeLog(m_settings->value(key).toString(), entry);
        if (!problem.isEmpty()) {
            m_loadProblems.append(kLogGroup + u'/' + key + u": "_s + problem);
            continue;
        }
        entry.seq = seq;
        // The stored history keeps the id the card had when it was answered; in memory it is the card's.
        if (const QString newId = m_currentId(entry.cardId); isStorableId(newId))
            entry.cardId = newId;
        m_log.append(entry);
    }
    m_settings->endGroup();
    std::sort(m_log.begin(), m_log.end(),
              [](const ReviewLogEntry &a, const ReviewLogEntry &b) { return a.seq < b.seq; });
}

CardState ReviewStore::state(const QString &cardId) const {
    return m_states.value(cardId);
}

void ReviewStore::writeState(const QString &cardId, const CardState &state) {
    if (state == CardState{}) {
        // An untouched new card needs no entry; this also makes "undo the first answer" leave no trace.
        m_states.remove(cardId);
        m_settings->remove(cardKey(cardId));
    } else {
        m_states.insert(cardId, state);
        m_settings->setValue(cardKey(cardId), encodeCard(state));
    }
}

bool ReviewStore::writeLog(ReviewLogEntry &entry) {
    if (!isStorableId(entry.cardId) || !entry.time.isValid())
        return false;
    entry.seq = m_nextSeq++;
    entry.time = entry.time.toUTC();
    m_settings->setValue(seqKey(entry.seq), encodeLog(entry));
    m_log.append(entry);
    return true;
}

void ReviewStore::sync() {
    m_settings->sync();
    if (m_settings->status() == QSettings::AccessError) {
        qCWarning(lcStore) << "Could not write review data to" << m_settings->fileName();
        Q_EMIT writeFailed(m_settings->fileName());
    }
}

bool ReviewStore::setState(const QString &cardId, const CardState &state) {
    if (!isStorableId(cardId))
        return false;
    writeState(cardId, state);
    sync();
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
    ReviewLogEntry stored = entry;
    if (!writeLog(stored))
        return 0;
    sync();
    Q_EMIT logChanged();
    return stored.seq;
}

bool ReviewStore::removeLastLog() {
    if (m_log.isEmpty())
        return false;
    m_settings->remove(seqKey(m_log.takeLast().seq));
    sync();
    Q_EMIT logChanged();
    return true;
}

qint64 ReviewStore::recordReview(const ReviewLogEntry &entry, const CardState &after) {
    ReviewLogEntry stored = entry;
    if (!writeLog(stored))
        return 0;
    writeState(stored.cardId, after);
    sync();
    Q_EMIT cardChanged(stored.cardId);
    Q_EMIT logChanged();
    return stored.seq;
}

bool ReviewStore::undoLastReview() {
    if (m_log.isEmpty())
        return false;
    const ReviewLogEntry entry = m_log.takeLast();
    CardState restored = entry.before;
    restored.suspended = state(entry.cardId).suspended;
    writeState(entry.cardId, restored);
    m_settings->remove(seqKey(entry.seq));
    sync();
    Q_EMIT cardChanged(entry.cardId);
    Q_EMIT logChanged();
    return true;
}

} // namespace goprep::core
