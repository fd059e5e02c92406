// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"
#include "reviewlogentry.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace goprep::core {

// One line of the journal: an answer (or another log entry), or a tombstone that takes an earlier entry back.
// Either may carry the card's state after it, which the settings file catches up with later.
struct ReviewJournalRecord {
    enum class Kind { Entry, Undo };

    Kind kind = Kind::Entry;
    qint64 seq = 0;       // unique, increasing over the file; an entry's seq is its ReviewLogEntry::seq
    ReviewLogEntry entry; // Entry only
    qint64 undoneSeq = 0; // Undo only: the entry taken back
    std::optional<CardState> state; // the card's state once this record is applied, when it changes it

    friend bool operator==(const ReviewJournalRecord &, const ReviewJournalRecord &) = default;
};

// The review log as an append-only text file beside the settings file, so an answer costs one small append
// and one data sync instead of rewriting the whole settings file. Format (UTF-8, one record a line):
//
//   goprep-reviewlog 1
//   e;<seq>;<the 13 entry fields of reviewcodec>[;<the 9 state fields of the card after the answer>]
//   u;<seq>;<seq of the entry taken back>[;<the 9 state fields of the card after the undo>]
//
// A crash can only leave a partial last line; that line, and any other that cannot be read, is skipped and
// reported, never fatal. A file that is not a journal at all is kept as a copy beside it.
class ReviewJournal final {
public:
    struct Contents {
        QList<ReviewJournalRecord> records; // in file order
        QStringList problems;               // one line per line that could not be read (capped)
        qint64 highestSeq = 0;              // over every line with a readable sequence number, good or not
    };

    // The journal of a settings file: `<directory>/<base name>.reviewlog`, e.g. goprep.ini ->
    // goprep.reviewlog.
    static QString pathFor(const QString &settingsFileName);

    explicit ReviewJournal(const QString &path);
    Q_DISABLE_COPY_MOVE(ReviewJournal)

    QString path() const { return m_path; }
    bool exists() const;

    // Reads every record. A file that does not start with the header is copied aside (its path is in the
    // problems) and the journal starts afresh.
    Contents read();
    // Appends the records, then flushes and syncs the file's data to disk before returning: when this returns
    // true, a crash or power loss no longer loses them. On failure nothing is counted as written, and a
    // partial line is cut off again where possible.
    bool append(const QList<ReviewJournalRecord> &records);
    // Replaces the whole file atomically (written beside, synced, renamed over).
    bool replace(const QList<ReviewJournalRecord> &records);

    // The call that forces appended data to disk (fdatasync() on Linux). Tests replace it to watch it run, or
    // to make it fail; nullptr puts the real one back.
    using SyncFunction = bool (*)(int fd);
    static void setSyncFunction(SyncFunction sync);

    // Bytes in the file after the last read, append or replace by this object; -1 before any.
    qint64 size() const { return m_size; }
    QString errorString() const { return m_error; }
    // Successful data syncs since construction (each append or replace syncs once).
    int syncCount() const { return m_syncCount; }

    static QByteArray encode(const ReviewJournalRecord &record);
    // nullopt with `problem` set when the line is not a record.
    static std::optional<ReviewJournalRecord> decode(QByteArrayView line, QString *problem);

    static constexpr QByteArrayView header = "goprep-reviewlog 1";

private:
    static std::optional<ReviewJournalRecord> decode(QByteArrayView line, QString *problem,
                                                     QHash<QByteArrayView, QString> *ids);
    bool fail(const QString &error);

    QString m_path;
    QString m_error;
    int m_syncCount = 0;
    qint64 m_size = -1;
    bool m_unusable = false; // unreadable and could not be set aside: never write into it
};

} // namespace goprep::core
