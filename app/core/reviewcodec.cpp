// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcodec.h"

#include <QDate>
#include <QLocale>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace goprep::core::reviewcodec {

namespace {

const qint64 kEarliestMsecs = QDate(2000, 1, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
const qint64 kLatestMsecs = QDate(2300, 1, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
// Made once: QTimeZone::utc() costs more than the date built with it, and a journal holds thousands of dates.
const QTimeZone kUtc = QTimeZone::utc();
constexpr qsizetype kMaxIdLength = 200;

bool inTimeRange(const QDateTime &time) {
    const qint64 msecs = time.toMSecsSinceEpoch();
    return msecs >= kEarliestMsecs && msecs <= kLatestMsecs;
}

QByteArrayView trimmed(QByteArrayView text) {
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.chop(1);
    return text;
}

// Numbers are read as QString::toLongLong() and toDouble() read them (surrounding blanks and a '+' allowed),
// so values written by earlier versions read the same; std::from_chars keeps a journal of thousands of
// lines quick to load.
QByteArrayView numberText(QByteArrayView text) {
    text = trimmed(text);
    if (text.size() > 1 && text.front() == '+' && text.at(1) != '-')
        text = text.sliced(1);
    return text;
}

std::optional<qint64> parseInt(QByteArrayView text, qint64 min, qint64 max) {
    text = numberText(text);
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.isEmpty() || error != std::errc() || end != text.data() + text.size() || value < min ||
        value > max)
        return std::nullopt;
    return value;
}

std::optional<double> parseDouble(QByteArrayView text) {
    text = numberText(text);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.isEmpty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// An empty field is "no date" (a new card); anything else must be a plausible instant.
std::optional<QDateTime> parseDate(QByteArrayView text) {
    if (trimmed(text).isEmpty())
        return QDateTime();
    const auto msecs = parseInt(text, kEarliestMsecs, kLatestMsecs);
    if (!msecs)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*msecs, kUtc);
}

void appendNumber(QByteArray &out, qint64 value) {
    out += QByteArray::number(value);
}

void appendNumber(QByteArray &out, double value) {
    // The shortest text that reads back as exactly the same double.
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void appendDate(QByteArray &out, const QDateTime &time) {
    if (time.isValid())
        appendNumber(out, time.toMSecsSinceEpoch());
}

// The nine state fields in the order given by the caller: the log keeps the same fields in another order.
struct StateFields {
    QByteArrayView phase, stability, difficulty, step, due, last, reps, lapses, suspended;
};

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
    const auto step = parseInt(f.step, 0, maxStep);
    if (!step)
        return u"bad step"_s;
    const auto due = parseDate(f.due);
    const auto last = parseDate(f.last);
    if (!due || !last)
        return u"bad date"_s;
    const auto reps = parseInt(f.reps, 0, maxCount);
    const auto lapses = parseInt(f.lapses, 0, maxCount);
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
    if (QString problem = stateProblem(state); !problem.isEmpty())
        return problem;
    out = state;
    return {};
}

} // namespace

qint64 earliestMsecs() {
    return kEarliestMsecs;
}

qint64 latestMsecs() {
    return kLatestMsecs;
}

QString stateProblem(const CardState &s) {
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

QString entryProblem(const ReviewLogEntry &e) {
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

bool isStorableId(const QString &cardId) {
    if (cardId.isEmpty() || cardId.size() > kMaxIdLength || cardId.trimmed() != cardId)
        return false;
    // '/' and '\' would make QSettings nest groups; ';' separates fields; a line break would split a journal
    // line.
    for (const QChar c : cardId) {
        if (c == u'/' || c == u'\\' || c == QLatin1Char(separator) || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

qsizetype split(QByteArrayView text, QByteArrayView *fields, qsizetype max) {
    qsizetype count = 0;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = text.indexOf(separator, start);
        if (count == max)
            return max + 1;
        fields[count++] = text.sliced(start, (end < 0 ? text.size() : end) - start);
        if (end < 0)
            return count;
        start = end + 1;
    }
}

bool parseSeq(QByteArrayView text, qint64 &out) {
    const auto seq = parseInt(text, 1, maxSeq);
    if (!seq)
        return false;
    out = *seq;
    return true;
}

QByteArray encodeState(const CardState &s) {
    QByteArray out;
    out.reserve(96);
    appendNumber(out, qint64(s.phase));
    out += separator;
    appendNumber(out, s.stability);
    out += separator;
    appendNumber(out, s.difficulty);
    out += separator;
    appendNumber(out, qint64(s.step));
    out += separator;
    appendDate(out, s.due);
    out += separator;
    appendDate(out, s.lastReview);
    out += separator;
    appendNumber(out, qint64(s.reps));
    out += separator;
    appendNumber(out, qint64(s.lapses));
    out += separator;
    out += s.suspended ? '1' : '0';
    return out;
}

QByteArray encodeEntry(const ReviewLogEntry &e) {
    const CardState &b = e.before;
    QByteArray out = e.cardId.toUtf8();
    out.reserve(out.size() + 128);
    out += separator;
    appendDate(out, e.time);
    out += separator;
    appendNumber(out, qint64(e.rating));
    out += separator;
    appendNumber(out, qint64(b.phase));
    out += separator;
    appendNumber(out, b.stability);
    out += separator;
    appendNumber(out, b.difficulty);
    out += separator;
    appendNumber(out, e.elapsedDays);
    out += separator;
    appendNumber(out, e.scheduledDays);
    out += separator;
    appendNumber(out, qint64(b.step));
    out += separator;
    appendDate(out, b.due);
    out += separator;
    appendDate(out, b.lastReview);
    out += separator;
    appendNumber(out, qint64(b.reps));
    out += separator;
    appendNumber(out, qint64(b.lapses));
    return out;
}

QString decodeStateFields(const QByteArrayView *f, CardState &out) {
    return parseState({f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]}, out);
}

QString decodeEntryFields(const QByteArrayView *f, ReviewLogEntry &out, IdCache *ids) {
    QString cardId;
    if (const auto known = ids ? ids->constFind(f[0]) : IdCache::const_iterator();
        ids && known != ids->cend()) {
        cardId = *known;
    } else {
        cardId = QString::fromUtf8(f[0]);
        if (!isStorableId(cardId))
            return u"bad card id"_s;
        if (ids)
            ids->insert(f[0], cardId);
    }
    const auto time = parseDate(f[1]);
    if (!time || !time->isValid())
        return u"bad time"_s;
    const auto rating = parseInt(f[2], 1, 4);
    if (!rating)
        return u"bad rating"_s;
    const auto elapsed = parseInt(f[6], 0, maxDays);
    const auto scheduled = parseInt(f[7], 0, maxDays);
    if (!elapsed || !scheduled)
        return u"bad day counts"_s;
    CardState before;
    // The log does not record the suspended flag.
    const QString problem =
        parseState({f[3], f[4], f[5], f[8], f[9], f[10], f[11], f[12], QByteArrayView("0")}, before);
    if (!problem.isEmpty())
        return problem;
    out.cardId = cardId;
    out.time = *time;
    out.rating = static_cast<Rating>(*rating);
    out.before = before;
    out.elapsedDays = *elapsed;
    out.scheduledDays = *scheduled;
    return {};
}

QString decodeState(QByteArrayView text, CardState &out) {
    QByteArrayView fields[stateFieldCount];
    if (split(text, fields, stateFieldCount) != stateFieldCount)
        return u"wrong number of fields"_s;
    return decodeStateFields(fields, out);
}

QString decodeEntry(QByteArrayView text, ReviewLogEntry &out) {
    QByteArrayView fields[entryFieldCount];
    if (split(text, fields, entryFieldCount) != entryFieldCount)
        return u"wrong number of fields"_s;
    return decodeEntryFields(fields, out);
}

} // namespace goprep::core::reviewcodec
