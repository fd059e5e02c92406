// SPDX-License-Identifier: GPL-3.0-or-later
#include "attemptlog.h"
#include "appsettings.h"
#include "guide.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

constexpr int kSeqWidth = 6; // keeps the INI file in attempt order
constexpr qint64 kMaxSecs = 366LL * 24 * 3600;
constexpr int kMaxMinutes = 24 * 60;
constexpr qsizetype kMaxNote = 100'000;

QString attemptKey(const QString &taskId, int seq) {
    return QLatin1StringView(keys::attemptsGroup) + u'/' + taskId + u'/' +
           QString::number(seq).rightJustified(kSeqWidth, u'0');
}

QString encode(const Attempt &a) {
    return QString::fromUtf8(QJsonDocument(AttemptLog::toJson(a)).toJson(QJsonDocument::Compact));
}

// Returns why the text is not a usable attempt, or an empty string.
QString decode(const QString &text, Attempt &out) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return u"not a JSON object"_s;
    return AttemptLog::fromJson(doc.object(), out);
}

} // namespace

QJsonObject AttemptLog::toJson(const Attempt &a) {
    QJsonArray done;
    for (int index : a.requirementsDone)
        done.append(index);
    return QJsonObject{
        {u"started"_s, a.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"usedSecs"_s, a.usedSecs},
        {u"minutes"_s, a.minutes},
        {u"rating"_s, ratingName(a.rating)},
        {u"note"_s, a.note},
        {u"requirementsDone"_s, done},
    };
}

QString AttemptLog::fromJson(const QJsonObject &o, Attempt &out) {
    const QDateTime started = QDateTime::fromString(o.value(u"started"_s).toString(), Qt::ISODateWithMs);
    if (!started.isValid())
        return u"bad start time"_s;
    const double used = o.value(u"usedSecs"_s).toDouble(-1);
    if (used < 0 || used > double(kMaxSecs))
        return u"bad time used"_s;
    const int minutes = o.value(u"minutes"_s).toInt(-1);
    if (minutes < 1 || minutes > kMaxMinutes)
        return u"bad time box"_s;
    const auto rating = ratingFromName(o.value(u"rating"_s).toString());
    if (!rating)
        return u"bad rating"_s;
    const QJsonValue note = o.value(u"note"_s);
    if (!note.isUndefined() && !note.isString())
        return u"bad note"_s;
    QList<int> done;
    for (const QJsonValue &value : o.value(u"requirementsDone"_s).toArray()) {
        const int index = value.toInt(-1);
        if (index < 0 || index > 1000)
            return u"bad requirement index"_s;
        done << index;
    }
    std::sort(done.begin(), done.end());
    done.erase(std::unique(done.begin(), done.end()), done.end());
    out.startedAt = started.toUTC();
    out.usedSecs = qint64(used);
    out.minutes = minutes;
    out.rating = *rating;
    out.note = note.toString();
    out.requirementsDone = done;
    return {};
}

QString AttemptLog::problem(const Attempt &a) {
    if (!isStorableId(a.taskId))
        return u"bad task id"_s;
    if (!a.startedAt.isValid())
        return u"bad start time"_s;
    if (a.usedSecs < 0 || a.usedSecs > kMaxSecs)
        return u"bad time used"_s;
    if (a.minutes < 1 || a.minutes > kMaxMinutes)
        return u"bad time box"_s;
    if (a.note.size() > kMaxNote)
        return u"note too long"_s;
    if (std::any_of(a.requirementsDone.cbegin(), a.requirementsDone.cend(),
                    [](int index) { return index < 0 || index > 1000; }))
        return u"bad requirement index"_s;
    return {};
}

void AttemptLog::writeAll(AppSettings &settings, const QList<Attempt> &attempts) {
    QSettings &store = settings.settings();
    store.remove(QLatin1StringView(keys::attemptsGroup));
    QHash<QString, int> seq;
    for (const Attempt &attempt : attempts) {
        if (!problem(attempt).isEmpty())
            continue;
        const int next = ++seq[attempt.taskId];
        store.setValue(attemptKey(attempt.taskId, next), encode(attempt));
    }
}

void AttemptLog::reload() {
    m_attempts.clear();
    m_nextSeq.clear();
    m_loadProblems.clear();
    load();
    Q_EMIT changed(QString());
}

AttemptLog::AttemptLog(AppSettings &settings, const Guide *guide, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_guide(guide) {
    load();
}

QString AttemptLog::ratingName(AttemptRating rating) {
    switch (rating) {
    case AttemptRating::Solved:
        return u"solved"_s;
    case AttemptRating::Partly:
        return u"partly"_s;
    case AttemptRating::NotYet:
        break;
    }
    return u"not-yet"_s;
}

std::optional<AttemptRating> AttemptLog::ratingFromName(const QString &name) {
    for (const auto rating : {AttemptRating::NotYet, AttemptRating::Partly, AttemptRating::Solved}) {
        if (ratingName(rating) == name)
            return rating;
    }
    return std::nullopt;
}

bool AttemptLog::isStorableId(const QString &taskId) {
    // '/' and '\' would nest QSettings groups.
    return !taskId.isEmpty() && taskId.size() <= 200 && !taskId.contains(u'/') && !taskId.contains(u'\\') &&
           taskId.trimmed() == taskId;
}

void AttemptLog::load() {
    QSettings &store = m_settings.settings();
    store.beginGroup(QLatin1StringView(keys::attemptsGroup));
    const QStringList tasks = store.childGroups();
    QHash<QString, QStringList> readableKeys; // as stored, however their numbers are written
    for (const QString &taskId : tasks) {
        store.beginGroup(taskId);
        const QStringList seqs = store.childKeys();
        QList<std::pair<int, Attempt>> loaded;
        for (const QString &key : seqs) {
            bool ok = false;
            const int seq = key.toInt(&ok);
            const QString where = QLatin1StringView(keys::attemptsGroup) + u'/' + taskId + u'/' + key;
            if (!ok || seq <= 0) {
                m_loadProblems << where + u": bad sequence number"_s;
                continue;
            }
            m_nextSeq[taskId] = std::max(m_nextSeq.value(taskId, 1), seq + 1);
            Attempt attempt;
            if (const QString problem = decode(store.value(key).toString(), attempt); !problem.isEmpty()) {
                m_loadProblems << where + u": "_s + problem;
                continue;
            }
            attempt.taskId = taskId;
            loaded.append({seq, attempt});
            readableKeys[taskId] << where;
        }
        store.endGroup();
        // Oldest first: by start time, then by the order they were stored (attempts moved here from a renamed
        // task carry later numbers than the ones they preceded).
        std::sort(loaded.begin(), loaded.end(), [](const auto &a, const auto &b) {
            return std::pair(a.second.startedAt, a.first) < std::pair(b.second.startedAt, b.first);
        });
        QList<Attempt> &list = m_attempts[taskId];
        for (const auto &entry : std::as_const(loaded))
            list << entry.second;
        if (list.isEmpty())
            m_attempts.remove(taskId);
    }
    store.endGroup();
    for (const QString &problem : std::as_const(m_loadProblems))
        qCWarning(lcProgress).noquote() << "Ignoring stored attempt" << problem;
    if (m_guide)
        followRenames(readableKeys);
}

void AttemptLog::followRenames(const QHash<QString, QStringList> &readableKeys) {
    QSettings &store = m_settings.settings();
    bool moved = false;
    for (auto it = readableKeys.cbegin(); it != readableKeys.cend(); ++it) {
        const QString &oldId = it.key();
        const QString newId = m_guide->currentId(oldId);
        if (newId == oldId || !isStorableId(newId))
            continue;
        // Only the readable entries move; an unreadable one stays where it is, reported, for a later version.
        QList<Attempt> attempts = m_attempts.take(oldId);
        for (const QString &key : it.value())
            store.remove(key);
        for (Attempt &attempt : attempts) {
            attempt.taskId = newId;
            const int seq = m_nextSeq.value(newId, 1);
            m_nextSeq[newId] = seq + 1;
            store.setValue(attemptKey(newId, seq), encode(attempt));
        }
        QList<Attempt> &list = m_attempts[newId];
        list << attempts;
        std::stable_sort(list.begin(), list.end(),
                         [](const Attempt &a, const Attempt &b) { return a.startedAt < b.startedAt; });
        moved = true;
    }
    if (moved)
        m_settings.sync(); // all moves in one sync
}

QList<Attempt> AttemptLog::all() const {
    QList<Attempt> list;
    for (const QList<Attempt> &attempts : m_attempts)
        list << attempts;
    std::sort(list.begin(), list.end(),
              [](const Attempt &a, const Attempt &b) { return a.startedAt < b.startedAt; });
    return list;
}

std::optional<AttemptRating> AttemptLog::bestRating(const QString &taskId) const {
    std::optional<AttemptRating> best;
    for (const Attempt &attempt : m_attempts.value(taskId)) {
        if (!best || int(attempt.rating) > int(*best))
            best = attempt.rating;
    }
    return best;
}

bool AttemptLog::append(const Attempt &attempt) {
    if (!isStorableId(attempt.taskId) || !attempt.startedAt.isValid())
        return false;
    Attempt stored = attempt;
    stored.startedAt = attempt.startedAt.toUTC();
    stored.usedSecs = std::clamp<qint64>(attempt.usedSecs, 0, kMaxSecs);
    stored.minutes = std::clamp(attempt.minutes, 1, kMaxMinutes);
    stored.note = attempt.note.left(kMaxNote);
    std::sort(stored.requirementsDone.begin(), stored.requirementsDone.end());
    const int seq = m_nextSeq.value(stored.taskId, 1);
    m_nextSeq[stored.taskId] = seq + 1;
    QSettings &store = m_settings.settings();
    store.setValue(attemptKey(stored.taskId, seq), encode(stored));
    m_settings.sync(); // reports a failed write
    m_attempts[stored.taskId] << stored;
    Q_EMIT changed(stored.taskId);
    return true;
}

} // namespace goprep::core
