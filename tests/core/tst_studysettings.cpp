// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "studysettings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using goprep::core::AppSettings;
using goprep::core::StudySettings;
namespace keys = goprep::core::keys;

class TestStudySettings final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_file = 0;

    QString newPath() { return m_dir.filePath(u"study%1.ini"_s.arg(++m_file)); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void missingKeys_giveTheDefaults() {
        AppSettings settings(newPath());
        const StudySettings s = StudySettings::read(settings);
        QCOMPARE(s.newCardsPerDay, 20);
        QCOMPARE(s.reviewsPerDay, 200);
        QCOMPARE(s.dayStartHour, 4);
        QCOMPARE(s.scheduler.desiredRetention, 0.9);
        QCOMPARE(s.scheduler.learningSteps, (QList<int>{1, 10}));
        QCOMPARE(s.scheduler.relearningSteps, QList<int>{10});
        QVERIFY(s.scheduler.enableFuzz);
        QVERIFY(s.problems.isEmpty());
    }

    void storedValues_areUsed() {
        AppSettings settings(newPath());
        settings.setValue(keys::newCardsPerDay, 35);
        settings.setValue(keys::reviewsPerDay, u"500"_s);
        settings.setValue(keys::dayStartHour, 0);
        settings.setValue(keys::desiredRetention, 0.85);
        settings.setValue(keys::learningSteps, u"2m 15m 1d"_s);
        settings.setValue(keys::relearningSteps, QString()); // no relearning steps at all
        const StudySettings s = StudySettings::read(settings);
        QCOMPARE(s.newCardsPerDay, 35);
        QCOMPARE(s.reviewsPerDay, 500);
        QCOMPARE(s.dayStartHour, 0);
        QCOMPARE(s.scheduler.desiredRetention, 0.85);
        QCOMPARE(s.scheduler.learningSteps, (QList<int>{2, 15, 24 * 60}));
        QCOMPARE(s.scheduler.relearningSteps, QList<int>{});
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join(u'\n')));
    }

    void stepsWrittenAsAList_areRead() {
        // QSettings writes a QStringList as "a, b"; a preferences dialog may store the steps that way.
        AppSettings settings(newPath());
        settings.setValue(keys::learningSteps, QStringList{u"3m"_s, u"30m"_s});
        QCOMPARE(StudySettings::read(settings).scheduler.learningSteps, (QList<int>{3, 30}));
    }

    void badValues_areReportedReplacedAndLeftInTheFile() {
        const QString path = newPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[study]\nnewCardsPerDay=lots\nreviewsPerDay=-5\ndayStartHour=25\n"
                       "desiredRetention=0.5\nlearningSteps=1m 0m\nrelearningSteps=30s\n");
        }
        AppSettings settings(path);
        const StudySettings s = StudySettings::read(settings);
        QCOMPARE(s.newCardsPerDay, 20); // not a number: the default
        QCOMPARE(s.reviewsPerDay, 0);   // out of range: the nearest allowed value
        QCOMPARE(s.dayStartHour, 23);
        QCOMPARE(s.scheduler.desiredRetention, 0.7);
        QCOMPARE(s.scheduler.learningSteps, (QList<int>{1, 10}));
        QCOMPARE(s.scheduler.relearningSteps, QList<int>{10});
        QCOMPARE(s.problems.size(), 6);
        QVERIFY(s.problems.at(0).contains(u"study/newCardsPerDay"_s));
        QVERIFY(s.problems.at(0).contains(u"lots"_s));
        QVERIFY(s.problems.at(4).contains(u"study/learningSteps"_s));
        // Nothing the user wrote is lost.
        QCOMPARE(settings.value(keys::newCardsPerDay).toString(), u"lots"_s);
        QCOMPARE(settings.value(keys::relearningSteps).toString(), u"30s"_s);
    }

    void parseSteps_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<int>>("minutes");
        QTest::newRow("anki style") << u"1m 10m"_s << true << QList<int>{1, 10};
        QTest::newRow("bare minutes, commas") << u"1, 10,30"_s << true << QList<int>{1, 10, 30};
        QTest::newRow("hours and days") << u"1h 2D"_s << true << QList<int>{60, 2 * 24 * 60};
        QTest::newRow("empty") << u"  "_s << true << QList<int>{};
        QTest::newRow("zero") << u"0m"_s << false << QList<int>{};
        QTest::newRow("seconds") << u"30s"_s << false << QList<int>{};
        QTest::newRow("negative") << u"-1m"_s << false << QList<int>{};
        QTest::newRow("over a year") << u"366d"_s << false << QList<int>{};
        QTest::newRow("words") << u"ten minutes"_s << false << QList<int>{};
    }

    void parseSteps() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<int>, minutes);
        const auto steps = StudySettings::parseSteps(text);
        QCOMPARE(steps.has_value(), valid);
        if (valid) {
            QCOMPARE(*steps, minutes);
            QCOMPARE(StudySettings::parseSteps(StudySettings::formatSteps(*steps)), steps);
        }
    }

    void formatSteps_usesTheLargestWholeUnit() {
        QCOMPARE(StudySettings::formatSteps({1, 10, 90, 120, 1440}), u"1m 10m 90m 2h 1d"_s);
        QCOMPARE(StudySettings::formatSteps({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestStudySettings)
#include "tst_studysettings.moc"
