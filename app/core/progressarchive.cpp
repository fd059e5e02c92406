// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressarchive.h"

#include "appsettings.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

constexpr auto kFormat = "goprep-progress"_L1;
constexpr auto kCardsGroup = "cards/"_L1; // ReviewStore's groups: imported through ReviewStore only
constexpr auto kLogGroup = "reviewlog/"_L1;
// Where ReviewStore's journal stands: belongs to this file and its journal, so it is never exported.
constexpr auto kJournalGroup = "reviewjournal/"_L1;

// Keys that belong to this machine, not to the progress: preferences, and the coding-task attempt in
// progress (a running clock is not something to carry to another machine). Anything else unknown to this
// class is progress of some newer part of GoPrep and travels in "other".
const QSet<QString> &localKeys() {
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *key :
             {keys::settingsVersion, keys::windowGeometry, keys::windowState, keys::mainSplitter,
              keys::rightSplitter, keys::colorScheme, keys::codeThemeLight, keys::codeThemeDark,
              keys::readerZoom, keys::studyTrack, keys::flashcardDeck, keys::newCardsPerDay,
              keys::reviewsPerDay, keys::dayStartHour, keys::desiredRetention, keys::learningSteps,
              keys::relearningSteps, keys::language, keys::studyTab})
            s.insert(QString::fromLatin1(key));
        return s;
    }();
    return set;
}

// Keys with a typed section of their own in the archive.
bool isTypedKey(const QString &key) {
    static const QString positionsPrefix = QLatin1StringView(keys::positionsGroup) + u'/';
    static const QString checklistPrefix = QLatin1StringView(keys::checklistGroup) + u'/';
    static const QString attemptsPrefix = QLatin1StringView(keys::attemptsGroup) + u'/';
    return key == QLatin1StringView(keys::readChapters) || key == QLatin1StringView(keys::seenSections) ||
           key == QLatin1StringView(keys::lastChapter) || key.startsWith(positionsPrefix) ||
           key.startsWith(checklistPrefix) || key.startsWith(kCardsGroup) || key.startsWith(kLogGroup) ||
           key.startsWith(kJournalGroup) || key == QLatin1StringView(keys::activityDays) ||
           key.startsWith(attemptsPrefix);
}

// A content id kept in a list (read chapters, seen sections, the last chapter).
bool isValidId(const QString &id) {
    return !id.isEmpty() && id.size() <= ProgressArchive::maxIdLength;
}

// An id that becomes part of a settings key (positions, checklist items, cards).
bool isKeyId(const QString &id) {
    return ReviewStore::isStorableId(id);
}

bool isValidOtherKey(const QString &key) {
    return !key.isEmpty() && key.size() <= ProgressArchive::maxOtherKeyLength && !key.startsWith(u'/') &&
           !key.endsWith(u'/') && !key.contains(u"//"_s) && !key.contains(u'\\') && !isTypedKey(key) &&
           !ProgressArchive::isLocalKey(key);
}

bool inTimeRange(const QDateTime &time) {
    return time.isValid() && time >= ReviewStore::earliestTime() && time <= ReviewStore::latestTime();
}

bool inDayRange(const QDate &day) {
    return day.isValid() && day.year() >= 2000 && day.year() < 2300;
}

// By task, then oldest first: the order collect(), fromJson() and merged() agree on.
void sortAttempts(QList<Attempt> &attempts) {
    std::stable_sort(attempts.begin(), attempts.end(), [](const Attempt &a, const Attempt &b) {
        return a.taskId != b.taskId ? a.taskId < b.taskId : a.startedAt < b.startedAt;
    });
}

QString positionKey(const QString &chapterId, QLatin1StringView what) {
    return QLatin1StringView(keys::positionsGroup) + u'/' + chapterId + u'/' + what;
}

QString checklistKey(const QString &itemId) {
    return QLatin1StringView(keys::checklistGroup) + u'/' + itemId;
}

// ---- Writing JSON ----------------------------------------------------------------------------------------

const QStringList phaseNames{u"new"_s, u"learning"_s, u"review"_s, u"relearning"_s};

// A key of the file as the error message quotes it: at most `maxLength` characters, and line breaks and other
// control characters shown as U+FFFD, so a hostile key cannot turn the one-line message into several.
QString quotedKey(const QString &key, qsizetype maxLength) {
    QString shown = key.left(maxLength);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QChar::ReplacementCharacter;
    }
    return shown;
}

QJsonValue dateJson(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject stateJson(const CardState &s, bool withSuspended) {
    QJsonObject o{{u"phase"_s, phaseNames.at(static_cast<int>(s.phase))},
                  {u"stability"_s, s.stability},
                  {u"difficulty"_s, s.difficulty},
                  {u"step"_s, s.step},
                  {u"due"_s, dateJson(s.due)},
                  {u"lastReview"_s, dateJson(s.lastReview)},
                  {u"reps"_s, s.reps},
                  {u"lapses"_s, s.lapses}};
    if (withSuspended)
        o.insert(u"suspended"_s, s.suspended);
    return o;
}

QJsonArray stringArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

// ---- Reading JSON ----------------------------------------------------------------------------------------

// Reads typed values out of the document, remembering the first problem as one line for the user.
class Reader final {
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool fail(const QString &message) {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &where) {
        if (!v.isObject()) {
            fail(ProgressArchive::tr("%1 must be an object.").arg(where));
            return std::nullopt;
        }
        QJsonObject o = v.toObject();
        if (o.size() > ProgressArchive::maxEntries) {
            fail(ProgressArchive::tr("%1 has too many entries.").arg(where));
            return std::nullopt;
        }
        return o;
    }

    std::optional<QJsonArray> array(const QJsonValue &v, const QString &where) {
        if (!v.isArray()) {
            fail(ProgressArchive::tr("%1 must be a list.").arg(where));
            return std::nullopt;
        }
        QJsonArray a = v.toArray();
        if (a.size() > ProgressArchive::maxEntries) {
            fail(ProgressArchive::tr("%1 has too many entries.").arg(where));
            return std::nullopt;
        }
        return a;
    }

    std::optional<QString> string(const QJsonValue &v, const QString &where, qsizetype maxLength) {
        if (!v.isString()) {
            fail(ProgressArchive::tr("%1 must be text.").arg(where));
            return std::nullopt;
        }
        QString s = v.toString();
        if (s.size() > maxLength) {
            fail(ProgressArchive::tr("%1 is longer than %2 characters.").arg(where).arg(maxLength));
            return std::nullopt;
        }
        return s;
    }

    std::optional<double> number(const QJsonValue &v, const QString &where, double min, double max) {
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max) {
            fail(ProgressArchive::tr("%1 must be a number from %2 to %3.").arg(where).arg(min).arg(max));
            return std::nullopt;
        }
        return d;
    }

    std::optional<qint64> integer(const QJsonValue &v, const QString &where, qint64 min, qint64 max) {
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(
                ProgressArchive::tr("%1 must be a whole number from %2 to %3.").arg(where).arg(min).arg(max));
            return std::nullopt;
        }
        return qint64(d);
    }

    // A date from 2000 to 2300 in ISO 8601, or null when `nullable`.
    std::optional<QDateTime> date(const QJsonValue &v, const QString &where, bool nullable) {
        if (nullable && v.isNull())
            return QDateTime();
        if (v.isString() && v.toString().size() <= 64) {
            const QDateTime time = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            if (inTimeRange(time))
                return time.toUTC();
        }
        fail(nullable ? ProgressArchive::tr("%1 must be a date from 2000 to 2300 or null.").arg(where)
                      : ProgressArchive::tr("%1 must be a date from 2000 to 2300.").arg(where));
        return std::nullopt;
    }

    std::optional<bool> boolean(const QJsonValue &v, const QString &where) {
        if (!v.isBool()) {
            fail(ProgressArchive::tr("%1 must be true or false.").arg(where));
            return std::nullopt;
        }
        return v.toBool();
    }

    // A list of content ids.
    std::optional<QStringList> ids(const QJsonValue &v, const QString &where) {
        const auto list = array(v, where);
        if (!list)
            return std::nullopt;
        QStringList out;
        out.reserve(list->size());
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = u"%1[%2]"_s.arg(where).arg(i);
            const auto id = string(list->at(i), at, ProgressArchive::maxIdLength);
            if (!id)
                return std::nullopt;
            if (!isValidId(*id)) {
                fail(ProgressArchive::tr("%1 is not a valid id.").arg(at));
                return std::nullopt;
            }
            out << *id;
        }
        return out;
    }

    bool keyId(const QString &id, const QString &where) {
        return isKeyId(id) || fail(ProgressArchive::tr("%1 has an id that cannot be stored.").arg(where));
    }

    std::optional<CardState> state(const QJsonValue &v, const QString &where, bool withSuspended) {
        const auto o = object(v, where);
        if (!o)
            return std::nullopt;
        const auto field = [&](const char *name) { return u"%1.%2"_s.arg(where, QLatin1StringView(name)); };
        const auto phaseName = string(o->value(u"phase"_s), field("phase"), 20);
        if (!phaseName)
            return std::nullopt;
        const qsizetype phase = phaseNames.indexOf(*phaseName);
        if (phase < 0) {
            fail(ProgressArchive::tr("%1 must be one of %2.").arg(field("phase"), phaseNames.join(u", "_s)));
            return std::nullopt;
        }
        const auto stability =
            number(o->value(u"stability"_s), field("stability"), 0.0, ReviewStore::maxStability);
        const auto difficulty =
            number(o->value(u"difficulty"_s), field("difficulty"), 0.0, ReviewStore::maxDifficulty);
        const auto step = integer(o->value(u"step"_s), field("step"), 0, ReviewStore::maxStep);
        const auto due = date(o->value(u"due"_s), field("due"), true);
        const auto last = date(o->value(u"lastReview"_s), field("lastReview"), true);
        const auto reps = integer(o->value(u"reps"_s), field("reps"), 0, ReviewStore::maxCount);
        const auto lapses = integer(o->value(u"lapses"_s), field("lapses"), 0, ReviewStore::maxCount);
        const auto suspended = withSuspended ? boolean(o->value(u"suspended"_s), field("suspended"))
                                             : std::optional<bool>(false);
        if (failed())
            return std::nullopt;
        CardState s;
        s.phase = static_cast<CardPhase>(phase);
        s.stability = *stability;
        s.difficulty = *difficulty;
        s.step = int(*step);
        s.due = *due;
        s.lastReview = *last;
        s.reps = int(*reps);
        s.lapses = int(*lapses);
        s.suspended = *suspended;
        if (const QString problem = ReviewStore::stateProblem(s); !problem.isEmpty()) {
            fail(ProgressArchive::tr("%1 is not a consistent card state (%2).").arg(where, problem));
            return std::nullopt;
        }
        return s;
    }

    std::optional<QDate> day(const QJsonValue &v, const QString &where) {
        if (v.isString() && v.toString().size() == 10) {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (inDayRange(d))
                return d;
        }
        fail(ProgressArchive::tr("%1 must be a day from 2000 to 2300, such as 2025-03-14.").arg(where));
        return std::nullopt;
    }

    std::optional<Attempt> attempt(const QJsonValue &v, const QString &taskId, const QString &where) {
        const auto o = object(v, where);
        if (!o)
            return std::nullopt;
        Attempt a;
        QString problem = AttemptLog::fromJson(*o, a);
        a.taskId = taskId;
        if (problem.isEmpty())
            problem = AttemptLog::problem(a);
        if (problem.isEmpty() && !inTimeRange(a.startedAt))
            problem = u"bad start time"_s;
        if (!problem.isEmpty()) {
            fail(ProgressArchive::tr("%1 is not a valid attempt (%2).").arg(where, problem));
            return std::nullopt;
        }
        return a;
    }

    std::optional<ReviewLogEntry> logEntry(const QJsonValue &v, const QString &where) {
        const auto o = object(v, where);
        if (!o)
            return std::nullopt;
        const auto field = [&](const char *name) { return u"%1.%2"_s.arg(where, QLatin1StringView(name)); };
        const auto card = string(o->value(u"card"_s), field("card"), ProgressArchive::maxIdLength);
        if (card && !keyId(*card, field("card")))
            return std::nullopt;
        const auto time = date(o->value(u"time"_s), field("time"), false);
        const auto rating = integer(o->value(u"rating"_s), field("rating"), 1, 4);
        const auto elapsed =
            integer(o->value(u"elapsedDays"_s), field("elapsedDays"), 0, ReviewStore::maxDays);
        const auto scheduled =
            integer(o->value(u"scheduledDays"_s), field("scheduledDays"), 0, ReviewStore::maxDays);
        if (failed())
            return std::nullopt;
        const auto before = state(o->value(u"before"_s), field("before"), false);
        if (!before)
            return std::nullopt;
        ReviewLogEntry e;
        e.cardId = *card;
        e.time = *time;
        e.rating = static_cast<Rating>(*rating);
        e.elapsedDays = *elapsed;
        e.scheduledDays = *scheduled;
        e.before = *before;
        if (const QString problem = ReviewStore::logEntryProblem(e); !problem.isEmpty()) {
            fail(ProgressArchive::tr("%1 is not a consistent review (%2).").arg(where, problem));
            return std::nullopt;
        }
        return e;
    }

private:
    QString m_error;
};

bool readReading(Reader &r, const QJsonObject &root, ProgressArchive::Data &d) {
    const auto reading = r.object(root.value(u"reading"_s), u"reading"_s);
    if (!reading)
        return false;
    const auto read = r.ids(reading->value(u"readChapters"_s), u"reading.readChapters"_s);
    const auto seen = r.ids(reading->value(u"seenSections"_s), u"reading.seenSections"_s);
    const auto last =
        r.string(reading->value(u"lastChapter"_s), u"reading.lastChapter"_s, ProgressArchive::maxIdLength);
    const auto positions = r.object(reading->value(u"positions"_s), u"reading.positions"_s);
    if (r.failed())
        return false;
    d.readChapters = *read;
    d.seenSections = *seen;
    d.lastChapter = *last;
    for (auto it = positions->constBegin(); it != positions->constEnd(); ++it) {
        const QString where =
            u"reading.positions[\"%1\"]"_s.arg(quotedKey(it.key(), ProgressArchive::maxIdLength));
        if (!r.keyId(it.key(), where))
            return false;
        const auto position = r.object(it.value(), where);
        if (!position)
            return false;
        const auto fraction = r.number(position->value(u"fraction"_s), where + u".fraction"_s, 0.0, 1.0);
        const auto section =
            r.string(position->value(u"section"_s), where + u".section"_s, ProgressArchive::maxIdLength);
        if (r.failed())
            return false;
        d.positions.insert(it.key(), {*fraction, *section});
    }
    return true;
}

bool readCards(Reader &r, const QJsonObject &root, ProgressArchive::Data &d) {
    const auto cards = r.object(root.value(u"cards"_s), u"cards"_s);
    if (!cards)
        return false;
    d.cards.reserve(cards->size());
    for (auto it = cards->constBegin(); it != cards->constEnd(); ++it) {
        const QString where = u"cards[\"%1\"]"_s.arg(quotedKey(it.key(), ProgressArchive::maxIdLength));
        if (!r.keyId(it.key(), where))
            return false;
        const auto state = r.state(it.value(), where, true);
        if (!state)
            return false;
        d.cards.insert(it.key(), *state);
    }
    const auto log = r.array(root.value(u"reviewLog"_s), u"reviewLog"_s);
    if (!log)
        return false;
    d.reviewLog.reserve(log->size());
    for (qsizetype i = 0; i < log->size(); ++i) {
        const auto entry = r.logEntry(log->at(i), u"reviewLog[%1]"_s.arg(i));
        if (!entry)
            return false;
        d.reviewLog << *entry;
    }
    return true;
}

bool readChecklist(Reader &r, const QJsonObject &root, ProgressArchive::Data &d) {
    const auto checklist = r.object(root.value(u"checklist"_s), u"checklist"_s);
    if (!checklist)
        return false;
    for (auto it = checklist->constBegin(); it != checklist->constEnd(); ++it) {
        const QString where = u"checklist[\"%1\"]"_s.arg(quotedKey(it.key(), ProgressArchive::maxIdLength));
        if (!r.keyId(it.key(), where))
            return false;
        const auto when = r.date(it.value(), where, true);
        if (!when)
            return false;
        d.checklist.insert(it.key(), *when);
    }
    return true;
}

bool readPractice(Reader &r, const QJsonObject &root, ProgressArchive::Data &d) {
    const auto days = r.array(root.value(u"activityDays"_s), u"activityDays"_s);
    if (!days)
        return false;
    for (qsizetype i = 0; i < days->size(); ++i) {
        const auto day = r.day(days->at(i), u"activityDays[%1]"_s.arg(i));
        if (!day)
            return false;
        d.activityDays << *day;
    }
    std::sort(d.activityDays.begin(), d.activityDays.end());
    d.activityDays.erase(std::unique(d.activityDays.begin(), d.activityDays.end()), d.activityDays.end());

    const auto attempts = r.object(root.value(u"attempts"_s), u"attempts"_s);
    if (!attempts)
        return false;
    for (auto it = attempts->constBegin(); it != attempts->constEnd(); ++it) {
        const QString where = u"attempts[\"%1\"]"_s.arg(quotedKey(it.key(), ProgressArchive::maxIdLength));
        if (!AttemptLog::isStorableId(it.key()))
            return r.fail(ProgressArchive::tr("%1 has an id that cannot be stored.").arg(where));
        const auto list = r.array(it.value(), where);
        if (!list)
            return false;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const auto attempt = r.attempt(list->at(i), it.key(), u"%1[%2]"_s.arg(where).arg(i));
            if (!attempt)
                return false;
            d.attempts << *attempt;
        }
    }
    sortAttempts(d.attempts);
    return true;
}

bool readOther(Reader &r, const QJsonObject &root, ProgressArchive::Data &d) {
    const auto other = r.object(root.value(u"other"_s), u"other"_s);
    if (!other)
        return false;
    for (auto it = other->constBegin(); it != other->constEnd(); ++it) {
        const QString where = u"other[\"%1\"]"_s.arg(quotedKey(it.key(), ProgressArchive::maxOtherKeyLength));
        if (!isValidOtherKey(it.key()))
            return r.fail(ProgressArchive::tr("%1 is not a key that can be imported.").arg(where));
        if (it.value().isArray()) {
            const auto list = r.array(it.value(), where);
            if (!list)
                return false;
            QStringList values;
            for (qsizetype i = 0; i < list->size(); ++i) {
                const auto value = r.string(list->at(i), u"%1[%2]"_s.arg(where).arg(i),
                                            ProgressArchive::maxOtherValueLength);
                if (!value)
                    return false;
                values << *value;
            }
            d.other.insert(it.key(), values);
        } else {
            const auto value = r.string(it.value(), where, ProgressArchive::maxOtherValueLength);
            if (!value)
                return false;
            d.other.insert(it.key(), *value);
        }
    }
    return true;
}

QStringList sortedUnion(const QStringList &a, const QStringList &b) {
    QSet<QString> set(a.cbegin(), a.cend());
    set.unite(QSet<QString>(b.cbegin(), b.cend()));
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

bool ProgressArchive::Data::isEmpty() const {
    return readChapters.isEmpty() && seenSections.isEmpty() && lastChapter.isEmpty() && positions.isEmpty() &&
           cards.isEmpty() && reviewLog.isEmpty() && checklist.isEmpty() && activityDays.isEmpty() &&
           attempts.isEmpty() && other.isEmpty();
}

ProgressArchive::ProgressArchive(AppSettings &settings, Clock clock)
    : m_settings(settings)
    , m_clock(std::move(clock)) {}

bool ProgressArchive::isLocalKey(const QString &key) {
    static const QString practicePrefix = QLatin1StringView(keys::practiceGroup) + u'/';
    return localKeys().contains(key) || key.startsWith(practicePrefix);
}

QStringList ProgressArchive::otherKeys() const {
    QStringList out;
    const QStringList all = m_settings.settings().allKeys();
    for (const QString &key : all) {
        if (!isTypedKey(key) && !isLocalKey(key))
            out << key;
    }
    return out;
}

ProgressArchive::Data ProgressArchive::collect(int *unreadable) const {
    // Exactly what fromJson() accepts is collected, so every export can be imported again; the rest is
    // counted, never silently turned into something else.
    int skipped = 0;
    QSettings &store = m_settings.settings();
    Data d;
    d.settingsVersion = m_settings.value(keys::settingsVersion, 0).toInt();

    const auto ids = [&](const char *key) {
        QStringList list;
        const QStringList stored = m_settings.value(key).toStringList();
        for (const QString &id : stored) {
            if (isValidId(id))
                list << id;
            else
                ++skipped;
        }
        list.removeDuplicates();
        list.sort();
        return list;
    };
    d.readChapters = ids(keys::readChapters);
    d.seenSections = ids(keys::seenSections);
    if (const QString last = m_settings.value(keys::lastChapter).toString(); last.size() <= maxIdLength)
        d.lastChapter = last;
    else
        ++skipped;

    store.beginGroup(QLatin1StringView(keys::positionsGroup));
    const QStringList chapters = store.childGroups();
    store.endGroup();
    for (const QString &chapter : chapters) {
        bool ok = false;
        const double fraction = store.value(positionKey(chapter, "fraction"_L1)).toDouble(&ok);
        const QString section = store.value(positionKey(chapter, "section"_L1)).toString();
        if (ok && isKeyId(chapter) && std::isfinite(fraction) && fraction >= 0.0 && fraction <= 1.0 &&
            section.size() <= maxIdLength)
            d.positions.insert(chapter, {fraction, section});
        else
            ++skipped;
    }

    store.beginGroup(QLatin1StringView(keys::checklistGroup));
    const QStringList items = store.childKeys();
    for (const QString &item : items) {
        if (!isKeyId(item)) {
            ++skipped;
            continue;
        }
        const QDateTime when = QDateTime::fromString(store.value(item).toString(), Qt::ISODateWithMs);
        // As ChecklistProgress reads it: the tick counts even when its date is unusable.
        d.checklist.insert(item, inTimeRange(when) ? when.toUTC() : QDateTime());
    }
    store.endGroup();

    for (const QString &text : m_settings.value(keys::activityDays).toStringList()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (inDayRange(day) && text.size() == 10)
            d.activityDays << day;
        else
            ++skipped;
    }
    std::sort(d.activityDays.begin(), d.activityDays.end());
    d.activityDays.erase(std::unique(d.activityDays.begin(), d.activityDays.end()), d.activityDays.end());

    const AttemptLog attempts(m_settings);
    skipped += int(attempts.loadProblems().size());
    for (const Attempt &attempt : attempts.all()) {
        if (AttemptLog::problem(attempt).isEmpty() && inTimeRange(attempt.startedAt))
            d.attempts << attempt;
        else
            ++skipped;
    }
    sortAttempts(d.attempts);

    const ReviewStore reviews(&store);
    skipped += int(reviews.loadProblems().size());
    d.cards = reviews.allStates();
    d.reviewLog = reviews.log();
    for (ReviewLogEntry &entry : d.reviewLog)
        entry.seq = 0;

    for (const QString &key : otherKeys()) {
        const QVariant value = store.value(key);
        const bool tooLong = [&] {
            if (value.typeId() == QMetaType::QStringList) {
                const QStringList list = value.toStringList();
                return std::any_of(list.cbegin(), list.cend(),
                                   [](const QString &s) { return s.size() > maxOtherValueLength; });
            }
            return value.toString().size() > maxOtherValueLength;
        }();
        // Binary values (saved widget layouts and the like) are not progress anyone could read elsewhere.
        if (!isValidOtherKey(key) || tooLong || value.typeId() == QMetaType::QByteArray ||
            !value.canConvert<QString>()) {
            if (value.typeId() != QMetaType::QByteArray)
                ++skipped;
            continue;
        }
        if (value.typeId() == QMetaType::QStringList)
            d.other.insert(key, value.toStringList());
        else
            d.other.insert(key, value.toString());
    }

    if (skipped > 0)
        qCWarning(lcProgress) << "Export leaves out" << skipped << "unreadable stored values";
    if (unreadable)
        *unreadable = skipped;
    return d;
}

QByteArray ProgressArchive::toJson(const Data &d) const {
    QJsonObject positions;
    for (auto it = d.positions.cbegin(); it != d.positions.cend(); ++it)
        positions.insert(it.key(), QJsonObject{{u"fraction"_s, it->fraction}, {u"section"_s, it->sectionId}});
    const QJsonObject reading{{u"readChapters"_s, stringArray(d.readChapters)},
                              {u"seenSections"_s, stringArray(d.seenSections)},
                              {u"lastChapter"_s, d.lastChapter},
                              {u"positions"_s, positions}};
    QJsonObject cards;
    for (auto it = d.cards.cbegin(); it != d.cards.cend(); ++it)
        cards.insert(it.key(), stateJson(it.value(), true));
    QJsonArray log;
    for (const ReviewLogEntry &e : d.reviewLog)
        log.append(QJsonObject{{u"card"_s, e.cardId},
                               {u"time"_s, dateJson(e.time)},
                               {u"rating"_s, static_cast<int>(e.rating)},
                               {u"elapsedDays"_s, e.elapsedDays},
                               {u"scheduledDays"_s, e.scheduledDays},
                               {u"before"_s, stateJson(e.before, false)}});
    QJsonObject checklist;
    for (auto it = d.checklist.cbegin(); it != d.checklist.cend(); ++it)
        checklist.insert(it.key(), dateJson(it.value()));
    QJsonArray days;
    for (const QDate &day : d.activityDays)
        days.append(day.toString(Qt::ISODate));
    QJsonObject attempts;
    for (const Attempt &attempt : d.attempts) {
        QJsonArray list = attempts.value(attempt.taskId).toArray();
        list.append(AttemptLog::toJson(attempt));
        attempts.insert(attempt.taskId, list);
    }
    QJsonObject other;
    for (auto it = d.other.cbegin(); it != d.other.cend(); ++it)
        other.insert(it.key(), it->typeId() == QMetaType::QStringList
                                   ? QJsonValue(stringArray(it->toStringList()))
                                   : QJsonValue(it->toString()));
    const QJsonObject root{{u"format"_s, QString(kFormat)},
                           {u"version"_s, formatVersion},
                           {u"exportedAt"_s, dateJson(m_clock())},
                           {u"generator"_s, QString(u"GoPrep "_s + QStringLiteral(GOPREP_VERSION))},
                           {u"settingsVersion"_s, d.settingsVersion},
                           {u"reading"_s, reading},
                           {u"cards"_s, cards},
                           {u"reviewLog"_s, log},
                           {u"checklist"_s, checklist},
                           {u"activityDays"_s, days},
                           {u"attempts"_s, attempts},
                           {u"other"_s, other}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<ProgressArchive::Data> ProgressArchive::fromJson(const QByteArray &json, QString *error) {
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.size() > maxFileBytes)
        return refuse(tr("The file is larger than %1 MB, so it is not a GoPrep progress file.")
                          .arg(maxFileBytes / (1024 * 1024)));
    if (json.trimmed().isEmpty())
        return refuse(tr("The file is empty."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The file is not valid JSON (%1 at byte %2); it may be damaged or incomplete.")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"format"_s).toString() != kFormat)
        return refuse(tr("The file is not a GoPrep progress file."));
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return refuse(tr("The file has no valid format version."));
    if (version.toDouble() > formatVersion)
        return refuse(tr("The file was written by a newer GoPrep (format version %1); update GoPrep to "
                         "import it.")
                          .arg(version.toDouble()));

    Reader r;
    Data d;
    const auto settingsVersion =
        r.integer(root.value(u"settingsVersion"_s), u"settingsVersion"_s, 0, 1'000'000);
    if (settingsVersion && *settingsVersion > AppSettings::currentVersion)
        return refuse(tr("The file was written by a newer GoPrep (settings version %1); update GoPrep to "
                         "import it.")
                          .arg(*settingsVersion));
    const auto exportedAt = r.date(root.value(u"exportedAt"_s), u"exportedAt"_s, false);
    if (!r.failed()) {
        d.settingsVersion = int(*settingsVersion);
        d.exportedAt = *exportedAt;
    }
    if (r.failed() || !readReading(r, root, d) || !readCards(r, root, d) || !readChecklist(r, root, d) ||
        !readPractice(r, root, d) || !readOther(r, root, d))
        return refuse(tr("The file cannot be imported: %1").arg(r.error()));
    return d;
}

std::optional<ProgressArchive::Data> ProgressArchive::read(const QString &path, QString *error) {
    QFile file(path);
    if (file.size() > maxFileBytes) {
        if (error)
            *error = tr("The file is larger than %1 MB, so it is not a GoPrep progress file.")
                         .arg(maxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return fromJson(file.read(maxFileBytes + 1), error);
}

QString ProgressArchive::exportTo(const QString &path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(collect())) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString ProgressArchive::backupDirectory() const {
    return QFileInfo(m_settings.fileName()).absolutePath();
}

QStringList ProgressArchive::backups() const {
    const QDir dir(backupDirectory());
    const QString pattern = QFileInfo(m_settings.fileName()).completeBaseName() + u"-backup-*.json"_s;
    QStringList paths;
    // The names hold the UTC time and a zero-padded counter, so name order is time order.
    const QStringList names = dir.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        paths << dir.absoluteFilePath(name);
    return paths;
}

QString ProgressArchive::writeBackup(QString *error) const {
    const QDir dir(backupDirectory());
    const QString stem = QFileInfo(m_settings.fileName()).completeBaseName() + u"-backup-"_s +
                         m_clock().toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    QString path = dir.absoluteFilePath(stem + u".json"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.absoluteFilePath(u"%1_%2.json"_s.arg(stem).arg(n, 3, 10, QChar(u'0')));
    if (const QString problem = exportTo(path); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    return path;
}

ProgressArchive::Data ProgressArchive::merged(const Data &local, const Data &incoming) {
    Data d = local;
    d.readChapters = sortedUnion(local.readChapters, incoming.readChapters);
    d.seenSections = sortedUnion(local.seenSections, incoming.seenSections);
    if (d.lastChapter.isEmpty())
        d.lastChapter = incoming.lastChapter;
    // Where this machine was reading, it keeps reading.
    for (auto it = incoming.positions.cbegin(); it != incoming.positions.cend(); ++it) {
        if (!d.positions.contains(it.key()))
            d.positions.insert(it.key(), it.value());
    }
    // Per card, the state with the newer last review wins; a tie keeps this machine's.
    for (auto it = incoming.cards.cbegin(); it != incoming.cards.cend(); ++it) {
        const auto mine = d.cards.constFind(it.key());
        const bool newer =
            mine == d.cards.cend() ||
            (it->lastReview.isValid() && (!mine->lastReview.isValid() || it->lastReview > mine->lastReview));
        if (newer)
            d.cards.insert(it.key(), it.value());
    }
    // Both histories, each answer once (same card, time and rating), in time order.
    const auto answerKey = [](const ReviewLogEntry &e) {
        return e.cardId + u'\n' + QString::number(e.time.toMSecsSinceEpoch()) + u'\n' +
               QString::number(static_cast<int>(e.rating));
    };
    QSet<QString> seen;
    for (const ReviewLogEntry &e : std::as_const(d.reviewLog))
        seen.insert(answerKey(e));
    for (const ReviewLogEntry &e : incoming.reviewLog) {
        if (!seen.contains(answerKey(e))) {
            seen.insert(answerKey(e));
            d.reviewLog << e;
        }
    }
    std::stable_sort(d.reviewLog.begin(), d.reviewLog.end(),
                     [](const ReviewLogEntry &a, const ReviewLogEntry &b) { return a.time < b.time; });
    // A tick keeps its earliest known date.
    for (auto it = incoming.checklist.cbegin(); it != incoming.checklist.cend(); ++it) {
        const auto mine = d.checklist.constFind(it.key());
        if (mine == d.checklist.cend() || (it->isValid() && (!mine->isValid() || *it < *mine)))
            d.checklist.insert(it.key(), it.value());
    }
    // Study days and attempts from both; an attempt (task and start time) counts once.
    d.activityDays << incoming.activityDays;
    std::sort(d.activityDays.begin(), d.activityDays.end());
    d.activityDays.erase(std::unique(d.activityDays.begin(), d.activityDays.end()), d.activityDays.end());
    QSet<QString> attempted;
    const auto attemptKey = [](const Attempt &a) {
        return a.taskId + u'\n' + QString::number(a.startedAt.toMSecsSinceEpoch());
    };
    for (const Attempt &a : std::as_const(d.attempts))
        attempted.insert(attemptKey(a));
    for (const Attempt &a : incoming.attempts) {
        if (!attempted.contains(attemptKey(a))) {
            attempted.insert(attemptKey(a));
            d.attempts << a;
        }
    }
    sortAttempts(d.attempts);
    for (auto it = incoming.other.cbegin(); it != incoming.other.cend(); ++it) {
        if (!d.other.contains(it.key()))
            d.other.insert(it.key(), it.value());
    }
    return d;
}

void ProgressArchive::write(const Data &d) {
    QSettings &store = m_settings.settings();
    for (const QString &key : otherKeys())
        store.remove(key);
    for (const char *key : {keys::readChapters, keys::seenSections, keys::lastChapter, keys::positionsGroup,
                            keys::checklistGroup, keys::activityDays})
        store.remove(QLatin1StringView(key));
    if (!d.readChapters.isEmpty())
        store.setValue(QLatin1StringView(keys::readChapters), d.readChapters);
    if (!d.seenSections.isEmpty())
        store.setValue(QLatin1StringView(keys::seenSections), d.seenSections);
    if (!d.lastChapter.isEmpty())
        store.setValue(QLatin1StringView(keys::lastChapter), d.lastChapter);
    for (auto it = d.positions.cbegin(); it != d.positions.cend(); ++it) {
        store.setValue(positionKey(it.key(), "fraction"_L1), it->fraction);
        store.setValue(positionKey(it.key(), "section"_L1), it->sectionId);
    }
    for (auto it = d.checklist.cbegin(); it != d.checklist.cend(); ++it)
        store.setValue(checklistKey(it.key()),
                       it->isValid() ? it->toUTC().toString(Qt::ISODateWithMs) : u"checked"_s);
    if (!d.activityDays.isEmpty()) {
        QStringList days;
        for (const QDate &day : d.activityDays)
            days << day.toString(Qt::ISODate);
        store.setValue(QLatin1StringView(keys::activityDays), days);
    }
    AttemptLog::writeAll(m_settings, d.attempts);
    for (auto it = d.other.cbegin(); it != d.other.cend(); ++it)
        store.setValue(it.key(), it.value());
    // Cards and log last: the review store syncs once, so the whole import reaches the disk in one write.
    ReviewStore reviews(&store);
    if (!reviews.replaceAll(d.cards, d.reviewLog)) {
        // Unreachable for data from fromJson(), which applies the same checks; still never half-written.
        qCWarning(lcProgress) << "Import refused by the review store; writing the rest anyway";
        store.sync();
    }
}

QString ProgressArchive::apply(const Data &incoming, Mode mode, QString *backupPath) {
    QString problem;
    const QString backup = writeBackup(&problem);
    if (backup.isEmpty())
        return tr("No backup of the current progress could be written, so nothing was changed: %1")
            .arg(problem);
    if (backupPath)
        *backupPath = backup;
    write(mode == Mode::Replace ? incoming : merged(collect(), incoming));
    if (m_settings.settings().status() != QSettings::NoError)
        return tr("The settings file %1 could not be written.")
            .arg(QDir::toNativeSeparators(m_settings.fileName()));
    qCInfo(lcProgress) << "Progress" << (mode == Mode::Replace ? "replaced" : "merged") << "; backup in"
                       << backup;
    return {};
}

QString ProgressArchive::importFile(const QString &path, Mode mode, QString *backupPath) {
    QString error;
    const auto data = read(path, &error);
    return data ? apply(*data, mode, backupPath) : error;
}

QString ProgressArchive::resetAll(QString *backupPath) {
    return apply(Data{}, Mode::Replace, backupPath);
}

} // namespace goprep::core
