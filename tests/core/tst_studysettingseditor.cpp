// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "fsrs.h"
#include "studysettingseditor.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;
using namespace goprep::core;

class TestStudySettingsEditor final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"editor-%1.ini"_s.arg(++m_counter)); }
    static QByteArray bytes(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void setters_storeWhatReadUsesAndSignalOncePerChange() {
        const QString path = freshPath();
        {
            AppSettings settings(path);
            StudySettingsEditor editor(settings);
            QSignalSpy spy(&editor, &StudySettingsEditor::changed);
            QVERIFY(editor.setDesiredRetention(0.8));
            QVERIFY(editor.setDesiredRetention(0.8)); // the same value: no second signal
            QVERIFY(editor.setNewCardsPerDay(0));
            QVERIFY(editor.setReviewsPerDay(500));
            QVERIFY(editor.setDayStartHour(0));
            QVERIFY(editor.setLearningSteps({2, 15, 60}));
            QVERIFY(editor.setRelearningSteps({}));
            QCOMPARE(spy.count(), 6);
        }
        // What a restarted GoPrep reads.
        AppSettings settings(path);
        const StudySettings s = StudySettings::read(settings);
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join(u'\n')));
        QCOMPARE(s.scheduler.desiredRetention, 0.8);
        QCOMPARE(s.newCardsPerDay, 0);
        QCOMPARE(s.reviewsPerDay, 500);
        QCOMPARE(s.dayStartHour, 0);
        QCOMPARE(s.scheduler.learningSteps, (QList<int>{2, 15, 60}));
        QCOMPARE(s.scheduler.relearningSteps, QList<int>{}); // "none" is kept, not turned into the default
        QCOMPARE(settings.value(keys::learningSteps).toString(), u"2m 15m 1h"_s);
    }

    void setter_overwritesADamagedStoredValue() {
        AppSettings settings(freshPath());
        settings.setValue(keys::newCardsPerDay, u"plenty"_s);
        StudySettingsEditor editor(settings);
        QCOMPARE(editor.current().newCardsPerDay, 20);
        QSignalSpy spy(&editor, &StudySettingsEditor::changed);
        QVERIFY(editor.setNewCardsPerDay(20)); // the value in use, but not what is stored
        QCOMPARE(spy.count(), 1);
        QVERIFY(editor.current().problems.isEmpty());
    }

    void setters_refuseOutOfRangeValuesAndWriteNothing() {
        const QString path = freshPath();
        AppSettings settings(path);
        StudySettingsEditor editor(settings);
        const QByteArray before = bytes(path);
        QSignalSpy spy(&editor, &StudySettingsEditor::changed);
        QVERIFY(!editor.setDesiredRetention(0.69));
        QVERIFY(!editor.setDesiredRetention(0.995));
        QVERIFY(!editor.setDesiredRetention(std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(!editor.setNewCardsPerDay(-1));
        QVERIFY(!editor.setReviewsPerDay(StudySettings::maxPerDay + 1));
        QVERIFY(!editor.setDayStartHour(24));
        QVERIFY(!editor.setLearningSteps({0}));
        QVERIFY(!editor.setRelearningSteps({StudySettings::maxStepMinutes + 1}));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(bytes(path), before);
    }

    void restoreDefaults_removesEveryStudyKey() {
        AppSettings settings(freshPath());
        StudySettingsEditor editor(settings);
        QVERIFY(editor.setDesiredRetention(0.75));
        QVERIFY(editor.setLearningSteps({5}));
        QSignalSpy spy(&editor, &StudySettingsEditor::changed);
        editor.restoreDefaults();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!settings.settings().contains(QLatin1StringView(keys::desiredRetention)));
        QCOMPARE(editor.current().scheduler.learningSteps, (QList<int>{1, 10}));
        QCOMPARE(editor.current().scheduler.desiredRetention, 0.9);
    }

    void retentionAndSteps_reachTheScheduler() {
        AppSettings settings(freshPath());
        StudySettingsEditor editor(settings);
        const QDateTime now(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc());
        const auto easyDays = [&] {
            const FsrsScheduler scheduler(editor.current().scheduler);
            return FsrsScheduler::elapsedDays(now, scheduler.review(u"c"_s, {}, Rating::Easy, now).due);
        };
        const qint64 atDefault = easyDays();
        QVERIFY(editor.setDesiredRetention(0.75));
        QVERIFY(editor.setLearningSteps({3}));
        // Remembering less of the cards lets them wait longer.
        QVERIFY2(easyDays() > atDefault, qPrintable(u"%1 vs %2"_s.arg(easyDays()).arg(atDefault)));
        const FsrsScheduler scheduler(editor.current().scheduler);
        QCOMPARE(now.secsTo(scheduler.review(u"c"_s, {}, Rating::Again, now).due), 3 * 60);
    }
};

QTEST_GUILESS_MAIN(TestStudySettingsEditor)
#include "tst_studysettingseditor.moc"
