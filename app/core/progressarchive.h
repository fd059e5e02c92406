// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptlog.h"
#include "reviewstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace goprep::core {

class AppSettings;

// All progress of one settings file as one versioned JSON document, for moving between machines and for
// backups. Reading a file validates all of it before anything is changed; a file that is malformed,
// truncated, too large or from a newer GoPrep is refused with one line for the user.
//
// What is progress: the reading state, card states with the whole review log, checklist ticks, study days,
// finished coding-task attempts, and every key this class does not know that is not a known local key (so a
// group added later travels along before it gets a typed section of its own). Local keys stay with the
// machine: window layout, appearance, study and language preferences, and a coding-task attempt in
// progress.
class ProgressArchive final {
    Q_DECLARE_TR_FUNCTIONS(ProgressArchive)
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int formatVersion = 1;
    // Limits that keep a hostile file from exhausting memory; a real one is far below each.
    static constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;
    static constexpr qsizetype maxIdLength = 200;
    static constexpr qsizetype maxOtherKeyLength = 500;
    static constexpr qsizetype maxOtherValueLength = 1024 * 1024;
    static constexpr qsizetype maxEntries = 2'000'000; // per section

    enum class Mode {
        Merge,  // per card the state with the newer last review, logs and ticks united
        Replace // exactly the file's progress; a backup of the previous progress is written first
    };

    struct Position {
        double fraction = 0.0; // 0..1
        QString sectionId;
        friend bool operator==(const Position &, const Position &) = default;
    };

    struct Data {
        int settingsVersion = 0;
        QDateTime exportedAt; // set when read from a file
        QStringList readChapters;
        QStringList seenSections;
        QString lastChapter;
        QMap<QString, Position> positions;  // chapter id -> where the reader was
        QHash<QString, CardState> cards;    // ids not in the guide are kept
        QList<ReviewLogEntry> reviewLog;    // in answer order; `seq` is not part of the archive
        QMap<QString, QDateTime> checklist; // item id -> tick time (invalid when unknown)
        QList<QDate> activityDays;          // study days with reading or ticks, ascending
        QList<Attempt> attempts;            // finished coding-task attempts, by task id, then oldest first
        QMap<QString, QVariant> other;      // settings key -> QString or QStringList

        bool isEmpty() const;
        friend bool operator==(const Data &, const Data &) = default;
    };

    ProgressArchive(AppSettings &settings, Clock clock);
    Q_DISABLE_COPY_MOVE(ProgressArchive)

    // The progress now in the settings file. Stored values the review store cannot read are left out and
    // counted in `unreadable`.
    Data collect(int *unreadable = nullptr) const;

    QByteArray toJson(const Data &data) const;
    // nullopt with a one-line `error` for anything but a complete, valid archive of a known version.
    static std::optional<Data> fromJson(const QByteArray &json, QString *error);

    // Writes the current progress to `path` atomically; returns an error line or an empty string.
    QString exportTo(const QString &path) const;
    // Reads and validates a file; changes nothing.
    static std::optional<Data> read(const QString &path, QString *error);
    // Applies validated data. A backup of the current progress is written first (also before a merge, which
    // replaces older card states); if that fails nothing changes. Returns an error line or an empty string.
    QString apply(const Data &incoming, Mode mode, QString *backupPath = nullptr);
    // read() then apply(): the settings are untouched unless the whole file is valid.
    QString importFile(const QString &path, Mode mode, QString *backupPath = nullptr);
    // Clears all progress, after a backup; preferences stay.
    QString resetAll(QString *backupPath = nullptr);

    static Data merged(const Data &local, const Data &incoming);

    // Backups are `<settings file name>-backup-<UTC time>.json` beside the settings file, newest first.
    QString backupDirectory() const;
    QStringList backups() const;
    QString writeBackup(QString *error) const;

    // The settings keys that belong to this machine (preferences, the attempt in progress): never exported
    // nor touched by an import or reset.
    static bool isLocalKey(const QString &key);

private:
    void write(const Data &data);
    QStringList otherKeys() const;

    AppSettings &m_settings;
    Clock m_clock;
};

} // namespace goprep::core
