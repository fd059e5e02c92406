// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewjournal.h"
#include "appsettings.h"
#include "reviewcodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

constexpr qsizetype kMaxReportedLines = 200;
// Ends a line a crash cut short, once a later append needs the line end: no record can end in it.
constexpr QByteArrayView cutOffMark = ";(cut off)";
constexpr qsizetype kMaxFields = 2 + reviewcodec::entryFieldCount + reviewcodec::stateFieldCount;

// Forces the file's data (and the metadata needed to read it back, such as its size) to the disk.
bool syncData(int fd) {
#if defined(Q_OS_LINUX)
    return ::fdatasync(fd) == 0;
#elif defined(Q_OS_DARWIN)
    return ::fcntl(fd, F_FULLFSYNC) == 0; // fsync() alone stops at the drive's cache on macOS
#elif defined(Q_OS_WIN)
    return ::_commit(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

ReviewJournal::SyncFunction g_sync = &syncData;

// A new file's name lives in its directory: sync that too, or a crash may lose the whole file.
void syncDirectory(const QString &filePath) {
#if !defined(Q_OS_WIN)
    const QByteArray dir = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(filePath);                   // NTFS journals the directory entry with the file
#endif
}

QByteArray number(qint64 value) {
    return QByteArray::number(value);
}

} // namespace

QString ReviewJournal::pathFor(const QString &settingsFileName) {
    const QFileInfo info(settingsFileName);
    const QString path = info.dir().filePath(info.completeBaseName() + u".reviewlog"_s);
    return path == info.filePath() ? path + u".reviewlog"_s : path;
}

void ReviewJournal::setSyncFunction(SyncFunction sync) {
    g_sync = sync ? sync : &syncData;
}

ReviewJournal::ReviewJournal(const QString &path)
    : m_path(path) {}

bool ReviewJournal::exists() const {
    return QFileInfo::exists(m_path);
}

bool ReviewJournal::fail(const QString &error) {
    m_error = error;
    return false;
}

QByteArray ReviewJournal::encode(const ReviewJournalRecord &r) {
    QByteArray line;
    if (r.kind == ReviewJournalRecord::Kind::Entry) {
        line = "e;" + number(r.seq) + reviewcodec::separator + reviewcodec::encodeEntry(r.entry);
    } else {
        line = "u;" + number(r.seq) + reviewcodec::separator + number(r.undoneSeq);
    }
    if (r.state)
        line += reviewcodec::separator + reviewcodec::encodeState(*r.state);
    return line;
}

std::optional<ReviewJournalRecord> ReviewJournal::decode(QByteArrayView line, QString *problem) {
    return decode(line, problem, nullptr);
}

std::optional<ReviewJournalRecord> ReviewJournal::decode(QByteArrayView line, QString *problem,
                                                         QHash<QByteArrayView, QString> *ids) {
    const auto failed = [problem](const QString &why) -> std::optional<ReviewJournalRecord> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QByteArrayView f[kMaxFields];
    const qsizetype n = reviewcodec::split(line, f, kMaxFields);
    ReviewJournalRecord r;
    if (n < 2 || !reviewcodec::parseSeq(f[1], r.seq))
        return failed(u"bad sequence number"_s);
    qsizetype stateAt = 0;
    if (f[0] == "e") {
        constexpr qsizetype plain = 2 + reviewcodec::entryFieldCount;
        if (n != plain && n != plain + reviewcodec::stateFieldCount)
            return failed(u"wrong number of fields"_s);
        if (const QString why = reviewcodec::decodeEntryFields(f + 2, r.entry, ids); !why.isEmpty())
            return failed(why);
        r.entry.seq = r.seq;
        stateAt = n > plain ? plain : 0;
    } else if (f[0] == "u") {
        constexpr qsizetype plain = 3;
        r.kind = ReviewJournalRecord::Kind::Undo;
        if (n != plain && n != plain + reviewcodec::stateFieldCount)
            return failed(u"wrong number of fields"_s);
        if (!reviewcodec::parseSeq(f[2], r.undoneSeq) || r.undoneSeq >= r.seq)
            return failed(u"bad sequence number of the undone entry"_s);
        stateAt = n > plain ? plain : 0;
    } else {
        return failed(u"unknown kind of record"_s);
    }
    if (stateAt > 0) {
        CardState state;
        if (const QString why = reviewcodec::decodeStateFields(f + stateAt, state); !why.isEmpty())
            return failed(u"state after: "_s + why);
        r.state = state;
    }
    return r;
}

ReviewJournal::Contents ReviewJournal::read() {
    Contents contents;
    QFile file(m_path);
    if (!file.exists()) {
        m_size = 0;
        return contents;
    }
    const QString name = QFileInfo(m_path).fileName();
    if (!QFileInfo(m_path).isFile()) {
        // A directory, a device or a pipe: reading could block or never end, and writing would go astray.
        contents.problems << u"%1: not a regular file; left untouched"_s.arg(name);
        m_unusable = true;
        return contents;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        contents.problems << u"%1: could not be read (%2)"_s.arg(name, file.errorString());
        return contents;
    }
    const QByteArray data = file.readAll();
    file.close();
    m_size = data.size();
    if (data.isEmpty())
        return contents;

    qsizetype pos = data.indexOf('\n');
    QByteArrayView first = QByteArrayView(data).first(pos < 0 ? data.size() : pos);
    if (first.endsWith('\r'))
        first.chop(1);
    if (first != header) {
        // Not written by us, or cut off within its first line: nothing in it can be trusted as a record.
        const QString copy = AppSettings::keepCopy(m_path);
        if (copy.isEmpty()) {
            contents.problems << u"%1: not a review journal, and no copy could be kept; left untouched"_s.arg(
                name);
            m_unusable = true;
            return contents;
        }
        contents.problems << u"%1: not a review journal; kept as %2 and started afresh"_s.arg(
            name, QDir::toNativeSeparators(copy));
        if (!replace({})) {
            contents.problems << u"%1: could not start afresh (%2)"_s.arg(name, m_error);
            m_unusable = true;
        }
        return contents;
    }

    qsizetype lineNumber = 1;
    qsizetype unreported = 0;
    pos = pos < 0 ? data.size() : pos + 1;
    contents.records.reserve(data.size() / 100);
    QHash<QByteArrayView, QString> ids; // views into `data`, which outlives it
    while (pos < data.size()) {
        ++lineNumber;
        const qsizetype end = data.indexOf('\n', pos);
        const bool complete = end >= 0;
        QByteArrayView line = QByteArrayView(data).sliced(pos, (complete ? end : data.size()) - pos);
        pos = complete ? end + 1 : data.size();
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        QString problem;
        std::optional<ReviewJournalRecord> record;
        if (line.endsWith(cutOffMark)) {
            // Marked by the append after it: the program stopped while writing it.
            problem = u"incomplete line"_s;
        } else if (!complete) {
            // Without its line end, the last line is being written, or was cut off: even when it parses, a
            // number in it may be short of digits.
            problem = u"incomplete last line"_s;
        } else {
            record = decode(line, &problem, &ids);
        }
        if (record) {
            contents.highestSeq = std::max(contents.highestSeq, record->seq);
            contents.records.append(std::move(*record));
            continue;
        }
        // A damaged line still reserves its number, so a later record never reuses it.
        QByteArrayView fields[3];
        qint64 seq = 0;
        if (reviewcodec::split(line, fields, 2) >= 2 && reviewcodec::parseSeq(fields[1], seq))
            contents.highestSeq = std::max(contents.highestSeq, seq);
        if (contents.problems.size() < kMaxReportedLines)
            contents.problems << u"%1:%2: %3"_s.arg(name).arg(lineNumber).arg(problem);
        else
            ++unreported;
    }
    if (unreported > 0)
        contents.problems << u"%1: %2 more lines could not be read"_s.arg(name).arg(unreported);
    return contents;
}

bool ReviewJournal::append(const QList<ReviewJournalRecord> &records) {
    if (m_unusable)
        return fail(u"the journal could not be read and was left untouched"_s);
    QByteArray bytes;
    for (const ReviewJournalRecord &record : records)
        bytes += encode(record) + '\n';

    QFile file(m_path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered))
        return fail(file.errorString());
    const qint64 size = file.size();
    if (size == 0) {
        bytes.prepend(header.toByteArray() + '\n');
    } else {
        // A crash may have cut the last line short. End it so this record starts on a line of its own, and
        // mark it, or ending it could make a line that lost digits look whole.
        const qint64 tailSize = std::min<qint64>(size, 4096);
        if (!file.seek(size - tailSize))
            return fail(file.errorString());
        const QByteArray tail = file.read(tailSize);
        if (tail.size() != tailSize)
            return fail(file.errorString());
        if (!tail.endsWith('\n')) {
            const qsizetype lineStart = tail.lastIndexOf('\n') + 1;
            QByteArrayView partial = QByteArrayView(tail).sliced(lineStart);
            while (partial.endsWith('\r'))
                partial.chop(1);
            // Nothing there to mistake for a record (the header alone, or a stray carriage return) just ends.
            const bool harmless =
                partial.isEmpty() || (lineStart == 0 && size == tailSize && partial == header);
            bytes.prepend(harmless ? QByteArray("\n") : QByteArray(cutOffMark) + '\n');
        }
    }
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.error() != QFile::NoError ? file.errorString() : u"short write"_s;
        file.resize(size);
        return fail(error);
    }
    errno = 0;
    if (!g_sync(int(file.handle()))) {
        const QString error = errno != 0 ? qt_error_string(errno) : u"data sync failed"_s;
        file.resize(size);
        return fail(error);
    }
    m_size = size + bytes.size();
    file.close();
    if (created)
        syncDirectory(m_path);
    ++m_syncCount;
    return true;
}

bool ReviewJournal::replace(const QList<ReviewJournalRecord> &records) {
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QByteArray bytes = header.toByteArray() + '\n';
    for (const ReviewJournalRecord &record : records)
        bytes += encode(record) + '\n';
    file.write(bytes);
    // QSaveFile syncs the new file before renaming it over the old one.
    if (!file.commit())
        return fail(file.errorString());
    syncDirectory(m_path);
    m_size = bytes.size();
    m_unusable = false;
    ++m_syncCount;
    return true;
}

} // namespace goprep::core
