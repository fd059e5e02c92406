// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged settings files (tests/fixtures/settings, written by make-fixtures.py): GoPrep loads each, keeps
// what is usable, uses defaults for the rest, keeps a copy of a file it could not read as it was, says so in
// one line, and goes on saving progress into it.
#include "activitylog.h"
#include "appsettings.h"
#include "attemptlog.h"
#include "checklistprogress.h"
#include "fsrs.h"
#include "guide.h"
#include "practicesession.h"
#include "readingprogress.h"
#include "reviewjournal.h"
#include "reviewstore.h"
#include "studyqueue.h"
#include "studysettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace goprep::core;

namespace {

// The good entries make-fixtures.py puts around the damage (its BASE).
const QString goodCard = u"p04-errors-is"_s;
const QString goodCheck = u"check-maps"_s;
const QString goodRead = u"testing"_s;
constexpr int goodNewCardsPerDay = 15;
constexpr int defaultNewCardsPerDay = StudySettings::defaultNewCardsPerDay;

const QDateTime now(QDate(2026, 1, 5), QTime(12, 0), QTimeZone::UTC);

QString fixturePath(const QString &name) {
    return qEnvironmentVariable("GOPREP_SOURCE_DIR") + u"/tests/fixtures/settings/"_s + name;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the app builds from a settings file on start.
struct Loaded {
    Loaded(const QString &path, const Guide &guide)
        : settings(path)
        , store(&settings.settings(), guide)
        , reading(settings, guide)
        , checklist(settings, guide)
        , attempts(settings)
        , study(StudySettings::read(settings))
        , activity(settings, study.dayStartHour)
        , practice(settings, [] { return now; }) {}
    AppSettings settings;
    ReviewStore store;
    ReadingProgress reading;
    ChecklistProgress checklist;
    AttemptLog attempts;
    StudySettings study;
    ActivityLog activity;
    PracticeSession practice;

    bool reported() const {
        return !settings.loadProblem().isEmpty() || !store.loadProblems().isEmpty() ||
               !attempts.loadProblems().isEmpty() || !study.problems.isEmpty() ||
               !practice.loadProblem().isEmpty();
    }
    int newCardsPerDay() const { return study.newCardsPerDay; }
};

// A review log of `entries` answers to one card, written as ReviewStore writes it.
QByteArray hugeReviewLog(int entries) {
    QByteArray ini = "[meta]\nsettingsVersion=1\n\n[cards]\np04-errors-is=\"2;3.5;5.1;0;1767225600000;"
                     "1766966400000;3;0;0\"\n\n[reviewlog]\n";
    ini.reserve(entries * 72);
    for (int i = 1; i <= entries; ++i) {
        // Answered "Good" a minute apart, each time as a review card last seen a day before.
        const QByteArray time = QByteArray::number(1500000000000LL + qint64(i) * 60'000);
        const QByteArray last = QByteArray::number(1500000000000LL + qint64(i) * 60'000 - 86'400'000);
        ini += QByteArray::number(i).rightJustified(10, '0') + "=\"p04-errors-is;" + time +
               ";3;2;3.5;5.1;1;1;0;" + time + ';' + last + ";3;0\"\n";
    }
    return ini;
}

} // namespace

class TestBadSettings final : public QObject {
    Q_OBJECT
    Guide m_guide;
    QTemporaryDir m_dir;
    int m_case = 0;

    QString copyFixture(const QString &name) {
        const QString target = m_dir.filePath(u"case%1/goprep.ini"_s.arg(++m_case));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(fixturePath(name), target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_guide = Guide::loadBuiltIn();
        QVERIFY(m_guide.card(goodCard));
        QVERIFY(m_guide.chapter(goodRead));
    }

    void fixture_keepsWhatIsUsableAndStaysUsable_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("copyKept"); // a byte-for-byte copy of the original lies beside it
        QTest::addColumn<bool>("reported"); // the user is told (AppSettings::loadProblem or loadProblems)
        QTest::addColumn<bool>("baseKept"); // the good entries around the damage are all read
        QTest::addColumn<int>("newPerDay"); // the effective limit: the stored one, or the default

        const auto row = [](const char *name, bool copy, bool reported, bool base, int perDay) {
            QTest::newRow(name) << QString::fromLatin1(name) + u".ini"_s << copy << reported << base
                                << perDay;
        };
        const int good = goodNewCardsPerDay;
        const int fallback = defaultNewCardsPerDay;
        row("empty", false, false, false, fallback);
        row("binary-garbage", true, true, false, fallback);
        row("garbage-in-the-middle", true, true, true, good);
        row("truncated-mid-line", true, true, true, good);
        row("truncated-mid-key", true, true, true, good);
        row("open-quote", true, true, true, good);
        row("unquoted-semicolons", true, true, true, good);
        row("unclosed-section", true, true, true, good);
        row("nul-bytes", true, true, true, good);
        row("invalid-utf8", true, true, true, good);
        row("damaged-variant", true, true, true, good);
        row("empty-section-header", true, true, true, good);
        row("empty-key-parts", true, true, true, good);
        row("bad-attempts", false, true, true, good);
        row("wrong-types", false, true, true, fallback);
        row("bad-stabilities", false, true, true, good);
        row("extreme-dates", false, true, true, good);
        row("unknown-ids", false, false, true, good);
        row("newer-version", false, true, true, good);
        row("windows-line-endings", false, false, true, good);
        row("utf8-bom", false, false, true, good);
    }

    void fixture_keepsWhatIsUsableAndStaysUsable() {
        QFETCH(QString, fixture);
        QFETCH(bool, copyKept);
        QFETCH(bool, reported);
        QFETCH(bool, baseKept);
        QFETCH(int, newPerDay);
        const QByteArray original = readAll(fixturePath(fixture));
        const QString path = copyFixture(fixture);
        QVERIFY(!path.isEmpty());

        QString copy;
        {
            Loaded loaded(path, m_guide);
            copy = loaded.settings.keptCopy();
            QCOMPARE(!copy.isEmpty(), copyKept);
            if (copyKept) {
                QCOMPARE(readAll(copy), original);
                QVERIFY(loaded.settings.loadProblem().contains(QDir::toNativeSeparators(copy)));
            }
            QCOMPARE(loaded.reported(), reported);
            QVERIFY(!loaded.settings.loadProblem().contains(u'\n'));
            QCOMPARE(loaded.newCardsPerDay(), newPerDay);
            if (baseKept) {
                QVERIFY(!loaded.store.state(goodCard).isNew());
                QVERIFY(loaded.store.log().size() >= 1);
                QCOMPARE(loaded.store.log().first().cardId, goodCard);
                QVERIFY(loaded.checklist.isChecked(goodCheck));
                QVERIFY(loaded.reading.isRead(goodRead));
                QCOMPARE(loaded.reading.position(goodRead), 0.5);
            }
            // Values every caller bounds stay in their bounds whatever the file says.
            QVERIFY(loaded.settings.intValue(keys::dayStartHour, 4, 0, 23) >= 0);
            const double zoom = loaded.settings.realValue(keys::readerZoom, 1.0, 0.5, 3.0);
            QVERIFY(zoom >= 0.5 && zoom <= 3.0);

            // Still usable: an answer, a tick and a position are saved into the same file.
            FsrsScheduler scheduler;
            StudyQueue queue({u"p04-errors-as"_s, u"p04-wrap-w-vs-v"_s, u"p04-errors-is"_s}, &loaded.store,
                             &scheduler, [] { return now; });
            QVERIFY(queue.grade(Rating::Good));
            loaded.checklist.setChecked(u"check-pprof"_s, true, now);
            loaded.reading.setPosition(u"generics"_s, 0.25, u"type-parameters"_s);
            Attempt attempt;
            attempt.taskId = u"task-rate-limiter"_s;
            attempt.startedAt = now;
            attempt.minutes = 45;
            attempt.note = u"still usable"_s;
            QVERIFY(loaded.attempts.append(attempt));
        }
        Loaded again(path, m_guide);
        QVERIFY2(again.settings.keptCopy().isEmpty(), "a file GoPrep wrote itself must read cleanly");
        QVERIFY(again.settings.loadProblem().isEmpty() || fixture == u"newer-version.ini"_s);
        QVERIFY(!again.store.log().isEmpty());
        QVERIFY(again.checklist.isChecked(u"check-pprof"_s));
        QCOMPARE(again.checklist.checkedAt(u"check-pprof"_s), now);
        QCOMPARE(again.reading.position(u"generics"_s), 0.25);
        QCOMPARE(again.attempts.attempts(u"task-rate-limiter"_s).value(0).note, u"still usable"_s);
        if (baseKept) {
            QVERIFY(!again.store.state(goodCard).isNew());
            QVERIFY(again.checklist.isChecked(goodCheck));
            QVERIFY(again.reading.isRead(goodRead));
        }
        if (copyKept)
            QCOMPARE(readAll(copy), original); // writing went to the file, never to the copy
    }

    void unknownIds_areKeptThroughAWrite() {
        const QString path = copyFixture(u"unknown-ids.ini"_s);
        {
            Loaded loaded(path, m_guide);
            QVERIFY(loaded.store.hasState(u"card-from-the-future"_s));
            QVERIFY(loaded.checklist.isChecked(u"check-from-the-future"_s));
            QCOMPARE(loaded.reading.lastChapter(), QString()); // unknown: the app opens the first chapter
            loaded.checklist.setChecked(goodCheck, false, now);
            loaded.reading.setRead(u"generics"_s, true);
        }
        QSettings raw(path, QSettings::IniFormat);
        QVERIFY(raw.contains(u"cards/card-from-the-future"_s));
        QVERIFY(raw.contains(u"checklist/check-from-the-future"_s));
        QVERIFY(raw.value(u"reading/readChapters"_s).toStringList().contains(u"chapter-from-the-future"_s));
        QVERIFY(raw.contains(u"readingPositions/chapter-from-the-future/fraction"_s));
        // The review log moved to the journal beside the file, the unknown card's entry with it.
        QVERIFY(!raw.contains(u"reviewlog/0000000002"_s));
        const QByteArray journal = readAll(ReviewJournal::pathFor(path));
        QVERIFY2(journal.contains("\ne;2;card-from-the-future;"), journal.constData());
    }

    void newerVersion_keepsItsVersionAndUnknownEntries() {
        const QString path = copyFixture(u"newer-version.ini"_s);
        {
            Loaded loaded(path, m_guide);
            QVERIFY(!loaded.settings.loadProblem().isEmpty());
            loaded.settings.setValue(keys::reviewsPerDay, 150);
        }
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(QLatin1StringView(keys::settingsVersion)).toInt(), 99);
        QCOMPARE(raw.value(u"future/featureFromTheFuture"_s).toString(), u"keep me"_s);
    }

    void badValues_areReportedAndTheirTextStays() {
        const QString path = copyFixture(u"bad-stabilities.ini"_s);
        Loaded loaded(path, m_guide);
        QCOMPARE(loaded.store.loadProblems().size(), 8); // every card but the good one
        for (const QString &id : {u"p04-errors-as"_s, u"p02-slice-header"_s, u"p02-nil-map"_s})
            QVERIFY(loaded.store.state(id).isNew());
        QVERIFY(readAll(path).contains("p04-errors-as=\"2;nan;")); // reported, not repaired
    }

    void badAttempts_areReportedAndTheGoodOnesKept() {
        const QString path = copyFixture(u"bad-attempts.ini"_s);
        Loaded loaded(path, m_guide);
        const QList<Attempt> kept = loaded.attempts.attempts(u"task-worker-pool"_s);
        QCOMPARE(kept.size(), 3); // the good one, an unusable requirement list read as none, a huge note
        QCOMPARE(kept.first().note, u"good"_s);
        QCOMPARE(kept.first().requirementsDone, QList<int>({0, 2}));
        QCOMPARE(kept.last().note.size(), 300'000);
        QCOMPARE(loaded.attempts.loadProblems().size(), 9);
        QVERIFY(!loaded.practice.loadProblem().isEmpty());
        QCOMPARE(loaded.practice.state(), PracticeSession::State::Idle);
        QVERIFY(loaded.activity.isActive(QDate(2026, 1, 2)));
        // A new attempt takes a number after every stored one, readable or not.
        Attempt attempt;
        attempt.taskId = u"task-worker-pool"_s;
        attempt.startedAt = now;
        attempt.minutes = 45;
        QVERIFY(loaded.attempts.append(attempt));
        QVERIFY(loaded.settings.settings().contains(u"attempts/task-worker-pool/000012"_s));
        QVERIFY(loaded.settings.settings().value(u"attempts/task-worker-pool/000002"_s).toString() ==
                u"not json"_s);
    }

    void hugeReviewLog_loadsAndTakesAnAnswer() {
        constexpr int entries = 100'000;
        const QString path = m_dir.filePath(u"huge/goprep.ini"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QSaveFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(hugeReviewLog(entries));
            QVERIFY(file.commit());
        }
        const qint64 fileBytes = QFileInfo(path).size(); // the log moves out of it on load
        QElapsedTimer timer;
        timer.start();
        Loaded loaded(path, m_guide);
        const qint64 loadMs = timer.elapsed();
        QVERIFY(!loaded.reported());
        QCOMPARE(loaded.store.log().size(), entries);
        FsrsScheduler scheduler;
        StudyQueue queue({u"p04-errors-as"_s}, &loaded.store, &scheduler, [] { return now; });
        timer.restart();
        QVERIFY(queue.grade(Rating::Good));
        const qint64 answerMs = timer.elapsed();
        qInfo("100,000 log entries (%lld KiB): loaded in %lld ms, one answer saved in %lld ms",
              fileBytes / 1024, loadMs, answerMs);
        Loaded again(path, m_guide);
        QCOMPARE(again.store.log().size(), entries + 1);
    }

    // The real app starts with a damaged file (and leaves the copy for the user).
    void app_startsWithDamagedFile_data() {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("binary-garbage") << u"binary-garbage.ini"_s;
        QTest::newRow("wrong-types") << u"wrong-types.ini"_s;
        QTest::newRow("extreme-dates") << u"extreme-dates.ini"_s;
    }

    void app_startsWithDamagedFile() {
        QFETCH(QString, fixture);
        const QString path = copyFixture(fixture);
        const QString png = QFileInfo(path).absolutePath() + u"/window.png"_s;
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QStringLiteral(GOPREP_APP), {u"--settings-file"_s, path, u"--screenshot"_s, png});
        QVERIFY(app.waitForFinished(120'000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(QFileInfo(png).size() > 10'000);
        if (fixture == u"binary-garbage.ini"_s)
            QVERIFY(
                !QDir(QFileInfo(path).absolutePath()).entryList({u"goprep.ini.unreadable-*"_s}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBadSettings)
#include "tst_badsettings.moc"
