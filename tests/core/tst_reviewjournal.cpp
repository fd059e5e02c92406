// SPDX-License-Identifier: GPL-3.0-or-later
// The review log as a journal beside the settings file: appends, tombstones, damaged lines, the move out of
// the settings file, and what survives a kill before the settings file caught up.
#include "appsettings.h"
#include "fsrs.h"
#include "reviewcodec.h"
#include "reviewjournal.h"
#include "reviewstore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <memory>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using goprep::core::CardPhase;
using goprep::core::CardState;
using goprep::core::FsrsScheduler;
using goprep::core::Rating;
using goprep::core::ReviewJournal;
using goprep::core::ReviewJournalRecord;
using goprep::core::ReviewLogEntry;
using goprep::core::ReviewStore;
namespace reviewcodec = goprep::core::reviewcodec;

namespace {

const QDateTime kStart(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc());

// Answers `count` cards through the store as the study queue does: a scheduled state and its log entry.
void answer(ReviewStore &store, int count, const QDateTime &from = kStart) {
    const FsrsScheduler scheduler;
    for (int i = 0; i < count; ++i) {
        const QString id = u"p01-card-%1"_s.arg(i % 7);
        const QDateTime now = from.addSecs(i * 90);
        const CardState before = store.state(id);
        ReviewLogEntry entry;
        entry.cardId = id;
        entry.time = now;
        entry.rating = i % 5 == 0 ? Rating::Again : Rating::Good;
        entry.before = before;
        QVERIFY(store.recordReview(entry, scheduler.review(id, before, entry.rating, now)) > 0);
    }
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestReviewJournal final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void journalPath_isBesideTheSettingsFile();
    void appendAndReload_giveTheSameLogAndStates();
    void everyAppend_isSyncedToDiskBeforeReturning();
    void undo_appendsATombstoneAndLeavesEarlierLinesUntouched();
    void undoneAnswer_staysUndoneAfterReload();
    void truncatedLastLine_isSkippedReportedAndTheNextAppendStartsOnItsOwnLine();
    void headerWithoutLineEnd_isStillAJournal();
    void garbageLines_areSkippedReportedAndKeepTheirNumbers();
    void fileThatIsNoJournal_isKeptAsACopyAndStartedAfresh();
    void answersNotYetInTheSettingsFile_comeBackFromTheJournal();
    void resetAfterAnAnswer_isNotUndoneByTheJournal();
    void journalAsLongAsAtTheCheckpoint_isReadOnlyWhenTheLogIsNeeded();
    void failedAppend_isCutBackReportedAndChangesNothing();
    void dataSync_runsAfterTheLineIsWritten_andItsFailureIsReported();
    void logInSettingsFile_movesToTheJournalWithNothingLost();
    void interruptedMove_doesNotDuplicateEntries();
    void movedEntryWhoseNumberIsTaken_isRenumberedNotLost();
    void twoKeysWithOneNumber_bothMovedUnderTwoNumbers();
    void unreadableEntriesInSettingsFile_stayThere();
    void idWithLineBreak_isRefused();
    void replaceAll_writesANewJournalAndCheckpoint();
    void storeOutOfDateAfterAnImport_doesNotSaveOverIt();

private:
    std::unique_ptr<QSettings> openSettings() const;
    QString settingsPath() const { return m_dir->filePath(u"progress.ini"_s); }
    QString journalPath() const { return m_dir->filePath(u"progress.reviewlog"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReviewJournal::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewJournal::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReviewJournal::cleanup() {
    m_dir.reset();
}

std::unique_ptr<QSettings> TestReviewJournal::openSettings() const {
    return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

void TestReviewJournal::journalPath_isBesideTheSettingsFile() {
    QCOMPARE(ReviewJournal::pathFor(u"/home/u/.config/goprep/goprep.ini"_s),
             u"/home/u/.config/goprep/goprep.reviewlog"_s);
    QCOMPARE(ReviewJournal::pathFor(u"/sync/my.progress.ini"_s), u"/sync/my.progress.reviewlog"_s);
    // Never the settings file itself.
    QCOMPARE(ReviewJournal::pathFor(u"/x/odd.reviewlog"_s), u"/x/odd.reviewlog.reviewlog"_s);
    auto settings = openSettings();
    const ReviewStore store(settings.get());
    QCOMPARE(store.journal().path(), journalPath());
}

void TestReviewJournal::appendAndReload_giveTheSameLogAndStates() {
    auto settings = openSettings();
    ReviewStore store(settings.get());
    answer(store, 40);
    ReviewLogEntry plain;
    plain.cardId = u"p02-other"_s;
    plain.time = kStart.addDays(1);
    plain.rating = Rating::Hard;
    QCOMPARE(store.appendLog(plain), 41);
    QCOMPARE(store.log().size(), 41);

    auto again = openSettings();
    const ReviewStore reloaded(again.get());
    QVERIFY2(reloaded.loadProblems().isEmpty(), qPrintable(reloaded.loadProblems().join(u'\n')));
    QCOMPARE(reloaded.log(), store.log());
    QCOMPARE(reloaded.allStates(), store.allStates());
    QCOMPARE(reloaded.allStates().size(), 7);
}

void TestReviewJournal::everyAppend_isSyncedToDiskBeforeReturning() {
    auto settings = openSettings();
    ReviewStore store(settings.get());
    QCOMPARE(store.journal().syncCount(), 0);
    answer(store, 3);
    QCOMPARE(store.journal().syncCount(), 3); // one data sync per answer, none deferred
    QVERIFY(store.undoLastReview());
    QCOMPARE(store.journal().syncCount(), 4);
    // And the bytes are in the file, not in a buffer of this process.
    const QList<QByteArray> lines = readAll(journalPath()).split('\n');
    QCOMPARE(lines.size(),
             6); // header, three answers, one tombstone, and the empty piece after the last '\n'
    QVERIFY(lines.at(4).startsWith("u;4;3;"));
    QVERIFY(lines.last().isEmpty());
}

void TestReviewJournal::undo_appendsATombstoneAndLeavesEarlierLinesUntouched() {
    auto settings = openSettings();
    ReviewStore store(settings.get());
    answer(store, 5);
    const QByteArray before = readAll(journalPath());
    const CardState stateBefore = store.log().last().before;
    const QString cardId = store.log().last().cardId;
    QVERIFY(store.undoLastReview());
    const QByteArray after = readAll(journalPath());
    QVERIFY(after.startsWith(before)); // appended, never rewritten
    const QByteArray tombstone = after.mid(before.size());
    QVERIFY2(tombstone.startsWith("u;6;5;"), tombstone.constData());
    QVERIFY(tombstone.endsWith(QByteArray(reviewcodec::encodeState(stateBefore) + '\n')));
    QCOMPARE(store.state(cardId), stateBefore);
    QCOMPARE(store.log().size(), 4);
}

void TestReviewJournal::undoneAnswer_staysUndoneAfterReload() {
    auto settings = openSettings();
    CardState restored;
    QString cardId;
    QList<ReviewLogEntry> log;
    {
        ReviewStore store(settings.get());
        answer(store, 8);
        cardId = store.log().last().cardId;
        restored = store.log().last().before;
        QVERIFY(store.undoLastReview());
        QVERIFY(store.removeLastLog());
        log = store.log();
    }
    auto again = openSettings();
    ReviewStore reloaded(again.get());
    QCOMPARE(reloaded.log(), log);
    QCOMPARE(reloaded.log().size(), 6);
    QCOMPARE(reloaded.state(cardId), restored);
    // Numbers are never reused: the next answer comes after the tombstones.
    answer(reloaded, 1, kStart.addDays(2));
    QCOMPARE(reloaded.log().last().seq, 11);
}

void TestReviewJournal::truncatedLastLine_isSkippedReportedAndTheNextAppendStartsOnItsOwnLine() {
    QList<ReviewLogEntry> log;
    {
        auto settings = openSettings();
        ReviewStore store(settings.get());
        answer(store, 4);
        log = store.log();
    }
    // A kill in the middle of writing the fifth answer: its line has no end. What is there happens to read as
    // an entry (the rest of it, its state after, is missing; so could digits of its last number be).
    QByteArray bytes = readAll(journalPath());
    const QByteArray fifth = "e;5;p01-card-4;1741000000000;3;0;0;0;0;0;0;;;0;0";
    writeAll(journalPath(), bytes + fifth);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring stored value.*incomplete last line"_s));
    auto settings = openSettings();
    ReviewStore store(settings.get());
    QCOMPARE(store.log(), log);
    QCOMPARE(store.loadProblems().size(), 1);
    QVERIFY(store.loadProblems().first().contains(u"progress.reviewlog:6"_s));

    answer(store, 1, kStart.addDays(1));
    QCOMPARE(store.log().last().seq, 6); // the cut line keeps its number
    const QList<QByteArray> lines = readAll(journalPath()).split('\n');
    // Still there for whoever wants to look, on a line of its own, marked so it never passes for a whole
    // line.
    QCOMPARE(lines.at(5), fifth + ";(cut off)");
    QVERIFY(lines.at(6).startsWith("e;6;"));

    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(u"Ignoring stored value.*progress.reviewlog:6: incomplete line"_s));
    auto again = openSettings();
    const ReviewStore reloaded(again.get());
    QCOMPARE(reloaded.log(), store.log());
    QCOMPARE(reloaded.loadProblems().size(), 1);
}

void TestReviewJournal::headerWithoutLineEnd_isStillAJournal() {
    writeAll(journalPath(), "goprep-reviewlog 1"); // the first append stopped right after the header
    auto settings = openSettings();
    ReviewStore store(settings.get());
    QVERIFY(store.loadProblems().isEmpty());
    answer(store, 2);
    QVERIFY(readAll(journalPath()).startsWith("goprep-reviewlog 1\ne;1;"));
    auto again = openSettings();
    const ReviewStore reloaded(again.get());
    QVERIFY(reloaded.loadProblems().isEmpty());
    QCOMPARE(reloaded.log(), store.log());
}

void TestReviewJournal::garbageLines_areSkippedReportedAndKeepTheirNumbers() {
    {
        auto settings = openSettings();
        ReviewStore store(settings.get());
        answer(store, 3);
    }
    QByteArray bytes = readAll(journalPath());
    bytes += "this is not a record\n";
    bytes += "e;9;p01-card-1;notatime;3;0;0;0;0;0;0;;;0;0\n"; // a readable number, a bad time
    bytes += QByteArray("\x00\xff\xfe garbage\n", 12);
    bytes += "\n";         // blank lines are harmless
    bytes += "u;10;2\r\n"; // written on Windows: a tombstone for entry 2
    bytes += "e;11;p01-card-0;1741000000000;9;0;0;0;0;0;0;;;0;0\n"; // rating 9
    writeAll(journalPath(), bytes);

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"Ignoring stored value.*progress.reviewlog:5: bad sequence"_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"Ignoring stored value.*progress.reviewlog:6: bad time"_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"Ignoring stored value.*progress.reviewlog:7: bad sequence"_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"Ignoring stored value.*progress.reviewlog:10: bad rating"_s));
    auto settings = openSettings();
    ReviewStore store(settings.get());
    QCOMPARE(store.loadProblems().size(), 4);
    QCOMPARE(store.log().size(), 2); // entries 1 and 3; 2 was taken back
    QCOMPARE(store.log().at(0).seq, 1);
    QCOMPARE(store.log().at(1).seq, 3);
    answer(store, 1, kStart.addDays(1));
    QCOMPARE(store.log().last().seq, 12); // after 11, the highest number in the file, readable or not
}

void TestReviewJournal::fileThatIsNoJournal_isKeptAsACopyAndStartedAfresh() {
    const QByteArray foreign = "PK\x03\x04 some zip file that ended up with this name";
    writeAll(journalPath(), foreign);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring stored value.*not a review journal"_s));
    auto settings = openSettings();
    ReviewStore store(settings.get());
    QCOMPARE(store.loadProblems().size(), 1);
    QVERIFY(store.log().isEmpty());
    const QStringList copies = QDir(m_dir->path()).entryList({u"progress.reviewlog.unreadable-*"_s});
    QCOMPARE(copies.size(), 1);
    QCOMPARE(readAll(m_dir->filePath(copies.first())), foreign);
    QVERIFY(store.loadProblems().first().contains(copies.first()));

    answer(store, 2);
    auto again = openSettings();
    const ReviewStore reloaded(again.get());
    QVERIFY(reloaded.loadProblems().isEmpty());
    QCOMPARE(reloaded.log(), store.log());
}

void TestReviewJournal::answersNotYetInTheSettingsFile_comeBackFromTheJournal() {
    auto settings = openSettings();
    auto store = std::make_unique<ReviewStore>(settings.get());
    answer(*store, 6);
    store->saveStates();
    answer(*store, 4, kStart.addDays(3)); // journal only, so far
    QVERIFY(store->hasUnsavedStates());
    const auto states = store->allStates();
    const auto log = store->log();
    // A kill now: copy both files as they are on disk, before the store is destroyed (which would save).
    QVERIFY(QFile::copy(settingsPath(), m_dir->filePath(u"killed.ini"_s)));
    QVERIFY(QFile::copy(journalPath(), m_dir->filePath(u"killed.reviewlog"_s)));
    QVERIFY(openSettings()->value(QLatin1StringView(goprep::core::keys::reviewJournalCheckpoint)).toInt() ==
            6);

    QSettings killed(m_dir->filePath(u"killed.ini"_s), QSettings::IniFormat);
    const ReviewStore restarted(&killed);
    QVERIFY(restarted.loadProblems().isEmpty());
    QCOMPARE(restarted.allStates(), states);
    QCOMPARE(restarted.log(), log);
}

void TestReviewJournal::resetAfterAnAnswer_isNotUndoneByTheJournal() {
    auto settings = openSettings();
    ReviewStore store(settings.get());
    answer(store, 3);
    QVERIFY(!store.state(u"p01-card-1"_s).isNew());
    QVERIFY(store.resetCard(u"p01-card-1"_s)); // written to the settings file at once, after the answers
    QVERIFY(!store.hasUnsavedStates());
    answer(store, 1, kStart.addDays(1)); // p01-card-0 again; in the journal only
    QVERIFY(store.hasUnsavedStates());
    // A kill now: the journal holds all four answers, the settings file the reset.
    QVERIFY(QFile::copy(settingsPath(), m_dir->filePath(u"killed.ini"_s)));
    QVERIFY(QFile::copy(journalPath(), m_dir->filePath(u"killed.reviewlog"_s)));

    QSettings killed(m_dir->filePath(u"killed.ini"_s), QSettings::IniFormat);
    const ReviewStore restarted(&killed);
    QVERIFY(restarted.state(u"p01-card-1"_s).isNew());
    QCOMPARE(restarted.state(u"p01-card-0"_s).reps, 2);
    QCOMPARE(restarted.allStates(), store.allStates());
}

void TestReviewJournal::journalAsLongAsAtTheCheckpoint_isReadOnlyWhenTheLogIsNeeded() {
    QList<ReviewLogEntry> log;
    QHash<QString, CardState> states;
    {
        auto settings = openSettings();
        ReviewStore store(settings.get());
        answer(store, 12);
        QVERIFY(store.removeLastLog()); // a change without a state moves the checkpoint too
        log = store.log();
        states = store.allStates();
    } // a clean exit saves the checkpoint
    {
        auto settings = openSettings();
        const ReviewStore store(settings.get());
        QVERIFY(!store.isLogLoaded());
        QCOMPARE(store.allStates(), states); // states need no journal
        QCOMPARE(store.log(), log);
        QVERIFY(store.isLogLoaded());
    }
    // One more line than at the checkpoint (the program was killed after an answer): read at once, so the
    // states are right from the start.
    {
        auto settings = openSettings();
        ReviewStore store(settings.get());
        answer(store, 1, kStart.addDays(5));
        states = store.allStates();
        QVERIFY(QFile::copy(settingsPath(), m_dir->filePath(u"killed.ini"_s)));
        QVERIFY(QFile::copy(journalPath(), m_dir->filePath(u"killed.reviewlog"_s)));
    }
    QSettings killed(m_dir->filePath(u"killed.ini"_s), QSettings::IniFormat);
    const ReviewStore restarted(&killed);
    QVERIFY(restarted.isLogLoaded());
    QCOMPARE(restarted.allStates(), states);
}

void TestReviewJournal::failedAppend_isCutBackReportedAndChangesNothing() {
#if defined(Q_OS_UNIX)
    auto settings = openSettings();
    ReviewStore store(settings.get());
    answer(store, 2);
    const QByteArray before = readAll(journalPath());
    const auto states = store.allStates();
    QSignalSpy failed(&store, &ReviewStore::writeFailed);
    QSignalSpy changed(&store, &ReviewStore::cardChanged);

    // The disk fills up in the middle of the line: a file size limit makes write() stop after a few bytes.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit small = old;
    small.rlim_cur = rlim_t(before.size() + 10);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Could not write the review log"_s));
    const qint64 seq = [&store] {
        ReviewLogEntry entry;
        entry.cardId = u"p01-card-5"_s;
        entry.time = kStart.addDays(1);
        return store.recordReview(entry, FsrsScheduler().review(entry.cardId, {}, Rating::Good, entry.time));
    }();
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);

    QCOMPARE(seq, 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), journalPath());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store.log().size(), 2);
    QCOMPARE(store.allStates(), states);
    QCOMPARE(readAll(journalPath()), before); // the partial line was cut off again

    answer(store, 1, kStart.addDays(2)); // works again once there is room
    auto again = openSettings();
    const ReviewStore reloaded(again.get());
    QVERIFY(reloaded.loadProblems().isEmpty());
    QCOMPARE(reloaded.log(), store.log());
#else
    QSKIP("needs setrlimit");
#endif
}

namespace {
// What the data sync saw: how often it ran, and how large the file was when it did.
int g_syncCalls = 0;
qint64 g_sizeAtSync = -1;
bool g_syncResult = true;

bool watchingSync(int fd) {
    ++g_syncCalls;
#if defined(Q_OS_UNIX)
    struct stat info {};
    g_sizeAtSync = ::fstat(fd, &info) == 0 ? qint64(info.st_size) : -1;
#else
    Q_UNUSED(fd);
#endif
    return g_syncResult;
}
} // namespace

void TestReviewJournal::dataSync_runsAfterTheLineIsWritten_andItsFailureIsReported() {
    auto settings = openSettings();
    ReviewStore store(settings.get());
    answer(store, 1);
    ReviewJournal::setSyncFunction(&watchingSync);
    const auto restore = qScopeGuard([] { ReviewJournal::setSyncFunction(nullptr); });
    g_syncCalls = 0;
    g_syncResult = true;

    answer(store, 1, kStart.addDays(1));
    QCOMPARE(g_syncCalls, 1);
    const QByteArray written = readAll(journalPath());
#if defined(Q_OS_UNIX)
    QCOMPARE(g_sizeAtSync, written.size()); // the whole line was in the file when it was synced
#endif

    // A failed sync means the answer may not be on disk: it is refused, and the line cut off again.
    g_syncResult = false;
    QSignalSpy failed(&store, &ReviewStore::writeFailed);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"Could not write the review log.*data sync failed"_s));
    ReviewLogEntry entry;
    entry.cardId = u"p01-card-6"_s;
    entry.time = kStart.addDays(2);
    QCOMPARE(store.recordReview(entry, FsrsScheduler().review(entry.cardId, {}, Rating::Easy, entry.time)),
             0);
    QCOMPARE(g_syncCalls, 2);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(store.log().size(), 2);
    QVERIFY(store.state(entry.cardId).isNew());
    QCOMPARE(readAll(journalPath()), written);
}

void TestReviewJournal::logInSettingsFile_movesToTheJournalWithNothingLost() {
    // A file of an earlier version: the whole log in the settings file.
    QList<ReviewLogEntry> entries;
    {
        auto settings = openSettings();
        const FsrsScheduler scheduler;
        CardState state;
        for (int i = 1; i <= 30; ++i) {
            ReviewLogEntry entry;
            entry.seq = i * 2; // gaps, as undone answers left them
            entry.cardId = u"p03-card"_s;
            entry.time = kStart.addDays(i);
            entry.rating = Rating::Good;
            entry.before = state;
            state = scheduler.review(entry.cardId, state, Rating::Good, entry.time);
            settings->setValue(u"reviewlog/%1"_s.arg(QString::number(entry.seq).rightJustified(10, u'0')),
                               QString::fromUtf8(reviewcodec::encodeEntry(entry)));
            entries << entry;
        }
        settings->setValue(u"cards/p03-card"_s, QString::fromUtf8(reviewcodec::encodeState(state)));
        settings->sync();
    }
    QVERIFY(!QFile::exists(journalPath()));
    {
        auto settings = openSettings();
        ReviewStore store(settings.get());
        QVERIFY(store.loadProblems().isEmpty());
        QCOMPARE(store.log(), entries);
        QCOMPARE(store.journal().syncCount(), 1); // the whole log in one append
        answer(store, 1, kStart.addDays(40));
        QCOMPARE(store.log().last().seq, 61);
    }
    const QString text = QString::fromUtf8(readAll(settingsPath()));
    QVERIFY2(!text.contains(u"reviewlog"_s), qPrintable(text));
    auto settings = openSettings();
    const ReviewStore reloaded(settings.get());
    QVERIFY(reloaded.loadProblems().isEmpty());
    QCOMPARE(reloaded.log().mid(0, 30), entries);
    QCOMPARE(reloaded.log().size(), 31);
}

void TestReviewJournal::interruptedMove_doesNotDuplicateEntries() {
    QList<ReviewLogEntry> log;
    QByteArray ini;
    {
        auto settings = openSettings();
        ReviewStore store(settings.get());
        answer(store, 5);
        store.saveStates();
        log = store.log();
        // The same entries in the settings file too: the move wrote the journal, then the program stopped.
        for (const ReviewLogEntry &entry : log)
            settings->setValue(u"reviewlog/%1"_s.arg(QString::number(entry.seq).rightJustified(10, u'0')),
                               QString::fromUtf8(reviewcodec::encodeEntry(entry)));
        settings->sync();
    }
    const QByteArray journal = readAll(journalPath());
    auto settings = openSettings();
    const ReviewStore store(settings.get());
    QCOMPARE(store.log(), log);
    QCOMPARE(readAll(journalPath()), journal); // nothing appended twice
    QVERIFY(!QString::fromUtf8(readAll(settingsPath())).contains(u"reviewlog"_s));
}

void TestReviewJournal::movedEntryWhoseNumberIsTaken_isRenumberedNotLost() {
    ReviewLogEntry imported;
    {
        auto settings = openSettings();
        ReviewStore store(settings.get());
        answer(store, 3);
        imported = store.log().at(1);
        imported.cardId = u"p09-imported"_s;
        settings->setValue(u"reviewlog/0000000002"_s, QString::fromUtf8(reviewcodec::encodeEntry(imported)));
        settings->sync();
    }
    auto settings = openSettings();
    const ReviewStore store(settings.get());
    QCOMPARE(store.log().size(), 4);
    QCOMPARE(store.log().at(1).cardId, u"p01-card-1"_s);
    QCOMPARE(store.log().last().cardId, u"p09-imported"_s);
    QCOMPARE(store.log().last().seq, 4);
    QCOMPARE(store.log().last().time, imported.time);
}

// Found by fuzz_settings: "01" and "0000000001" are two keys but one sequence number; both entries move, the
// second under a number of its own, and a restart reads the journal without a duplicate.
void TestReviewJournal::twoKeysWithOneNumber_bothMovedUnderTwoNumbers() {
    {
        auto settings = openSettings();
        for (const auto &[key, card] :
             {std::pair{u"01"_s, u"p01-a"_s}, std::pair{u"0000000001"_s, u"p01-b"_s}}) {
            ReviewLogEntry entry;
            entry.cardId = card;
            entry.time = kStart;
            settings->setValue(u"reviewlog/"_s + key, QString::fromUtf8(reviewcodec::encodeEntry(entry)));
        }
        settings->sync();
    }
    QStringList moved;
    {
        auto settings = openSettings();
        const ReviewStore store(settings.get());
        QVERIFY2(store.loadProblems().isEmpty(), qPrintable(store.loadProblems().join(u'\n')));
        QCOMPARE(store.log().size(), 2);
        QCOMPARE_NE(store.log().at(0).seq, store.log().at(1).seq);
        for (const ReviewLogEntry &entry : store.log())
            moved << entry.cardId;
    }
    auto settings = openSettings();
    const ReviewStore again(settings.get());
    QVERIFY2(again.loadProblems().isEmpty(), qPrintable(again.loadProblems().join(u'\n')));
    QStringList read;
    for (const ReviewLogEntry &entry : again.log())
        read << entry.cardId;
    QCOMPARE(read, moved);
    moved.sort();
    QCOMPARE(moved, QStringList({u"p01-a"_s, u"p01-b"_s}));
}

void TestReviewJournal::unreadableEntriesInSettingsFile_stayThere() {
    {
        auto settings = openSettings();
        ReviewLogEntry good;
        good.cardId = u"p01-a"_s;
        good.time = kStart;
        settings->setValue(u"reviewlog/0000000001"_s, QString::fromUtf8(reviewcodec::encodeEntry(good)));
        settings->setValue(u"reviewlog/0000000007"_s, u"p01-a;yesterday;3"_s);
        settings->sync();
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring stored value.*reviewlog/0000000007"_s));
    auto settings = openSettings();
    ReviewStore store(settings.get());
    QCOMPARE(store.log().size(), 1);
    QCOMPARE(store.loadProblems().size(), 1);
    QCOMPARE(openSettings()->value(u"reviewlog/0000000007"_s).toString(), u"p01-a;yesterday;3"_s);
    QVERIFY(!openSettings()->contains(u"reviewlog/0000000001"_s));
    answer(store, 1, kStart.addDays(1));
    QCOMPARE(store.log().last().seq, 8); // the damaged entry keeps its number
}

void TestReviewJournal::idWithLineBreak_isRefused() {
    auto settings = openSettings();
    ReviewStore store(settings.get());
    ReviewLogEntry entry;
    entry.cardId = u"p01-a\ne;99;forged"_s;
    entry.time = kStart;
    QCOMPARE(store.appendLog(entry), 0);
    QVERIFY(!store.setState(u"p01-a\tb"_s, FsrsScheduler().review(u"x"_s, {}, Rating::Good, kStart)));
    QVERIFY(!QFile::exists(journalPath()));
}

void TestReviewJournal::replaceAll_writesANewJournalAndCheckpoint() {
    auto settings = openSettings();
    ReviewStore store(settings.get());
    answer(store, 9);
    // An import: other states, and a log that comes renumbered from 1.
    QList<ReviewLogEntry> imported = store.log().mid(2, 3);
    for (ReviewLogEntry &entry : imported)
        entry.seq = 100;
    QHash<QString, CardState> states;
    states.insert(u"p05-imported"_s, store.state(u"p01-card-3"_s));
    QSignalSpy reloaded(&store, &ReviewStore::reloaded);
    QVERIFY(store.replaceAll(states, imported));
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(store.log().size(), 3);
    QCOMPARE(store.log().last().seq, 3);
    QCOMPARE(store.allStates(), states);
    const QList<QByteArray> lines = readAll(journalPath()).split('\n');
    QCOMPARE(lines.size(), 5); // header, three entries, and the empty piece after the last line end
    QVERIFY(lines.at(1).startsWith("e;1;"));

    auto again = openSettings();
    const ReviewStore fresh(again.get());
    QVERIFY(!fresh.isLogLoaded()); // the checkpoint matches the new journal
    QCOMPARE(fresh.allStates(), states);
    QCOMPARE(fresh.log(), store.log());
    // A refused import changes nothing.
    ReviewLogEntry bad = imported.first();
    bad.rating = Rating(9);
    QVERIFY(!store.replaceAll({}, {bad}));
    QCOMPARE(store.log().size(), 3);
}

void TestReviewJournal::storeOutOfDateAfterAnImport_doesNotSaveOverIt() {
    auto settings = openSettings();
    ReviewStore app(settings.get());
    answer(app, 4); // not in the settings file yet
    QVERIFY(app.hasUnsavedStates());
    {
        // The import's own store on the same settings, as ProgressArchive does it.
        ReviewStore import(settings.get());
        QCOMPARE(import.log().size(), 4); // it sees the answers, from the journal
        QVERIFY(import.replaceAll({}, {}));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Not saving review states over newer ones"_s));
    app.saveStates();
    QVERIFY(!openSettings()->childGroups().contains(u"cards"_s));
    app.reload();
    QVERIFY(app.log().isEmpty());
    QVERIFY(app.allStates().isEmpty());
    answer(app, 1, kStart.addDays(1)); // and it works on from the imported state
    QCOMPARE(app.log().last().seq, 1);
}

QTEST_GUILESS_MAIN(TestReviewJournal)
#include "tst_reviewjournal.moc"
