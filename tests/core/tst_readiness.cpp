// SPDX-License-Identifier: GPL-3.0-or-later
// Study hints for checklist items, the activity days and every number of the readiness overview, against a
// small guide written for the test and a seeded progress file.
#include "activitylog.h"
#include "appsettings.h"
#include "attemptlog.h"
#include "checklistprogress.h"
#include "guide.h"
#include "readinessreport.h"
#include "readingprogress.h"
#include "reviewstore.h"
#include "studyhints.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace goprep::core;

namespace {

// Noon local time, well away from the 4 AM day boundary.
const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toUTC();

void writeFile(const QString &path, const QString &text) {
    QDir().mkpath(path.section(u'/', 0, -2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

QString card(const QString &id, const QString &section, const QString &topic = {}) {
    QString text = u"## Card "_s + id + u"\nSection: "_s + section + u"\n"_s;
    if (!topic.isEmpty())
        text += u"Topic: "_s + topic + u"\n"_s;
    return text + u"Level: mid\nSource: authored\n\n### Question\n\nQ?\n\n### Answer\n\nA.\n\n"_s;
}

// Introduction, Part 1 basics (values > zero, slices), Part 2 errors (wrapping, panics), Part 3 concurrency
// (channels). Cards: 3 in Part 1, 2 in Part 2, 2 in Part 3 (one of them a Q&A card about wrapping).
void writeMiniGuide(const QString &root) {
    writeFile(root + u"/guide/00-intro.md"_s, u"# Introduction {#intro}\n\n## Welcome {#welcome}\n\nHi.\n"_s);
    writeFile(root + u"/guide/01-basics.md"_s,
              u"# Part 1 — Basics {#basics}\n\n## Values {#values}\n\nv\n\n### Zero {#zero}\n\nz\n\n"
              "## Slices {#slices}\n\ns\n"_s);
    writeFile(root + u"/guide/02-errors.md"_s,
              u"# Part 2 — Errors {#errors}\n\n## Wrapping {#wrapping}\n\nw\n\n## Panics {#panics}\n\np\n"_s);
    writeFile(root + u"/guide/03-concurrency.md"_s,
              u"# Part 3 — Concurrency {#concurrency}\n\n## Channels {#channels}\n\nc\n"_s);
    writeFile(root + u"/cards/01-basics.md"_s, card(u"c-values"_s, u"values"_s) +
                                                   card(u"c-zero"_s, u"zero"_s) +
                                                   card(u"c-slices"_s, u"slices"_s));
    writeFile(root + u"/cards/02-errors.md"_s,
              card(u"c-wrap"_s, u"wrapping"_s) + card(u"c-panic"_s, u"panics"_s));
    writeFile(root + u"/cards/03-concurrency.md"_s,
              card(u"c-chan"_s, u"channels"_s) + card(u"c-qa-wrap"_s, u"channels"_s, u"wrapping"_s));
    writeFile(root + u"/checklist.md"_s, u"## Item i-values\nSections: values\n\nI know values.\n\n"
                                         "## Item i-errors\nSections: wrapping, panics\n\nI know errors.\n\n"
                                         "## Item i-mixed\nSections: slices, channels\n\nI know both.\n\n"
                                         "## Item i-whole\nSections: errors\n\nI know all of Part 2.\n"_s);
    writeFile(root + u"/tasks.md"_s,
              u"## Task t-one\nNumber: 1\nTitle: One\nMinutes: 30\nSections: values\n\n- First\n\n"
              "## Task t-two\nNumber: 2\nTitle: Two\nMinutes: 45\nReference: channels\nSections: channels\n\n"
              "- First\n- Second\n"_s);
}

CardState reviewState(const QDateTime &last, int intervalDays, double stability) {
    CardState s;
    s.phase = CardPhase::Review;
    s.stability = stability;
    s.difficulty = 5.0;
    s.lastReview = last;
    s.due = last.addDays(intervalDays);
    s.reps = 3;
    return s;
}

ReviewLogEntry logEntry(const QString &cardId, const QDateTime &time, Rating rating, CardPhase before) {
    ReviewLogEntry e;
    e.cardId = cardId;
    e.time = time;
    e.rating = rating;
    e.before.phase = before;
    if (before != CardPhase::New) {
        e.before.stability = 3.0;
        e.before.difficulty = 5.0;
        e.before.lastReview = time.addDays(-3);
        e.before.due = time;
        e.before.reps = 1;
    }
    return e;
}

} // namespace

class TestReadiness final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Guide m_guide;
    int m_files = 0;

    QString freshFile() { return m_dir.filePath(u"readiness-%1.ini"_s.arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        writeMiniGuide(m_dir.filePath(u"content"_s));
        m_guide = Guide::loadFromDirectory(m_dir.filePath(u"content"_s));
        QVERIFY2(m_guide.problems().isEmpty(), qPrintable(m_guide.problems().join(u'\n')));
        QCOMPARE(m_guide.chapters().size(), 4);
        QCOMPARE(m_guide.cards().size(), 7);
    }

    void hints_unreadSectionsAndNewCards_pointToTheirPart() {
        AppSettings settings(freshFile());
        ReadingProgress reading(settings, m_guide);
        ReviewStore reviews(&settings.settings());
        StudyHints hints(m_guide, reading, reviews);
        const StudyHint hint = hints.forSections({u"wrapping"_s, u"panics"_s}, kNow);
        QCOMPARE(hint.unreadSectionIds, QStringList({u"wrapping"_s, u"panics"_s}));
        // The Q&A card of Part 3 is about wrapping (its topic), so it counts for this item too.
        QCOMPARE(hint.weakCardIds, QStringList({u"c-wrap"_s, u"c-panic"_s, u"c-qa-wrap"_s}));
        QCOMPARE(hint.chapterIds, QStringList{u"errors"_s});
    }

    void hints_readSectionsAndStrongCards_giveNoHint() {
        AppSettings settings(freshFile());
        ReadingProgress reading(settings, m_guide);
        ReviewStore reviews(&settings.settings());
        StudyHints hints(m_guide, reading, reviews);
        // Values covers its subsection Zero: both cards count.
        QCOMPARE(hints.coveredIds(u"values"_s), QStringList({u"values"_s, u"zero"_s}));
        reading.markSectionSeen(u"values"_s);
        QVERIFY(hints.isSectionRead(u"values"_s));
        QVERIFY(!hints.isSectionRead(u"basics"_s)); // a chapter counts only once it is read
        // Reviewed yesterday with a stability of 10 days: recall is about 0.97.
        QVERIFY(reviews.setState(u"c-values"_s, reviewState(kNow.addDays(-1), 10, 10.0)));
        StudyHint hint = hints.forSections({u"values"_s}, kNow);
        QCOMPARE(hint.weakCardIds, QStringList{u"c-zero"_s}); // still new
        QVERIFY(reviews.setState(u"c-zero"_s, reviewState(kNow.addDays(-2), 10, 10.0)));
        hint = hints.forSections({u"values"_s}, kNow);
        QVERIFY(hint.isEmpty());
        QVERIFY(hint.unreadSectionIds.isEmpty());
    }

    void hints_forgottenCard_isWeakAndSuspendedIsNot() {
        AppSettings settings(freshFile());
        ReadingProgress reading(settings, m_guide);
        ReviewStore reviews(&settings.settings());
        StudyHints hints(m_guide, reading, reviews);
        reading.setRead(u"concurrency"_s, true);
        // Stability 2 days, last seen 20 days ago: recall is far below 0.8.
        QVERIFY(reviews.setState(u"c-chan"_s, reviewState(kNow.addDays(-20), 2, 2.0)));
        QVERIFY(reviews.setState(u"c-qa-wrap"_s, reviewState(kNow.addDays(-1), 10, 10.0)));
        QVERIFY(hints.isCardWeak(u"c-chan"_s, kNow));
        StudyHint hint = hints.forSections({u"channels"_s}, kNow);
        QVERIFY(hint.unreadSectionIds.isEmpty());
        QCOMPARE(hint.weakCardIds, QStringList{u"c-chan"_s});
        QCOMPARE(hint.chapterIds, QStringList{u"concurrency"_s});
        QVERIFY(reviews.setSuspended(u"c-chan"_s, true));
        QVERIFY(hints.forSections({u"channels"_s}, kNow).isEmpty());
    }

    void hints_wholeChapterItem_coversEveryCardOfThePart() {
        AppSettings settings(freshFile());
        ReadingProgress reading(settings, m_guide);
        ReviewStore reviews(&settings.settings());
        StudyHints hints(m_guide, reading, reviews);
        reading.markSectionSeen(u"errors"_s);
        const StudyHint hint = hints.forSections({u"errors"_s, u"no-such-section"_s}, kNow);
        QCOMPARE(hint.unreadSectionIds, QStringList{u"errors"_s});
        QCOMPARE(hint.weakCardIds, QStringList({u"c-wrap"_s, u"c-panic"_s, u"c-qa-wrap"_s}));
        reading.setRead(u"errors"_s, true);
        QVERIFY(hints.forSections({u"errors"_s}, kNow).unreadSectionIds.isEmpty());
    }

    void activity_daysStartAtTheStudyHourAndPersist() {
        const QString path = freshFile();
        const QDateTime lateNight = QDateTime(QDate(2026, 3, 10), QTime(2, 30)).toUTC();
        QCOMPARE(ActivityLog::studyDate(lateNight, 4), QDate(2026, 3, 9));
        QCOMPARE(ActivityLog::studyDate(lateNight, 0), QDate(2026, 3, 10));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QLatin1StringView(keys::activityDays), QStringList{u"not-a-day"_s});
        }
        {
            AppSettings settings(path);
            ActivityLog log(settings, 4);
            log.markActive(lateNight);
            log.markActive(kNow);
            log.markActive(kNow.addSecs(3600)); // the same day again
        }
        AppSettings settings(path);
        ActivityLog log(settings, 4);
        QCOMPARE(log.days(), QSet<QDate>({QDate(2026, 3, 9), QDate(2026, 3, 10)}));
        QVERIFY(settings.value(keys::activityDays).toStringList().contains(u"not-a-day"_s));
    }

    void report_numbersMatchASeededState() {
        AppSettings settings(freshFile());
        ReadingProgress reading(settings, m_guide);
        ReviewStore reviews(&settings.settings());
        ChecklistProgress checklist(settings);
        AttemptLog attempts(settings);
        ActivityLog activity(settings, 4);

        // Reading: Part 2 read; Part 1 has 4 headings (basics, values, zero, slices), 2 seen.
        reading.setRead(u"errors"_s, true);
        reading.markSectionSeen(u"basics"_s);
        reading.markSectionSeen(u"values"_s);
        activity.markActive(kNow); // reading today

        // Cards: mature (31-day interval), young (6 days), learning, relearning; the other three are new.
        QVERIFY(reviews.setState(u"c-values"_s, reviewState(kNow.addDays(-10), 31, 40.0)));
        QVERIFY(reviews.setState(u"c-zero"_s, reviewState(kNow.addDays(-2), 6, 6.0)));
        CardState learning = reviewState(kNow.addDays(-1), 1, 1.0);
        learning.phase = CardPhase::Learning;
        QVERIFY(reviews.setState(u"c-wrap"_s, learning));
        learning.phase = CardPhase::Relearning;
        learning.lapses = 1;
        QVERIFY(reviews.setState(u"c-chan"_s, learning));
        QVERIFY(reviews.setState(u"c-qa-wrap"_s, reviewState(kNow.addDays(-30), 21, 30.0))); // exactly 21

        // Review log: yesterday, 2 and 3 days ago, and one outside the 30-day window.
        QVERIFY(
            reviews.appendLog(logEntry(u"c-values"_s, kNow.addDays(-40), Rating::Good, CardPhase::Review)));
        QVERIFY(reviews.appendLog(logEntry(u"c-values"_s, kNow.addDays(-3), Rating::Good, CardPhase::New)));
        QVERIFY(reviews.appendLog(logEntry(u"c-zero"_s, kNow.addDays(-2), Rating::Again, CardPhase::Review)));
        QVERIFY(reviews.appendLog(logEntry(u"c-zero"_s, kNow.addDays(-1), Rating::Hard, CardPhase::Review)));
        QVERIFY(reviews.appendLog(logEntry(u"c-chan"_s, kNow.addDays(-1), Rating::Easy, CardPhase::Review)));

        // Checklist: i-errors ticked five days ago (breaks nothing: day -4 is missing anyway).
        checklist.setChecked(u"i-errors"_s, true, kNow.addDays(-5));

        // Attempts: t-two twice (partly, then solved), t-one never.
        Attempt attempt;
        attempt.taskId = u"t-two"_s;
        attempt.startedAt = kNow.addDays(-6);
        attempt.usedSecs = 2000;
        attempt.minutes = 45;
        attempt.rating = AttemptRating::Partly;
        QVERIFY(attempts.append(attempt));
        attempt.startedAt = kNow.addDays(-5);
        attempt.rating = AttemptRating::Solved;
        QVERIFY(attempts.append(attempt));

        const ReadinessReport report({m_guide, reading, reviews, checklist, attempts, activity}, kNow);
        QCOMPARE(report.chaptersRead(), 1);
        QCOMPARE(report.chaptersTotal(), 4);

        QCOMPARE(report.parts().size(), 3); // the introduction is not a part
        const PartReadiness &basics = report.parts().at(0);
        QCOMPARE(basics.chapterId, u"basics"_s);
        QCOMPARE(basics.partNumber, 1);
        QCOMPARE(basics.readingPercent, 50);
        QCOMPARE(basics.cardsTotal, 3);
        QCOMPARE(basics.cardsMature, 1);
        QCOMPARE(basics.cardsYoung, 1);
        QCOMPARE(basics.checklistTotal, 2); // i-values, i-mixed
        QCOMPARE(basics.checklistDone, 0);
        const PartReadiness &errors = report.parts().at(1);
        QCOMPARE(errors.readingPercent, 100);
        QCOMPARE(errors.cardsTotal, 2);
        QCOMPARE(errors.cardsMature, 0);
        QCOMPARE(errors.checklistTotal, 2); // i-errors, i-whole
        QCOMPARE(errors.checklistDone, 1);
        const PartReadiness &concurrency = report.parts().at(2);
        QCOMPARE(concurrency.readingPercent, 0);
        QCOMPARE(concurrency.cardsTotal, 2);
        QCOMPARE(concurrency.cardsMature, 1); // the Q&A card lives in this part's deck
        QCOMPARE(concurrency.checklistTotal, 1);
        // Strengths: basics (0.5 + 1/3 + 0) / 3, errors (1 + 0 + 0.5) / 3, concurrency (0 + 0.5 + 0) / 3.
        QVERIFY(qFuzzyCompare(basics.strength(), (0.5 + 1.0 / 3.0) / 3.0));
        QVERIFY(qFuzzyCompare(concurrency.strength(), 0.5 / 3.0));
        QCOMPARE(report.weakestChapterId(), u"concurrency"_s);

        QCOMPARE(report.cards(), (CardStateCounts{2, 2, 1, 2}));
        QCOMPARE(report.cards().total(), 7);

        QCOMPARE(report.recentAnswers(), 4);
        QCOMPARE(report.retentionReviews(), 3);
        QCOMPARE(report.retentionPassed(), 2);
        QVERIFY(qFuzzyCompare(*report.retention(), 2.0 / 3.0));

        QCOMPARE(report.checklistDone(), 1);
        QCOMPARE(report.checklistTotal(), 4);

        QCOMPARE(report.tasks().size(), 2);
        QCOMPARE(report.tasksPractised(), 1);
        QCOMPARE(report.tasksSolved(), 1);
        QCOMPARE(report.tasks().at(0).attempts, 0);
        QVERIFY(!report.tasks().at(0).best);
        QCOMPARE(report.tasks().at(1).attempts, 2);
        QVERIFY(report.tasks().at(1).best == AttemptRating::Solved);

        // Today (reading), -1, -2, -3 (reviews); -4 has nothing, so -5 and -6 do not count.
        QVERIFY(report.activeToday());
        QCOMPARE(report.streakDays(), 4);
        QCOMPARE(report.lastActiveDay(), QDate(2026, 3, 10));
    }

    void report_streakSurvivesUntilTheDayEndsAndBreaksAfterAGap() {
        AppSettings settings(freshFile());
        ReadingProgress reading(settings, m_guide);
        ReviewStore reviews(&settings.settings());
        ChecklistProgress checklist(settings);
        AttemptLog attempts(settings);
        ActivityLog activity(settings, 4);
        const ReadinessReport::Sources sources{m_guide, reading, reviews, checklist, attempts, activity};
        QCOMPARE(ReadinessReport(sources, kNow).streakDays(), 0);
        QVERIFY(!ReadinessReport(sources, kNow).retention());

        checklist.setChecked(u"i-values"_s, true, kNow.addDays(-1));
        activity.markActive(kNow.addDays(-2));
        ReadinessReport report(sources, kNow);
        QVERIFY(!report.activeToday());
        QCOMPARE(report.streakDays(), 2); // yesterday and the day before; today is still open
        QCOMPARE(report.lastActiveDay(), QDate(2026, 3, 9));
        // Two days later without any study the streak is over.
        QCOMPARE(ReadinessReport(sources, kNow.addDays(2)).streakDays(), 0);
        // A review at 1 AM belongs to the study day before.
        const QDateTime oneAm = QDateTime(QDate(2026, 3, 11), QTime(1, 0)).toUTC();
        QVERIFY(reviews.appendLog(logEntry(u"c-chan"_s, oneAm, Rating::Good, CardPhase::New)));
        report = ReadinessReport(sources, kNow.addSecs(6 * 3600));
        QVERIFY(report.activeToday());
        QCOMPARE(report.streakDays(), 3);
    }

    void report_noProgress_hasNoWeakestPart() {
        AppSettings settings(freshFile());
        ReadingProgress reading(settings, m_guide);
        ReviewStore reviews(&settings.settings());
        ChecklistProgress checklist(settings);
        AttemptLog attempts(settings);
        ActivityLog activity(settings, 4);
        const ReadinessReport report({m_guide, reading, reviews, checklist, attempts, activity}, kNow);
        QCOMPARE(report.weakestChapterId(), QString());
        QCOMPARE(report.cards(), (CardStateCounts{7, 0, 0, 0}));
        QCOMPARE(report.tasksPractised(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
