// SPDX-License-Identifier: GPL-3.0-or-later
// Progress survives SIGKILL: the driver (durabilitydriver.cpp) makes a change through the app's own classes,
// says "done" after the sync, and is killed at once; the change must be there when the file is read again.
#include "appsettings.h"
#include "attemptlog.h"
#include "checklistprogress.h"
#include "guide.h"
#include "readingprogress.h"
#include "reviewstore.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace goprep::core;

namespace {

const QStringList kinds{u"grade"_s, u"check"_s, u"position"_s, u"setting"_s, u"attempt"_s};

struct Run {
    QStringList lines;
    bool killed = false;
};

// Starts the driver and kills it with SIGKILL as soon as `stopAfter` says so (called with every line read).
template<typename Stop> Run runAndKill(const QStringList &arguments, Stop stopAfter, int timeoutMs = 60'000) {
    Run run;
    QProcess driver;
    driver.setProgram(QStringLiteral(GOPREP_DURABILITY_DRIVER));
    driver.setArguments(arguments);
    driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    driver.start();
    if (!driver.waitForStarted(timeoutMs))
        return run;
    const QDeadlineTimer deadline(timeoutMs);
    bool stop = false;
    while (!stop && !deadline.hasExpired() && driver.state() == QProcess::Running) {
        if (!driver.canReadLine() && !driver.waitForReadyRead(int(deadline.remainingTime())))
            continue;
        while (!stop && driver.canReadLine()) {
            run.lines << QString::fromUtf8(driver.readLine()).trimmed();
            stop = stopAfter(run.lines.last());
        }
    }
    driver.kill(); // SIGKILL: no destructor, no atexit, no final sync
    driver.waitForFinished(10'000);
    run.killed = stop && driver.exitStatus() == QProcess::CrashExit;
    run.lines << QString::fromUtf8(driver.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    return run;
}

// What a restarted GoPrep sees.
struct Reloaded {
    Reloaded(const QString &path, const Guide &guide)
        : settings(path)
        , store(&settings.settings(), guide)
        , checklist(settings, guide)
        , reading(settings, guide)
        , attempts(settings) {}
    AppSettings settings;
    ReviewStore store;
    ChecklistProgress checklist;
    ReadingProgress reading;
    AttemptLog attempts;

    bool hasAttempt(const QString &taskId, const QString &note) const {
        for (const Attempt &a : attempts.attempts(taskId))
            if (a.note == note)
                return true;
        return false;
    }

    bool hasReview(const QString &cardId, qint64 seq) const {
        for (const ReviewLogEntry &entry : store.log())
            if (entry.seq == seq)
                return entry.cardId == cardId && !store.state(cardId).isNew();
        return false;
    }

    // True when the change a "done" line reports is in the file.
    bool has(const QString &done) const {
        const QStringList f = done.split(u' ');
        if (f.value(1) == u"grade"_s && f.size() == 4)
            return hasReview(f[2], f[3].toLongLong());
        if (f.value(1) == u"check"_s && f.size() == 4)
            return checklist.isChecked(f[2]) == (f[3] == u"1"_s);
        if (f.value(1) == u"position"_s && f.size() == 5)
            return reading.position(f[2]) == f[3].toDouble() && reading.positionSection(f[2]) == f[4];
        if (f.value(1) == u"attempt"_s && f.size() == 4)
            return hasAttempt(f[2], u"attempt "_s + f[3]);
        if (f.value(1) == u"setting"_s && f.size() == 3)
            return settings.intValue(keys::reviewsPerDay, -1, 0, 1'000'000) == f[2].toInt();
        return false;
    }

    // The key a "done" line is about, so a later change of the same key supersedes it.
    static QString keyOf(const QString &done) {
        const QStringList f = done.split(u' ');
        return f.value(1) == u"grade"_s
                   ? done
                   : f.value(1) + u' ' + (f.value(1) == u"setting"_s ? QString() : f.value(2));
    }
};

} // namespace

class TestDurability final : public QObject {
    Q_OBJECT
    Guide m_guide;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_guide = Guide::loadBuiltIn();
        QVERIFY(m_guide.cards().size() > 30);
    }

    // 100 launches, each killed right after its change was reported done; every change and every earlier one
    // must be there after the restart.
    void sigkillRightAfterDone_losesNothing() {
        const QString path = m_dir.filePath(u"kills.ini"_s);
        constexpr int iterations = 100;
        int survived = 0;
        qsizetype grades = 0;
        qsizetype attempts = 0;
        QHash<QString, QString> latest; // key -> last done line for it
        for (int i = 0; i < iterations; ++i) {
            const QString kind = kinds.at(i % kinds.size());
            const Run run = runAndKill({path, kind, QString::number(i)},
                                       [](const QString &line) { return line.startsWith(u"done"_s); });
            QVERIFY2(run.killed,
                     qPrintable(u"launch %1 (%2): %3"_s.arg(i).arg(kind, run.lines.join(u" | "_s))));
            // The restarted driver read everything earlier launches reported done, without any problem.
            int checked = 0;
            for (auto it = latest.cbegin(); it != latest.cend(); ++it)
                checked += it.key().startsWith(u"check "_s) && it.value().endsWith(u" 1"_s) ? 1 : 0;
            QCOMPARE(
                run.lines.first(),
                u"loaded log=%1 checked=%2 attempts=%3 problems=0"_s.arg(grades).arg(checked).arg(attempts));
            const QString done = run.lines.at(1);
            latest.insert(Reloaded::keyOf(done), done);
            attempts += kind == u"attempt"_s ? 1 : 0;
            grades += kind == u"grade"_s ? 1 : 0;

            const Reloaded reloaded(path, m_guide);
            bool all = reloaded.settings.loadProblem().isEmpty() && reloaded.store.loadProblems().isEmpty();
            for (const QString &line : std::as_const(latest))
                all = all && reloaded.has(line);
            survived += all ? 1 : 0;
            QVERIFY2(all, qPrintable(u"launch %1 lost %2"_s.arg(i).arg(done)));
        }
        qInfo("kills survived: %d of %d", survived, iterations);
        QCOMPARE(survived, iterations);
    }

    // Kills at random moments while changes are being written one after another: the file is never left
    // half-written, and everything reported done before the kill is there.
    void sigkillDuringWrites_leavesAReadableFileWithEveryDoneChange() {
        const QString path = m_dir.filePath(u"midwrite.ini"_s);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random delays from seed %u", seed);
        QRandomGenerator random(seed);
        constexpr int rounds = 20;
        int start = 0;
        QHash<QString, QString> latest;
        int verified = 0;
        for (int round = 0; round < rounds; ++round) {
            // Let it write for a random number of changes, then kill it wherever it is.
            const int changes = int(random.bounded(1, 40));
            int seen = 0;
            const Run run = runAndKill({path, u"loop"_s, QString::number(start)}, [&](const QString &line) {
                return line.startsWith(u"done"_s) && ++seen >= changes;
            });
            QVERIFY2(run.killed, qPrintable(run.lines.join(u" | "_s)));
            QVERIFY2(run.lines.first().endsWith(u"problems=0"_s), qPrintable(run.lines.first()));
            QStringList done = run.lines.mid(1);
            done.removeIf([](const QString &line) { return !line.startsWith(u"done"_s); });
            QVERIFY(done.size() >= changes);
            for (const QString &line : std::as_const(done))
                latest.insert(Reloaded::keyOf(line), line);
            // The change after the last "done" may or may not have reached the file: its key may hold either.
            const int inFlight = start + int(done.size());
            const QString inFlightKey = keyOfChange(inFlight);
            start = inFlight + 1;

            const Reloaded reloaded(path, m_guide);
            QVERIFY2(reloaded.settings.loadProblem().isEmpty(), qPrintable(reloaded.settings.loadProblem()));
            QVERIFY(reloaded.settings.keptCopy().isEmpty());
            QVERIFY2(reloaded.store.loadProblems().isEmpty(),
                     qPrintable(reloaded.store.loadProblems().join(u'\n')));
            for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
                if (it.key() == inFlightKey)
                    continue;
                QVERIFY2(reloaded.has(it.value()),
                         qPrintable(u"round %1 lost %2"_s.arg(round).arg(it.value())));
                ++verified;
            }
            latest.remove(inFlightKey); // later "done" lines say anew what it holds
        }
        qInfo("%d kills during writes, %d reported changes verified", rounds, verified);
    }

private:
    // The key change number `n` of the loop driver touches (see durabilitydriver.cpp); empty for a grade,
    // which only adds.
    QString keyOfChange(int n) const {
        const QString kind = kinds.at(n % kinds.size());
        if (kind == u"check"_s)
            return u"check "_s + m_guide.checklist().at(n % m_guide.checklist().size()).id;
        if (kind == u"position"_s)
            return u"position "_s + m_guide.chapters().at(n % m_guide.chapters().size()).id;
        if (kind == u"setting"_s)
            return u"setting "_s;
        return {};
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
