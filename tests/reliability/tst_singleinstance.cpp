// SPDX-License-Identifier: GPL-3.0-or-later
// One GoPrep per settings file, proven with the real executable: a second launch hands its --chapter to the
// running one and exits; a lock left by a killed GoPrep is taken over.
#include "appsettings.h"
#include "singleinstance.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace goprep;

class TestSingleInstance final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // the launches' own runtime folder, where the lock lives
    QList<QProcess *> m_running;

    QProcess *launch(const QString &settings, const QStringList &more = {}) {
        auto *app = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        app->setProcessEnvironment(env);
        app->setProcessChannelMode(QProcess::ForwardedChannels);
        app->start(QStringLiteral(GOPREP_APP), QStringList{u"--settings-file"_s, settings} + more);
        m_running << app;
        return app;
    }

    static QString storedLastChapter(const QString &settings) {
        return QSettings(settings, QSettings::IniFormat)
            .value(QLatin1StringView(core::keys::lastChapter))
            .toString();
    }

    // The pid written in the lock, or 0 when there is no lock.
    static qint64 lockHolder(const QString &settings) {
        QLockFile lock(ui::SingleInstance::lockFilePath(core::AppSettings::resolvePath(settings)));
        qint64 pid = 0;
        QString host, app;
        return lock.getLockInfo(&pid, &host, &app) ? pid : 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // This process computes the same lock path as the launches.
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    }

    void cleanup() {
        for (QProcess *app : std::as_const(m_running)) {
            app->kill();
            app->waitForFinished(10'000);
            delete app;
        }
        m_running.clear();
    }

    void secondLaunch_handsItsChapterToTheFirstAndExits() {
        const QString settings = m_dir.filePath(u"handover.ini"_s);
        QProcess *first = launch(settings);
        QVERIFY(first->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(lockHolder(settings), first->processId(), 60'000);
        QCOMPARE(storedLastChapter(settings), QString());
        // A GoPrep open for an hour is not stale: only a lock whose process is gone is.
        const QString lockPath = ui::SingleInstance::lockFilePath(core::AppSettings::resolvePath(settings));
        QFile lockFile(lockPath);
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        QVERIFY(
            lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFile::FileModificationTime));
        lockFile.close();

        QElapsedTimer timer;
        timer.start();
        QProcess *second = launch(settings, {u"--chapter"_s, u"testing#table-driven-tests"_s});
        QVERIFY(second->waitForFinished(30'000));
        const qint64 secondMs = timer.elapsed();
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        qInfo("the second launch handed over and exited in %lld ms", secondMs);
        QVERIFY(secondMs < 10'000);

        // The first opened the chapter (and, opening it, stored it as the last chapter).
        QTRY_COMPARE_WITH_TIMEOUT(storedLastChapter(settings), u"testing"_s, 20'000);
        QCOMPARE(first->state(), QProcess::Running);
        QCOMPARE(lockHolder(settings), first->processId());

        QProcess *third = launch(settings, {u"--chapter"_s, u"generics"_s});
        QVERIFY(third->waitForFinished(30'000));
        QCOMPARE(third->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(storedLastChapter(settings), u"generics"_s, 20'000);
    }

    void staleLockOfAKilledGoPrep_isTakenOver() {
        const QString settings = m_dir.filePath(u"stale.ini"_s);
        QProcess *crashed = launch(settings);
        QVERIFY(crashed->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(lockHolder(settings), crashed->processId(), 60'000);
        const qint64 crashedPid = crashed->processId();
        crashed->kill();
        QVERIFY(crashed->waitForFinished(10'000));
        QCOMPARE(lockHolder(settings), crashedPid); // the lock stays behind, naming a process that is gone

        QProcess *next = launch(settings, {u"--chapter"_s, u"generics"_s});
        QVERIFY(next->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(lockHolder(settings), next->processId(), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(storedLastChapter(settings), u"generics"_s, 20'000);
        QCOMPARE(next->state(), QProcess::Running);

        // It listens where the crashed one did: a later launch hands over to it.
        QProcess *later = launch(settings, {u"--chapter"_s, u"testing"_s});
        QVERIFY(later->waitForFinished(30'000));
        QCOMPARE(later->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(storedLastChapter(settings), u"testing"_s, 20'000);
        QCOMPARE(next->state(), QProcess::Running);
    }

    void differentSettingsFiles_runSideBySide() {
        QProcess *one = launch(m_dir.filePath(u"one.ini"_s));
        QProcess *two = launch(m_dir.filePath(u"two.ini"_s));
        QTRY_COMPARE_WITH_TIMEOUT(lockHolder(m_dir.filePath(u"one.ini"_s)), one->processId(), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(lockHolder(m_dir.filePath(u"two.ini"_s)), two->processId(), 60'000);
        QCOMPARE(one->state(), QProcess::Running);
        QCOMPARE(two->state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
