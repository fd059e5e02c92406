// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace goprep::core {

class AppSettings;
class Guide;

// The user's own verdict on an attempt. Persisted by name; the numeric order means "better than".
enum class AttemptRating { NotYet = 0, Partly = 1, Solved = 2 };

// One finished, timed attempt at a coding task.
struct Attempt {
    QString taskId;
    QDateTime startedAt; // UTC
    qint64 usedSecs = 0; // time on the clock, pauses excluded; may exceed the time box
    int minutes = 0;     // the time box the attempt was started with
    AttemptRating rating = AttemptRating::NotYet;
    QString note;                // the user's own text, never interpreted as markup
    QList<int> requirementsDone; // indices into the task's requirements, ascending

    friend bool operator==(const Attempt &, const Attempt &) = default;
};

// Every finished attempt per task, stored as attempts/<task id>/<sequence number> with one JSON object per
// attempt and synced at once. Entries that cannot be read are reported and left untouched in the file.
class AttemptLog final : public QObject {
    Q_OBJECT
public:
    // With a guide, attempts stored under a task id it renamed (content/renames.txt) move to the new id.
    explicit AttemptLog(AppSettings &settings, const Guide *guide = nullptr, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AttemptLog)

    // Oldest first.
    QList<Attempt> attempts(const QString &taskId) const { return m_attempts.value(taskId); }
    QList<Attempt> all() const;
    std::optional<AttemptRating> bestRating(const QString &taskId) const;
    // False (and nothing stored) for an id that cannot be a settings key or an attempt without a start time.
    bool append(const Attempt &attempt);
    QStringList loadProblems() const { return m_loadProblems; }
    // Reads everything again after another writer (an import) changed the settings; announces every task
    // with an empty id.
    void reload();

    // Replaces every stored attempt with `attempts` (renumbered per task in the given order) without syncing:
    // an import writes all progress and syncs once. Entries must pass problem(). An AttemptLog on the same
    // settings must reload() afterwards.
    static void writeAll(AppSettings &settings, const QList<Attempt> &attempts);

    // The stored form of one attempt, also used by progress export; fromJson returns why an object is not a
    // usable attempt, or an empty string (taskId is left to the caller).
    static QJsonObject toJson(const Attempt &attempt);
    static QString fromJson(const QJsonObject &object, Attempt &out);
    // Why an attempt could not be stored as it is; empty when it can.
    static QString problem(const Attempt &attempt);

    static QString ratingName(AttemptRating rating);
    static std::optional<AttemptRating> ratingFromName(const QString &name);
    static bool isStorableId(const QString &taskId);

Q_SIGNALS:
    void changed(const QString &taskId);

private:
    void load();
    void followRenames(const QHash<QString, QStringList> &readableKeys);

    AppSettings &m_settings;
    const Guide *m_guide = nullptr;
    QHash<QString, QList<Attempt>> m_attempts;
    QHash<QString, int> m_nextSeq; // per task; skips numbers held by unreadable entries
    QStringList m_loadProblems;
};

} // namespace goprep::core
