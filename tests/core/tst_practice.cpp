// SPDX-License-Identifier: GPL-3.0-or-later
// Timed coding-task practice: the countdown across pauses and restarts, its warnings, and the attempt log.
#include "appsettings.h"
#include "attemptlog.h"
#include "practicesession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace goprep::core;

namespace {
constexpr qint64 kMinute = 60 * 1000;
const QDateTime kStart(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC);
} // namespace

class TestPractice final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QDateTime m_now = kStart;
    int m_files = 0;

    PracticeSession::Clock clock() {
        return [this] { return m_now; };
    }
    QString freshFile() { return m_dir.filePath(u"practice-%1.ini"_s.arg(++m_files)); }
    void advanceMinutes(double minutes) { m_now = m_now.addMSecs(qint64(minutes * kMinute)); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { m_now = kStart; }

    void timer_countsDownFromTheTimeBox() {
        AppSettings settings(freshFile());
        PracticeSession session(settings, clock());
        QCOMPARE(session.state(), PracticeSession::State::Idle);
        QVERIFY(session.start(u"task-worker-pool"_s, 45));
        QCOMPARE(session.state(), PracticeSession::State::Running);
        QCOMPARE(session.remainingMsecs(), 45 * kMinute);
        advanceMinutes(10);
        QCOMPARE(session.elapsedMsecs(), 10 * kMinute);
        QCOMPARE(session.remainingMsecs(), 35 * kMinute);
        advanceMinutes(40);
        QCOMPARE(session.remainingMsecs(), -5 * kMinute); // overtime is shown, not hidden
    }

    void timer_pausedTimeIsNotCounted() {
        AppSettings settings(freshFile());
        PracticeSession session(settings, clock());
        QVERIFY(session.start(u"task-fan-in"_s, 30));
        advanceMinutes(10);
        session.pause();
        QCOMPARE(session.state(), PracticeSession::State::Paused);
        advanceMinutes(20);
        QCOMPARE(session.remainingMsecs(), 20 * kMinute);
        session.resume();
        advanceMinutes(5);
        QCOMPARE(session.remainingMsecs(), 15 * kMinute);
        session.pause();
        advanceMinutes(7);
        session.resume();
        advanceMinutes(1);
        QCOMPARE(session.elapsedMsecs(), 16 * kMinute);
        session.stop();
        advanceMinutes(60);
        QCOMPARE(session.state(), PracticeSession::State::Stopped);
        QCOMPARE(session.elapsedMsecs(), 16 * kMinute);
    }

    void timer_stopWhilePaused_endsAtThePause() {
        AppSettings settings(freshFile());
        PracticeSession session(settings, clock());
        QVERIFY(session.start(u"task-fan-in"_s, 30));
        advanceMinutes(12);
        session.pause();
        advanceMinutes(30);
        session.stop();
        QCOMPARE(session.elapsedMsecs(), 12 * kMinute);
    }

    void timer_runningAttempt_resumesAfterRestartWithTheRightRemainingTime() {
        const QString path = freshFile();
        {
            AppSettings settings(path);
            PracticeSession session(settings, clock());
            QVERIFY(session.start(u"task-worker-pool"_s, 45));
            advanceMinutes(10);
            session.pause();
            advanceMinutes(3);
            session.resume();
            advanceMinutes(2);
        }                  // the app quits (or is killed: every change was already synced)
        advanceMinutes(8); // time passes while GoPrep is closed: the attempt keeps running
        AppSettings settings(path);
        PracticeSession session(settings, clock());
        QCOMPARE(session.state(), PracticeSession::State::Running);
        QCOMPARE(session.taskId(), u"task-worker-pool"_s);
        QCOMPARE(session.minutes(), 45);
        QCOMPARE(session.startedAt(), kStart);
        QCOMPARE(session.elapsedMsecs(), 20 * kMinute);
        QCOMPARE(session.remainingMsecs(), 25 * kMinute);
    }

    void timer_pausedAttempt_staysPausedAcrossRestart() {
        const QString path = freshFile();
        {
            AppSettings settings(path);
            PracticeSession session(settings, clock());
            QVERIFY(session.start(u"task-retry-backoff"_s, 30));
            advanceMinutes(4);
            session.pause();
        }
        advanceMinutes(24 * 60);
        {
            AppSettings settings(path);
            PracticeSession session(settings, clock());
            QCOMPARE(session.state(), PracticeSession::State::Paused);
            QCOMPARE(session.remainingMsecs(), 26 * kMinute);
            session.resume();
            advanceMinutes(6);
            QCOMPARE(session.remainingMsecs(), 20 * kMinute);
            session.stop();
        }
        // A stopped attempt waits for its rating, with its time frozen, across another restart.
        advanceMinutes(90);
        AppSettings settings(path);
        PracticeSession session(settings, clock());
        QCOMPARE(session.state(), PracticeSession::State::Stopped);
        QCOMPARE(session.elapsedMsecs(), 10 * kMinute);
    }

    void timer_warnsOnceAtFiveMinutesLeftAndOnceAtTheEnd() {
        AppSettings settings(freshFile());
        PracticeSession session(settings, clock());
        QSignalSpy alerts(&session, &PracticeSession::alert);
        QVERIFY(session.start(u"task-worker-pool"_s, 45));
        advanceMinutes(39.99);
        session.tick();
        QCOMPARE(alerts.size(), 0);
        advanceMinutes(0.01); // exactly five minutes left
        session.tick();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).at(0).value<PracticeSession::Alert>(), PracticeSession::Alert::FiveMinutesLeft);
        advanceMinutes(1);
        session.tick();
        QCOMPARE(alerts.size(), 1);
        advanceMinutes(3.99);
        session.tick();
        QCOMPARE(alerts.size(), 1);
        advanceMinutes(0.01); // time is up
        session.tick();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(1).at(0).value<PracticeSession::Alert>(), PracticeSession::Alert::TimeUp);
        advanceMinutes(10);
        session.tick();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(session.alertRaised(), PracticeSession::Alert::TimeUp);
    }

    void timer_pausedAttempt_raisesNoWarnings() {
        AppSettings settings(freshFile());
        PracticeSession session(settings, clock());
        QSignalSpy alerts(&session, &PracticeSession::alert);
        QVERIFY(session.start(u"task-worker-pool"_s, 10));
        advanceMinutes(4);
        session.pause();
        advanceMinutes(60);
        session.tick();
        QCOMPARE(alerts.size(), 0);
        session.resume();
        advanceMinutes(1);
        session.tick();
        QCOMPARE(alerts.size(), 1); // five minutes of the box are used: five are left
    }

    void timer_warningsGivenBeforeRestart_areNotRepeated() {
        const QString path = freshFile();
        {
            AppSettings settings(path);
            PracticeSession session(settings, clock());
            QVERIFY(session.start(u"task-worker-pool"_s, 45));
            advanceMinutes(41);
            session.tick();
            QCOMPARE(session.alertRaised(), PracticeSession::Alert::FiveMinutesLeft);
        }
        AppSettings settings(path);
        PracticeSession session(settings, clock());
        QSignalSpy alerts(&session, &PracticeSession::alert);
        session.tick();
        QCOMPARE(alerts.size(), 0);
        advanceMinutes(4);
        session.tick();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).at(0).value<PracticeSession::Alert>(), PracticeSession::Alert::TimeUp);
    }

    void timer_restartPastTheEnd_announcesOnlyTimeUp() {
        const QString path = freshFile();
        {
            AppSettings settings(path);
            PracticeSession session(settings, clock());
            QVERIFY(session.start(u"task-worker-pool"_s, 45));
            advanceMinutes(20);
        }
        advanceMinutes(60);
        AppSettings settings(path);
        PracticeSession session(settings, clock());
        QSignalSpy alerts(&session, &PracticeSession::alert);
        session.tick();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).at(0).value<PracticeSession::Alert>(), PracticeSession::Alert::TimeUp);
        QCOMPARE(session.remainingMsecs(), -35 * kMinute);
    }

    void timer_shortTimeBox_announcesOnlyTheEnd() {
        AppSettings settings(freshFile());
        PracticeSession session(settings, clock());
        QSignalSpy alerts(&session, &PracticeSession::alert);
        QVERIFY(session.start(u"task-fan-in"_s, 5));
        session.tick();
        advanceMinutes(4);
        session.tick();
        QCOMPARE(alerts.size(), 0);
        advanceMinutes(1);
        session.tick();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).at(0).value<PracticeSession::Alert>(), PracticeSession::Alert::TimeUp);
    }

    void timer_clockSetBack_neverCountsBackwards() {
        AppSettings settings(freshFile());
        PracticeSession session(settings, clock());
        QVERIFY(session.start(u"task-fan-in"_s, 30));
        advanceMinutes(-90);
        QCOMPARE(session.elapsedMsecs(), 0);
        QCOMPARE(session.remainingMsecs(), 30 * kMinute);
        session.pause();
        advanceMinutes(-10); // a pause that "ended before it began" counts as none
        session.resume();
        advanceMinutes(100); // back at kStart + 0
        QCOMPARE(session.elapsedMsecs(), 0);
    }

    void timer_refusesASecondAttemptAndBadTimeBoxes() {
        AppSettings settings(freshFile());
        PracticeSession session(settings, clock());
        QVERIFY(!session.start(u"task-fan-in"_s, 0));
        QVERIFY(!session.start(u"task-fan-in"_s, PracticeSession::maxMinutes + 1));
        QVERIFY(!session.start(u"bad/id"_s, 30));
        QVERIFY(!session.start(QString(), 30));
        QCOMPARE(session.state(), PracticeSession::State::Idle);
        QVERIFY(session.start(u"task-fan-in"_s, 30));
        QVERIFY(!session.start(u"task-worker-pool"_s, 45));
        QCOMPARE(session.taskId(), u"task-fan-in"_s);
    }

    void timer_unreadableStoredAttempt_isReportedAndLeftInTheFile() {
        const QString path = freshFile();
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QLatin1StringView(keys::practiceState), u"running"_s);
            raw.setValue(QLatin1StringView(keys::practiceTask), u"task-fan-in"_s);
            raw.setValue(QLatin1StringView(keys::practiceMinutes), u"forty"_s);
            raw.setValue(QLatin1StringView(keys::practiceStartedAt), u"yesterday"_s);
        }
        AppSettings settings(path);
        PracticeSession session(settings, clock());
        QCOMPARE(session.state(), PracticeSession::State::Idle);
        QVERIFY(!session.loadProblem().isEmpty());
        QCOMPARE(settings.value(keys::practiceMinutes).toString(), u"forty"_s);
        session.tick(); // must not crash or warn
        QVERIFY(session.start(u"task-fan-in"_s, 30));
        QCOMPARE(settings.value(keys::practiceMinutes).toInt(), 30);
    }

    void requirementTicks_surviveRestartAndGoIntoTheAttempt() {
        const QString path = freshFile();
        {
            AppSettings settings(path);
            PracticeSession session(settings, clock());
            session.setRequirementDone(0, true); // idle: ignored
            QVERIFY(session.requirementsDone().isEmpty());
            QVERIFY(session.start(u"task-worker-pool"_s, 45));
            session.setRequirementDone(3, true);
            session.setRequirementDone(0, true);
            session.setRequirementDone(2, true);
            session.setRequirementDone(2, false);
        }
        AppSettings settings(path);
        PracticeSession session(settings, clock());
        QCOMPARE(session.requirementsDone(), QList<int>({0, 3}));
        AttemptLog log(settings);
        advanceMinutes(30);
        QVERIFY(session.record(log, AttemptRating::Partly, u"ran out of time on shutdown"_s));
        QCOMPARE(log.attempts(u"task-worker-pool"_s).first().requirementsDone, QList<int>({0, 3}));
    }

    void attempt_recordEndsTheSessionAndRoundTripsThroughTheLog() {
        const QString path = freshFile();
        const QString note = u"Used <b>errgroup</b>, \"forgot\" ctx; next time:\n  close(out) & drain → ✓"_s;
        Attempt expected;
        {
            AppSettings settings(path);
            AttemptLog log(settings);
            PracticeSession session(settings, clock());
            QSignalSpy logChanged(&log, &AttemptLog::changed);
            QVERIFY(session.start(u"task-pipeline"_s, 45));
            advanceMinutes(20);
            session.pause();
            advanceMinutes(5);
            session.resume();
            advanceMinutes(18.5);
            QVERIFY(session.record(log, AttemptRating::Solved, u"  "_s + note + u"\n"_s));
            QCOMPARE(session.state(), PracticeSession::State::Idle);
            QCOMPARE(logChanged.size(), 1);
            expected.taskId = u"task-pipeline"_s;
            expected.startedAt = kStart;
            expected.usedSecs = qint64(38.5 * 60);
            expected.minutes = 45;
            expected.rating = AttemptRating::Solved;
            expected.note = note;
            QCOMPARE(log.attempts(u"task-pipeline"_s), QList<Attempt>{expected});
            // A second attempt later on, without a note.
            advanceMinutes(60 * 24);
            QVERIFY(session.start(u"task-pipeline"_s, 30));
            advanceMinutes(31);
            session.stop();
            QVERIFY(session.record(log, AttemptRating::NotYet, QString()));
        }
        AppSettings settings(path);
        QVERIFY(settings.value(keys::practiceState).isNull()); // nothing left in progress
        AttemptLog log(settings);
        QVERIFY(log.loadProblems().isEmpty());
        const QList<Attempt> attempts = log.attempts(u"task-pipeline"_s);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0), expected);
        QCOMPARE(attempts.at(1).usedSecs, 31 * 60);
        QCOMPARE(attempts.at(1).minutes, 30);
        QCOMPARE(attempts.at(1).rating, AttemptRating::NotYet);
        QCOMPARE(attempts.at(1).note, QString());
        QCOMPARE(log.bestRating(u"task-pipeline"_s), AttemptRating::Solved);
        QCOMPARE(log.bestRating(u"task-fan-in"_s), std::nullopt);
        PracticeSession session(settings, clock());
        QCOMPARE(session.state(), PracticeSession::State::Idle);
    }

    void attempt_discardLeavesNoTrace() {
        const QString path = freshFile();
        AppSettings settings(path);
        AttemptLog log(settings);
        PracticeSession session(settings, clock());
        QVERIFY(session.start(u"task-fan-in"_s, 30));
        session.discard();
        QCOMPARE(session.state(), PracticeSession::State::Idle);
        QVERIFY(log.all().isEmpty());
        QVERIFY(!session.record(log, AttemptRating::Solved, QString()));
        QVERIFY(settings.settings().childGroups().filter(u"practice"_s).isEmpty());
    }

    void attemptLog_unreadableEntriesAreReportedKeptAndNeverOverwritten() {
        const QString path = freshFile();
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(u"attempts/task-fan-in/000001"_s,
                         u"{\"started\":\"2026-11-01T10:00:00.000Z\",\"usedSecs\":600,\"minutes\":30,"
                         "\"rating\":\"partly\",\"note\":\"ok\"}"_s);
            raw.setValue(u"attempts/task-fan-in/000002"_s, u"{not json"_s);
            raw.setValue(u"attempts/task-fan-in/000003"_s,
                         u"{\"started\":\"2026-11-02T10:00:00.000Z\",\"usedSecs\":600,\"minutes\":30,"
                         "\"rating\":\"brilliant\"}"_s);
            raw.setValue(u"attempts/task-fan-in/abc"_s, u"{}"_s);
        }
        AppSettings settings(path);
        AttemptLog log(settings);
        QCOMPARE(log.loadProblems().size(), 3);
        QCOMPARE(log.attempts(u"task-fan-in"_s).size(), 1);
        QCOMPARE(log.attempts(u"task-fan-in"_s).first().note, u"ok"_s);
        Attempt next;
        next.taskId = u"task-fan-in"_s;
        next.startedAt = kStart;
        next.usedSecs = 100;
        next.minutes = 30;
        next.rating = AttemptRating::Solved;
        QVERIFY(log.append(next));
        QCOMPARE(settings.settings().value(u"attempts/task-fan-in/000002"_s).toString(), u"{not json"_s);
        QVERIFY(settings.settings().contains(u"attempts/task-fan-in/000004"_s));
        next.taskId = u"bad/id"_s;
        QVERIFY(!log.append(next));
    }
};

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
