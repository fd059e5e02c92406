// SPDX-License-Identifier: GPL-3.0-or-later
#include "fsrs.h"
#include "reviewstore.h"
#include "studyday.h"
#include "studystatistics.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using goprep::core::CardPhase;
using goprep::core::CardState;
using goprep::core::Rating;
using goprep::core::ReviewLogEntry;
using goprep::core::ReviewStore;
using goprep::core::StudyDay;
using goprep::core::StudyStatistics;

namespace {

// Local wall-clock times, so the day boundaries hold in any time zone; June and July have no DST change.
QDateTime local(int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(2024, month, day), QTime(hour, minute)).toUTC();
}

// "Now" for every test: Sunday 30 June 2024, 10:00 local time. Study days start at 4 AM.
const QDateTime kNow = local(6, 30, 10);

ReviewLogEntry answer(const QString &cardId, const QDateTime &time, CardPhase phase, Rating rating) {
    ReviewLogEntry e;
    e.cardId = cardId;
    e.time = time;
    e.rating = rating;
    e.before.phase = phase;
    if (phase != CardPhase::New) {
        e.before.stability = 5.0;
        e.before.difficulty = 5.0;
        e.before.lastReview = time.addDays(-5);
        e.before.due = time;
        e.before.reps = 3;
    }
    return e;
}

CardState dueAt(CardPhase phase, const QDateTime &due, bool suspended = false) {
    CardState s;
    s.phase = phase;
    s.stability = 10.0;
    s.difficulty = 5.0;
    s.lastReview = due.addDays(-10);
    s.due = due;
    s.reps = 4;
    s.suspended = suspended;
    return s;
}

} // namespace

namespace goprep::core {
char *toString(const StudyStatistics::DayReviews &d) {
    return QTest::toString(
        u"%1: new %2, learning %3, review %4, passed %5"_s.arg(d.date.toString(Qt::ISODate))
            .arg(d.newCards)
            .arg(d.learning)
            .arg(d.review)
            .arg(d.passed));
}
char *toString(const StudyStatistics::DayForecast &d) {
    return QTest::toString(
        u"%1: learning %2, review %3"_s.arg(d.date.toString(Qt::ISODate)).arg(d.learning).arg(d.review));
}
char *toString(const StudyStatistics::Retention &r) {
    return QTest::toString(u"%1 of %2"_s.arg(r.passed).arg(r.answers));
}
char *toString(const StudyStatistics::CardCounts &c) {
    return QTest::toString(u"new %1, learning %2, review %3, suspended %4, overdue %5"_s.arg(c.newCards)
                               .arg(c.learning)
                               .arg(c.review)
                               .arg(c.suspended)
                               .arg(c.overdue));
}
} // namespace goprep::core

class TestStatistics final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void studyDay_beginsAtTheStartHour() {
        const StudyDay day(4);
        QCOMPARE(day.date(local(6, 30, 3, 59)), QDate(2024, 6, 29));
        QCOMPARE(day.date(local(6, 30, 4, 0)), QDate(2024, 6, 30));
        QCOMPARE(day.start(local(6, 30, 3, 59)), local(6, 29, 4));
        QCOMPARE(day.end(local(6, 30, 3, 59)), local(6, 30, 4));
        QCOMPARE(StudyDay(0).date(local(6, 30, 0, 30)), QDate(2024, 6, 30));
        QCOMPARE(StudyDay(99).startHour(), 23); // out-of-range hours are clamped, not trusted
    }

    // The log is written through a ReviewStore and read back from its file, as the app does on start.
    void reviewsPerDay_countsSeededLogByStudyDayAndPhase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stats.ini"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            ReviewStore store(&settings);
            for (const ReviewLogEntry &e : seededLog())
                QVERIFY(store.appendLog(e) > 0);
        }
        QSettings settings(path, QSettings::IniFormat);
        const ReviewStore store(&settings);
        QCOMPARE(store.log().size(), seededLog().size());

        const StudyStatistics stats([] { return kNow; }, 4);
        QCOMPARE(stats.today(), QDate(2024, 6, 30));
        const auto days = stats.reviewsPerDay(store.log());
        QCOMPARE(days.size(), 30);
        QCOMPARE(days.first().date, QDate(2024, 6, 1));
        QCOMPARE(days.last().date, QDate(2024, 6, 30));

        // Today: a new card, two passed reviews and a lapse.
        QCOMPARE(days.at(29), (StudyStatistics::DayReviews{QDate(2024, 6, 30), 1, 0, 3, 2}));
        // 29 June: the relearning answer at 22:00 and the learning answer at 03:30 the next morning, which is
        // still the 29th's study day.
        QCOMPARE(days.at(28), (StudyStatistics::DayReviews{QDate(2024, 6, 29), 0, 2, 0, 0}));
        // 1 June 04:00 is the first moment of the window; 03:59 belongs to 31 May and is left out.
        QCOMPARE(days.at(0), (StudyStatistics::DayReviews{QDate(2024, 6, 1), 0, 0, 1, 1}));
        // 10 June: five reviews, one Again.
        QCOMPARE(days.at(9), (StudyStatistics::DayReviews{QDate(2024, 6, 10), 0, 0, 5, 4}));
        int total = 0;
        for (const auto &day : days)
            total += day.total();
        QCOMPARE(total, 4 + 2 + 1 + 5); // nothing from May, nothing from the future
    }

    void reviewsPerDay_followsTheDayStartHour() {
        // With days starting at midnight, the 03:30 answer belongs to 30 June.
        const StudyStatistics stats([] { return kNow; }, 0);
        const auto days = stats.reviewsPerDay(seededLog());
        QCOMPARE(days.at(29).learning, 1);
        QCOMPARE(days.at(28).learning, 1);
    }

    void retention_isShareOfReviewAnswersThatWereNotAgain() {
        const StudyStatistics stats([] { return kNow; }, 4);
        // Review-phase answers in the window: 3 today (2 passed), 1 on 1 June (Hard, passed), 5 on 10 June
        // (4 passed). Learning, relearning and new answers do not count.
        const auto retention = stats.retention(seededLog());
        QCOMPARE(retention, (StudyStatistics::Retention{9, 7}));
        QVERIFY(retention.rate());
        QCOMPARE(*retention.rate(), 7.0 / 9.0);
        QVERIFY(!StudyStatistics::Retention{}.rate());
    }

    void window_movesWithTheClock() {
        QDateTime now = kNow;
        const StudyStatistics stats([&now] { return now; }, 4);
        QCOMPARE(stats.retention(seededLog()).answers, 9);
        // 1 June and 10 June have left the window; 1 July, once in the future, is in it now.
        now = local(7, 10, 12);
        QCOMPARE(stats.retention(seededLog()), (StudyStatistics::Retention{4, 3}));
        QCOMPARE(stats.reviewsPerDay(seededLog()).at(29).date, QDate(2024, 7, 10));
    }

    void forecast_countsDueCardsPerDayWithOverdueToday() {
        const StudyStatistics stats([] { return kNow; }, 4);
        const auto days = stats.forecast(seededStates(), guideIds());
        QCOMPARE(days.size(), 30);
        // Today: overdue a, b tonight, learning c in ten minutes, d at 02:00 tomorrow (still today's study
        // day).
        QCOMPARE(days.at(0), (StudyStatistics::DayForecast{QDate(2024, 6, 30), 1, 3}));
        QCOMPARE(days.at(1), (StudyStatistics::DayForecast{QDate(2024, 7, 1), 0, 1}));
        QCOMPARE(days.at(3), (StudyStatistics::DayForecast{QDate(2024, 7, 3), 1, 0}));
        QCOMPARE(days.at(29), (StudyStatistics::DayForecast{QDate(2024, 7, 29), 0, 1}));
        int total = 0;
        for (const auto &day : days)
            total += day.total();
        // Left out: g (beyond the window), h (suspended), i (new), j (removed from the guide).
        QCOMPARE(total, 7);
    }

    void cardCounts_countGuideCardsByState() {
        const StudyStatistics stats([] { return kNow; }, 4);
        QSet<QString> ids = guideIds();
        ids.insert(u"z-never-studied"_s);
        QCOMPARE(stats.cardCounts(seededStates(), ids), (StudyStatistics::CardCounts{2, 2, 6, 1, 1}));
    }

    void emptyLogAndStates_giveZeroDaysNotNothing() {
        const StudyStatistics stats([] { return kNow; }, 4, 7);
        const auto days = stats.reviewsPerDay({});
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.last(), (StudyStatistics::DayReviews{QDate(2024, 6, 30), 0, 0, 0, 0}));
        QCOMPARE(stats.forecast({}, {}).size(), 7);
        QCOMPARE(stats.retention({}), (StudyStatistics::Retention{0, 0}));
    }

private:
    static QList<ReviewLogEntry> seededLog() {
        QList<ReviewLogEntry> log;
        log << answer(u"p01-a"_s, local(5, 15, 9), CardPhase::Review, Rating::Good);     // before the window
        log << answer(u"p01-a"_s, local(6, 1, 3, 59), CardPhase::Review, Rating::Again); // 31 May's day
        log << answer(u"p01-b"_s, local(6, 1, 4), CardPhase::Review, Rating::Hard);
        for (int i = 0; i < 5; ++i)
            log << answer(u"p02-%1"_s.arg(i), local(6, 10, 20, i), CardPhase::Review,
                          i == 2 ? Rating::Again : Rating::Good);
        log << answer(u"p03-a"_s, local(6, 29, 22), CardPhase::Relearning, Rating::Again);
        log << answer(u"p03-b"_s, local(6, 30, 3, 30), CardPhase::Learning, Rating::Good);
        log << answer(u"p04-a"_s, local(6, 30, 9), CardPhase::New, Rating::Good);
        log << answer(u"p04-b"_s, local(6, 30, 9, 1), CardPhase::Review, Rating::Good);
        log << answer(u"p04-c"_s, local(6, 30, 9, 2), CardPhase::Review, Rating::Easy);
        log << answer(u"p04-d"_s, local(6, 30, 9, 3), CardPhase::Review, Rating::Again);
        log << answer(u"p04-e"_s, local(7, 1, 5), CardPhase::Review, Rating::Good); // a clock set back
        return log;
    }

    static QHash<QString, CardState> seededStates() {
        return {
            {u"a"_s, dueAt(CardPhase::Review, local(6, 28, 9))},
            {u"b"_s, dueAt(CardPhase::Review, local(6, 30, 20))},
            {u"c"_s, dueAt(CardPhase::Learning, local(6, 30, 10, 10))},
            {u"d"_s, dueAt(CardPhase::Review, local(7, 1, 2))},
            {u"e"_s, dueAt(CardPhase::Review, local(7, 1, 5))},
            {u"f"_s, dueAt(CardPhase::Review, local(7, 29, 12))},
            {u"g"_s, dueAt(CardPhase::Review, local(7, 30, 12))},
            {u"h"_s, dueAt(CardPhase::Review, local(7, 2, 12), true)},
            {u"i"_s, CardState{}},
            {u"j-removed"_s, dueAt(CardPhase::Review, local(7, 2, 12))},
            {u"k"_s, dueAt(CardPhase::Relearning, local(7, 3, 10))},
        };
    }

    static QSet<QString> guideIds() {
        return {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s, u"i"_s, u"k"_s};
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
