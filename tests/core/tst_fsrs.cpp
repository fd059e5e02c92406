// SPDX-License-Identifier: GPL-3.0-or-later
#include "fsrs.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using goprep::core::CardPhase;
using goprep::core::CardState;
using goprep::core::FsrsScheduler;
using goprep::core::Rating;
using goprep::core::SchedulerSettings;

namespace {

const QString kCardId = u"p01-test-card"_s;

SchedulerSettings unfuzzed() {
    SchedulerSettings s;
    s.enableFuzz = false;
    return s;
}

// The moment the published vectors start from.
QDateTime vectorStart() {
    return QDateTime(QDate(2022, 11, 29), QTime(12, 30), QTimeZone::utc());
}

// A card in review with the given memory state, last seen `daysAgo` days before `now`.
CardState reviewCard(double stability, double difficulty, const QDateTime &now, qint64 daysAgo) {
    CardState s;
    s.phase = CardPhase::Review;
    s.stability = stability;
    s.difficulty = difficulty;
    s.lastReview = now.addDays(-daysAgo);
    s.due = now;
    s.reps = 3;
    return s;
}

qint64 minutesUntilDue(const CardState &s, const QDateTime &now) {
    return now.secsTo(s.due) / 60;
}

} // namespace

class TestFsrs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Published FSRS-6 vectors.
    void goodSixAgainTwiceGoodFive_matchesPublishedIntervalsAndMemory();
    void againThenGoodsAtGivenGaps_matchesPublishedMemoryState();
    void firstReview_setsPublishedInitialMemoryState_data();
    void firstReview_setsPublishedInitialMemoryState();
    void easyOnNewCard_graduatesWithEightDayInterval();

    // Learning and relearning steps.
    void againOnNewCard_staysOnFirstStepForOneMinute();
    void hardOnFirstOfTwoSteps_waitsTheMeanOfBoth();
    void goodOnNewCard_advancesToSecondStepInTenMinutes();
    void hardOnLaterStep_repeatsThatStep();
    void againOnLaterStep_returnsToFirstStep();
    void goodOnLastLearningStep_graduatesWithStabilityInterval();
    void noLearningSteps_newCardGraduatesAtOnce();
    void againOnReviewCard_entersRelearningAndCountsLapse();
    void hardOnSingleRelearningStep_waitsOneAndAHalfSteps();
    void hardOnSingleLongStep_isCappedAtStepPlusOneDay();
    void goodOnRelearningStep_graduatesWithLapseStability();
    void againOnReviewWithoutRelearningSteps_staysInReviewWithLapseInterval();
    void stepsShortenedAfterCardEnteredThem_goodGraduates();

    // Memory model.
    void sameDayReview_usesShortTermFormula_data();
    void sameDayReview_usesShortTermFormula();
    void sameDayHardOrGood_neverLowersStability();
    void reviewAfterTwentyThreeHours_countsAsSameDay();
    void reviewAfterTwentyFourHours_usesRecallFormula();
    void difficulty_staysWithinOneToTen();
    void retrievability_isDesiredRetentionAfterStabilityDays();
    void retrievability_ofNewCardIsZero();
    void interval_equalsStabilityAtNinetyPercentRetention();
    void interval_lowerRetentionGivesLongerInterval();
    void interval_clampedToOneDayAndMaximum();
    void settings_outOfRangeRetentionIsClamped();
    void preview_matchesReviewForEachRating();
    void review_isDeterministicAndDoesNotTouchInput();

    // Fuzz.
    void fuzzRange_matchesAnkiSpread_data();
    void fuzzRange_matchesAnkiSpread();
    void fuzzedInterval_staysWithinRangeAndCoversIt();
    void fuzzedInterval_sameIdAndCount_sameResult();
    void fuzzedInterval_belowTwoAndAHalfDays_isNotFuzzed();
    void fuzzedReview_dueMatchesFuzzedInterval();
};

void TestFsrs::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestFsrs::goodSixAgainTwiceGoodFive_matchesPublishedIntervalsAndMemory() {
    const FsrsScheduler scheduler(unfuzzed());
    const QList<Rating> ratings{Rating::Good, Rating::Good,  Rating::Good,  Rating::Good, Rating::Good,
                                Rating::Good, Rating::Again, Rating::Again, Rating::Good, Rating::Good,
                                Rating::Good, Rating::Good,  Rating::Good};
    const QList<qint64> expectedIntervals{0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21};

    CardState card;
    QDateTime now = vectorStart();
    QList<qint64> intervals;
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        card = scheduler.review(kCardId, card, ratings.at(i), now);
        intervals.append(FsrsScheduler::elapsedDays(card.lastReview, card.due));
        if (i == 5) {
            QVERIFY2(std::abs(card.stability - 497.876555) < 1e-5,
                     qPrintable(QString::number(card.stability)));
            QVERIFY2(std::abs(card.difficulty - 2.083724) < 1e-5,
                     qPrintable(QString::number(card.difficulty)));
        }
        now = card.due;
    }
    QCOMPARE(intervals, expectedIntervals);
    QVERIFY2(std::abs(card.stability - 20.770357) < 1e-5, qPrintable(QString::number(card.stability)));
    QVERIFY2(std::abs(card.difficulty - 9.055760) < 1e-5, qPrintable(QString::number(card.difficulty)));
    QCOMPARE(card.reps, 13);
    QCOMPARE(card.lapses, 1); // the second Again was in relearning, not a new lapse
}

void TestFsrs::againThenGoodsAtGivenGaps_matchesPublishedMemoryState() {
    const FsrsScheduler scheduler(unfuzzed());
    const QList<Rating> ratings{Rating::Again, Rating::Good, Rating::Good,
                                Rating::Good,  Rating::Good, Rating::Good};
    const QList<qint64> gaps{0, 0, 1, 3, 8, 21};

    CardState card;
    QDateTime now = vectorStart();
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        now = now.addDays(gaps.at(i));
        card = scheduler.review(kCardId, card, ratings.at(i), now);
    }
    QVERIFY2(std::abs(card.stability - 53.62691) < 1e-4,
             qPrintable(QString::number(card.stability, 'g', 10)));
    QVERIFY2(std::abs(card.difficulty - 6.3574867) < 1e-4,
             qPrintable(QString::number(card.difficulty, 'g', 10)));
}

void TestFsrs::firstReview_setsPublishedInitialMemoryState_data() {
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<CardPhase>("phase");
    QTest::newRow("again") << Rating::Again << 0.212 << 6.4133 << CardPhase::Learning;
    QTest::newRow("hard") << Rating::Hard << 1.2931 << 5.11217071 << CardPhase::Learning;
    QTest::newRow("good") << Rating::Good << 2.3065 << 2.11810397 << CardPhase::Learning;
    QTest::newRow("easy") << Rating::Easy << 8.2956 << 1.0 << CardPhase::Review;
}

void TestFsrs::firstReview_setsPublishedInitialMemoryState() {
    QFETCH(Rating, rating);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    QFETCH(CardPhase, phase);
    const FsrsScheduler scheduler(unfuzzed());
    const CardState card = scheduler.review(kCardId, CardState{}, rating, vectorStart());
    QVERIFY(std::abs(card.stability - stability) < 1e-8);
    QVERIFY2(std::abs(card.difficulty - difficulty) < 1e-8,
             qPrintable(QString::number(card.difficulty, 'g', 12)));
    QCOMPARE(card.phase, phase);
    QCOMPARE(card.reps, 1);
    QCOMPARE(card.lastReview, vectorStart());
}

void TestFsrs::easyOnNewCard_graduatesWithEightDayInterval() {
    const FsrsScheduler scheduler(unfuzzed());
    const CardState card = scheduler.review(kCardId, CardState{}, Rating::Easy, vectorStart());
    QCOMPARE(card.phase, CardPhase::Review);
    QCOMPARE(card.due, vectorStart().addDays(8));
}

void TestFsrs::againOnNewCard_staysOnFirstStepForOneMinute() {
    const FsrsScheduler scheduler(unfuzzed());
    const CardState card = scheduler.review(kCardId, CardState{}, Rating::Again, vectorStart());
    QCOMPARE(card.phase, CardPhase::Learning);
    QCOMPARE(card.step, 0);
    QCOMPARE(vectorStart().secsTo(card.due), 60);
}

void TestFsrs::hardOnFirstOfTwoSteps_waitsTheMeanOfBoth() {
    const FsrsScheduler scheduler(unfuzzed());
    const CardState card = scheduler.review(kCardId, CardState{}, Rating::Hard, vectorStart());
    QCOMPARE(card.phase, CardPhase::Learning);
    QCOMPARE(card.step, 0);
    QCOMPARE(vectorStart().secsTo(card.due), 330); // (1 + 10) / 2 minutes
}

void TestFsrs::goodOnNewCard_advancesToSecondStepInTenMinutes() {
    const FsrsScheduler scheduler(unfuzzed());
    const CardState card = scheduler.review(kCardId, CardState{}, Rating::Good, vectorStart());
    QCOMPARE(card.phase, CardPhase::Learning);
    QCOMPARE(card.step, 1);
    QCOMPARE(minutesUntilDue(card, vectorStart()), 10);
}

void TestFsrs::hardOnLaterStep_repeatsThatStep() {
    SchedulerSettings settings = unfuzzed();
    settings.learningSteps = {1, 10, 60};
    const FsrsScheduler scheduler(settings);
    CardState card = scheduler.review(kCardId, CardState{}, Rating::Good, vectorStart()); // step 1
    const QDateTime now = card.due;
    card = scheduler.review(kCardId, card, Rating::Hard, now);
    QCOMPARE(card.phase, CardPhase::Learning);
    QCOMPARE(card.step, 1);
    QCOMPARE(minutesUntilDue(card, now), 10);
}

void TestFsrs::againOnLaterStep_returnsToFirstStep() {
    const FsrsScheduler scheduler(unfuzzed());
    CardState card = scheduler.review(kCardId, CardState{}, Rating::Good, vectorStart());
    const QDateTime now = card.due;
    card = scheduler.review(kCardId, card, Rating::Again, now);
    QCOMPARE(card.phase, CardPhase::Learning);
    QCOMPARE(card.step, 0);
    QCOMPARE(minutesUntilDue(card, now), 1);
    QCOMPARE(card.lapses, 0); // failing while learning is not a lapse
}

void TestFsrs::goodOnLastLearningStep_graduatesWithStabilityInterval() {
    const FsrsScheduler scheduler(unfuzzed());
    CardState card = scheduler.review(kCardId, CardState{}, Rating::Good, vectorStart());
    const QDateTime now = card.due;
    card = scheduler.review(kCardId, card, Rating::Good, now);
    QCOMPARE(card.phase, CardPhase::Review);
    QCOMPARE(card.step, 0);
    QCOMPARE(FsrsScheduler::elapsedDays(now, card.due), std::llround(card.stability));
    QVERIFY(card.due == now.addDays(2));
}

void TestFsrs::noLearningSteps_newCardGraduatesAtOnce() {
    SchedulerSettings settings = unfuzzed();
    settings.learningSteps.clear();
    const FsrsScheduler scheduler(settings);
    const CardState card = scheduler.review(kCardId, CardState{}, Rating::Good, vectorStart());
    QCOMPARE(card.phase, CardPhase::Review);
    QCOMPARE(card.due, vectorStart().addDays(2)); // round(2.3065)
}

void TestFsrs::againOnReviewCard_entersRelearningAndCountsLapse() {
    const FsrsScheduler scheduler(unfuzzed());
    const QDateTime now = vectorStart();
    const CardState before = reviewCard(10.0, 5.0, now, 10);
    const CardState card = scheduler.review(kCardId, before, Rating::Again, now);
    QCOMPARE(card.phase, CardPhase::Relearning);
    QCOMPARE(card.step, 0);
    QCOMPARE(minutesUntilDue(card, now), 10);
    QCOMPARE(card.lapses, before.lapses + 1);
    QVERIFY(card.stability < before.stability);
}

void TestFsrs::hardOnSingleRelearningStep_waitsOneAndAHalfSteps() {
    const FsrsScheduler scheduler(unfuzzed());
    CardState card =
        scheduler.review(kCardId, reviewCard(10.0, 5.0, vectorStart(), 10), Rating::Again, vectorStart());
    const QDateTime now = card.due;
    card = scheduler.review(kCardId, card, Rating::Hard, now);
    QCOMPARE(card.phase, CardPhase::Relearning);
    QCOMPARE(card.step, 0);
    QCOMPARE(minutesUntilDue(card, now), 15);
}

void TestFsrs::hardOnSingleLongStep_isCappedAtStepPlusOneDay() {
    SchedulerSettings settings = unfuzzed();
    settings.relearningSteps = {3 * 24 * 60}; // three days: 1.5x would be 4.5 days
    const FsrsScheduler scheduler(settings);
    CardState card =
        scheduler.review(kCardId, reviewCard(10.0, 5.0, vectorStart(), 10), Rating::Again, vectorStart());
    const QDateTime now = card.due;
    card = scheduler.review(kCardId, card, Rating::Hard, now);
    QCOMPARE(card.phase, CardPhase::Relearning);
    QCOMPARE(now.secsTo(card.due), qint64(4) * 24 * 60 * 60);
}

void TestFsrs::goodOnRelearningStep_graduatesWithLapseStability() {
    const FsrsScheduler scheduler(unfuzzed());
    CardState card =
        scheduler.review(kCardId, reviewCard(10.0, 5.0, vectorStart(), 10), Rating::Again, vectorStart());
    const QDateTime now = card.due;
    card = scheduler.review(kCardId, card, Rating::Good, now);
    QCOMPARE(card.phase, CardPhase::Review);
    QCOMPARE(FsrsScheduler::elapsedDays(now, card.due), std::max<qint64>(1, std::llround(card.stability)));
}

void TestFsrs::againOnReviewWithoutRelearningSteps_staysInReviewWithLapseInterval() {
    SchedulerSettings settings = unfuzzed();
    settings.relearningSteps.clear();
    const FsrsScheduler scheduler(settings);
    const QDateTime now = vectorStart();
    const CardState card = scheduler.review(kCardId, reviewCard(100.0, 5.0, now, 100), Rating::Again, now);
    QCOMPARE(card.phase, CardPhase::Review);
    QCOMPARE(card.lapses, 1);
    QVERIFY(card.stability > 1.5); // long enough that the interval is more than the 1-day floor
    QCOMPARE(FsrsScheduler::elapsedDays(now, card.due), std::llround(card.stability));
}

void TestFsrs::stepsShortenedAfterCardEnteredThem_goodGraduates() {
    const FsrsScheduler scheduler(unfuzzed());
    CardState card = scheduler.review(kCardId, CardState{}, Rating::Good, vectorStart());
    card.step = 5; // as if the user had configured more steps before
    card = scheduler.review(kCardId, card, Rating::Hard, card.due);
    QCOMPARE(card.phase, CardPhase::Review);
}

void TestFsrs::sameDayReview_usesShortTermFormula_data() {
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("expected");
    // S' = S * e^(w17 * (G - 3 + w18)) * S^-w19, at least S for Hard and above; computed here by hand.
    const auto expected = [](double s, int g) {
        const double w17 = 0.5425, w18 = 0.0912, w19 = 0.0658;
        double f = std::exp(w17 * (g - 3 + w18)) * std::pow(s, -w19);
        if (g >= 2)
            f = std::max(f, 1.0);
        return s * f;
    };
    for (const double s : {0.5, 3.0, 40.0}) {
        for (int g = 1; g <= 4; ++g)
            QTest::addRow("S=%g G=%d", s, g) << static_cast<Rating>(g) << s << expected(s, g);
    }
}

void TestFsrs::sameDayReview_usesShortTermFormula() {
    QFETCH(Rating, rating);
    QFETCH(double, start);
    QFETCH(double, expected);
    const FsrsScheduler scheduler(unfuzzed());
    const QDateTime now = vectorStart();
    CardState before = reviewCard(start, 5.0, now, 0);
    before.lastReview = now.addSecs(-3600);
    const CardState after = scheduler.review(kCardId, before, rating, now);
    QVERIFY2(std::abs(after.stability - expected) < 1e-9,
             qPrintable(QString::number(after.stability) + u" != "_s + QString::number(expected)));
}

void TestFsrs::sameDayHardOrGood_neverLowersStability() {
    const FsrsScheduler scheduler(unfuzzed());
    const QDateTime now = vectorStart();
    // At S = 10 the raw short-term factor is below 1 for Hard and Good (0.52 and 0.90).
    CardState before = reviewCard(10.0, 5.0, now, 0);
    before.lastReview = now.addSecs(-600);
    QCOMPARE(scheduler.review(kCardId, before, Rating::Hard, now).stability, 10.0);
    QCOMPARE(scheduler.review(kCardId, before, Rating::Good, now).stability, 10.0);
    QVERIFY(scheduler.review(kCardId, before, Rating::Again, now).stability < 10.0);
}

void TestFsrs::reviewAfterTwentyThreeHours_countsAsSameDay() {
    const FsrsScheduler scheduler(unfuzzed());
    const QDateTime now = vectorStart();
    CardState before = reviewCard(0.5, 5.0, now, 0);
    before.lastReview = now.addSecs(-(24 * 3600 - 1));
    const CardState after = scheduler.review(kCardId, before, Rating::Good, now);
    const double sameDay = 0.5 * std::exp(0.5425 * 0.0912) * std::pow(0.5, -0.0658);
    QVERIFY(std::abs(after.stability - sameDay) < 1e-9);
}

void TestFsrs::reviewAfterTwentyFourHours_usesRecallFormula() {
    const FsrsScheduler scheduler(unfuzzed());
    const QDateTime now = vectorStart();
    const double s = 3.0, d = 5.0;
    const CardState before = reviewCard(s, d, now, 1);
    const CardState after = scheduler.review(kCardId, before, Rating::Good, now);
    const double decay = -0.1542;
    const double factor = std::pow(0.9, 1.0 / decay) - 1.0;
    const double r = std::pow(1.0 + factor * 1.0 / s, decay);
    const double recall = s * (1.0 + std::exp(1.8722) * (11.0 - d) * std::pow(s, -0.1666) *
                                         (std::exp(0.796 * (1.0 - r)) - 1.0));
    QVERIFY2(std::abs(after.stability - recall) < 1e-9, qPrintable(QString::number(after.stability)));
}

void TestFsrs::difficulty_staysWithinOneToTen() {
    const FsrsScheduler scheduler(unfuzzed());
    QDateTime now = vectorStart();
    CardState hard = scheduler.review(kCardId, CardState{}, Rating::Again, now);
    CardState easy = scheduler.review(kCardId, CardState{}, Rating::Easy, now);
    for (int i = 0; i < 30; ++i) {
        now = now.addDays(1);
        hard = scheduler.review(kCardId, hard, Rating::Again, now);
        easy = scheduler.review(kCardId, easy, Rating::Easy, now);
        QVERIFY(hard.difficulty >= 1.0 && hard.difficulty <= 10.0);
        QVERIFY(easy.difficulty >= 1.0 && easy.difficulty <= 10.0);
    }
    QVERIFY(hard.difficulty > 9.9);
    QCOMPARE(easy.difficulty, 1.0);
}

void TestFsrs::retrievability_isDesiredRetentionAfterStabilityDays() {
    const FsrsScheduler scheduler(unfuzzed());
    const QDateTime now = vectorStart();
    QVERIFY(std::abs(scheduler.retrievability(reviewCard(10.0, 5.0, now, 10), now) - 0.9) < 1e-12);
    QCOMPARE(scheduler.retrievability(reviewCard(10.0, 5.0, now, 0), now), 1.0);
    QVERIFY(scheduler.retrievability(reviewCard(10.0, 5.0, now, 30), now) < 0.9);
}

void TestFsrs::retrievability_ofNewCardIsZero() {
    const FsrsScheduler scheduler(unfuzzed());
    QCOMPARE(scheduler.retrievability(CardState{}, vectorStart()), 0.0);
}

void TestFsrs::interval_equalsStabilityAtNinetyPercentRetention() {
    const FsrsScheduler scheduler(unfuzzed());
    QCOMPARE(scheduler.nextIntervalDays(497.876555, kCardId, 6), 498);
    QCOMPARE(scheduler.nextIntervalDays(20.4, kCardId, 6), 20);
    QVERIFY(std::abs(scheduler.idealIntervalDays(42.0) - 42.0) < 1e-9);
}

void TestFsrs::interval_lowerRetentionGivesLongerInterval() {
    SchedulerSettings settings = unfuzzed();
    settings.desiredRetention = 0.8;
    const FsrsScheduler scheduler(settings);
    // S / FACTOR * (0.8^(1/DECAY) - 1), worked out by hand for S = 10.
    const double decay = -0.1542;
    const double factor = std::pow(0.9, 1.0 / decay) - 1.0;
    const double expected = 10.0 / factor * (std::pow(0.8, 1.0 / decay) - 1.0);
    QVERIFY(expected > 20.0);
    QCOMPARE(scheduler.nextIntervalDays(10.0, kCardId, 1), std::llround(expected));
}

void TestFsrs::interval_clampedToOneDayAndMaximum() {
    SchedulerSettings settings = unfuzzed();
    settings.maximumInterval = 100;
    const FsrsScheduler scheduler(settings);
    QCOMPARE(scheduler.nextIntervalDays(0.01, kCardId, 1), 1);
    QCOMPARE(scheduler.nextIntervalDays(5000.0, kCardId, 1), 100);
}

void TestFsrs::settings_outOfRangeRetentionIsClamped() {
    SchedulerSettings settings = unfuzzed();
    settings.desiredRetention = 0.5;
    settings.learningSteps = {0, -3, 5};
    const FsrsScheduler scheduler(settings);
    QCOMPARE(scheduler.settings().desiredRetention, 0.70);
    QCOMPARE(scheduler.settings().learningSteps, QList<int>{5});
}

void TestFsrs::preview_matchesReviewForEachRating() {
    const FsrsScheduler scheduler; // fuzz on: preview must use the same fuzz as the answer
    const QDateTime now = vectorStart();
    const CardState before = reviewCard(30.0, 4.0, now, 30);
    const auto outcomes = scheduler.preview(kCardId, before, now);
    for (int g = 1; g <= 4; ++g)
        QCOMPARE(outcomes.at(g - 1), scheduler.review(kCardId, before, static_cast<Rating>(g), now));
    QVERIFY(outcomes.at(1).due < outcomes.at(3).due);
}

void TestFsrs::review_isDeterministicAndDoesNotTouchInput() {
    const FsrsScheduler scheduler;
    const QDateTime now = vectorStart();
    const CardState before = reviewCard(30.0, 4.0, now, 30);
    const CardState copy = before;
    const CardState first = scheduler.review(kCardId, before, Rating::Good, now);
    QCOMPARE(before, copy);
    QCOMPARE(scheduler.review(kCardId, before, Rating::Good, now), first);
}

void TestFsrs::fuzzRange_matchesAnkiSpread_data() {
    QTest::addColumn<double>("interval");
    QTest::addColumn<qint64>("lower");
    QTest::addColumn<qint64>("upper");
    // delta = 1 + 0.15/day over [2.5, 7) + 0.10/day over [7, 20) + 0.05/day from 20, worked out by hand.
    QTest::newRow("2.4 days: no fuzz") << 2.4 << qint64(2) << qint64(2);
    QTest::newRow("1.2 days: no fuzz") << 1.2 << qint64(1) << qint64(1);
    QTest::newRow("3 days: floor of 2") << 3.0 << qint64(2) << qint64(4); // delta 1.075
    QTest::newRow("10 days") << 10.0 << qint64(8) << qint64(12);          // delta 1.975
    QTest::newRow("30 days") << 30.0 << qint64(27) << qint64(33);         // delta 3.475
    QTest::newRow("100 days") << 100.0 << qint64(93) << qint64(107);      // delta 6.975
    QTest::newRow("capped at maximum") << 36500.0 << qint64(34673) << qint64(36500);
}

void TestFsrs::fuzzRange_matchesAnkiSpread() {
    QFETCH(double, interval);
    QFETCH(qint64, lower);
    QFETCH(qint64, upper);
    const auto range = FsrsScheduler::fuzzRange(interval, 36500);
    QCOMPARE(range.lower, lower);
    QCOMPARE(range.upper, upper);
}

void TestFsrs::fuzzedInterval_staysWithinRangeAndCoversIt() {
    const FsrsScheduler scheduler;
    QSet<qint64> seen;
    for (int i = 0; i < 2000; ++i) {
        const qint64 days = scheduler.nextIntervalDays(10.0, u"card-%1"_s.arg(i), 4);
        QVERIFY2(days >= 8 && days <= 12, qPrintable(QString::number(days)));
        seen.insert(days);
    }
    // Every day of [8, 12] is reachable, so the spread is really used.
    QCOMPARE(seen.size(), 5);
}

void TestFsrs::fuzzedInterval_sameIdAndCount_sameResult() {
    const FsrsScheduler scheduler;
    QSet<qint64> acrossCounts;
    for (int count = 1; count < 200; ++count) {
        const qint64 days = scheduler.nextIntervalDays(100.0, kCardId, count);
        QCOMPARE(scheduler.nextIntervalDays(100.0, kCardId, count), days);
        acrossCounts.insert(days);
    }
    QVERIFY(acrossCounts.size() > 1); // the review count takes part in the fuzz
    QCOMPARE(FsrsScheduler::fuzzFactor(kCardId, 7), FsrsScheduler::fuzzFactor(kCardId, 7));
}

void TestFsrs::fuzzedInterval_belowTwoAndAHalfDays_isNotFuzzed() {
    const FsrsScheduler scheduler;
    for (int i = 0; i < 500; ++i) {
        const QString id = u"card-%1"_s.arg(i);
        QCOMPARE(scheduler.nextIntervalDays(2.4, id, 2), 2);
        QCOMPARE(scheduler.nextIntervalDays(1.2, id, 2), 1);
        QVERIFY(scheduler.nextIntervalDays(2.6, id, 2) >= 2);
    }
}

void TestFsrs::fuzzedReview_dueMatchesFuzzedInterval() {
    const FsrsScheduler fuzzed;
    const FsrsScheduler plain(unfuzzed());
    const QDateTime now = vectorStart();
    const CardState before = reviewCard(30.0, 4.0, now, 30);
    QSet<qint64> seen;
    for (int i = 0; i < 300; ++i) {
        const QString id = u"card-%1"_s.arg(i);
        const CardState f = fuzzed.review(id, before, Rating::Good, now);
        const CardState p = plain.review(id, before, Rating::Good, now);
        QCOMPARE(f.stability, p.stability); // fuzz moves the date only, never the memory state
        const qint64 ideal = FsrsScheduler::elapsedDays(now, p.due);
        const auto range = FsrsScheduler::fuzzRange(plain.idealIntervalDays(p.stability), 36500);
        const qint64 days = FsrsScheduler::elapsedDays(now, f.due);
        QVERIFY(days >= range.lower && days <= range.upper);
        QVERIFY(range.lower < ideal && ideal < range.upper);
        QCOMPARE(days, fuzzed.nextIntervalDays(p.stability, id, f.reps));
        seen.insert(days);
    }
    QVERIFY(seen.size() > 3);
}

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
