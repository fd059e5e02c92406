// SPDX-License-Identifier: GPL-3.0-or-later
#include "fsrs.h"
#include "reviewcodec.h"
#include "reviewstore.h"
#include "studyqueue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using goprep::core::CardPhase;
using goprep::core::CardState;
using goprep::core::FsrsScheduler;
using goprep::core::Rating;
using goprep::core::ReviewLogEntry;
using goprep::core::ReviewStore;
using goprep::core::SchedulerSettings;
using goprep::core::StudyQueue;

namespace {

SchedulerSettings unfuzzed() {
    SchedulerSettings s;
    s.enableFuzz = false;
    return s;
}

QStringList deckOf(int count) {
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids.append(u"p01-card-"_s + QString::number(i).rightJustified(2, u'0'));
    return ids;
}

// Test times are local wall-clock times, so the day boundary tests hold in any time zone. June avoids DST
// changes on the dates used.
QDateTime local(int day, int hour, int minute = 0) {
    return QDateTime(QDate(2024, 6, day), QTime(hour, minute)).toUTC();
}

CardState reviewCardDue(const QDateTime &due, double stability = 10.0) {
    CardState s;
    s.phase = CardPhase::Review;
    s.stability = stability;
    s.difficulty = 5.0;
    s.lastReview = due.addDays(-qint64(stability));
    s.due = due;
    s.reps = 4;
    s.lapses = 1;
    return s;
}

} // namespace

namespace goprep::core {
// Lets QCOMPARE print both sides when counts differ (found by argument-dependent lookup).
char *toString(const StudyQueue::Counts &c) {
    return QTest::toString(u"new %1, learning %2, review %3"_s.arg(c.newCards).arg(c.learning).arg(c.review));
}
} // namespace goprep::core

class TestStudyQueue final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // ReviewStore
    void setState_writesCompactValueUnderCardsGroup();
    void appendLog_appendsNumberedLinesToTheJournal();
    void grade_isOnDiskBeforeReturning();
    void grade_reachesTheSettingsFileAfterAPause();
    void newStoreOnSameFile_readsIdenticalStatesAndLog();
    void corruptCardValues_fallBackToNewAndAreReported_data();
    void corruptCardValues_fallBackToNewAndAreReported();
    void corruptValue_isLeftInFileUntilCardIsAnswered();
    void corruptLogEntries_areSkippedReportedAndNeverOverwritten();
    void unknownCardIds_areKeptAndWrittenBackUntouched();
    void resetCard_makesCardNewAndKeepsLog();
    void setSuspended_keepsScheduleAndSurvivesReload();
    void idWithSeparator_isRefused();

    // StudyQueue
    void freshDeck_countsNewCardsUpToDailyLimit();
    void newCards_comeInDeckOrder();
    void grade_movesNewCardToLearningAndLogsIt();
    void dueLearningCard_comesBeforeReviewsAndNewCards();
    void learningCardWithinLearnAhead_isShownWhenNothingElseIsLeft();
    void learningCardBeyondLearnAhead_waitsAndGivesNextDueTime();
    void newCards_areSpreadEvenlyThroughReviews();
    void reviewLimit_holdsBackExtraReviewsUntilNextDay();
    void reviewsDueLaterToday_areDueNow();
    void newLimit_countsFromTodaysLogAndResetsAtDayStartHour();
    void dayStartHour_isConfigurable();
    void newLimit_countsTodaysAnswersWhenTheClockWentBackInBetween();
    void limits_countOnlyThisDecksAnswers();
    void nextCard_staysTheSameUntilGraded();
    void suspendedCards_areNeverShown();
    void undo_restoresCardAndLogExactly_andIsRepeatable();
    void undo_showsTheCardAgain();
    void undo_refusesWhenAnotherQueueAnsweredSince();
    void nextDueTime_whenNothingDue_isStartOfTheDueDay();
    void nextDueTime_whenAllSuspended_isEmpty();
    void studyAhead_letsInTheNextDaysReviewsOnly();
    void studyAhead_letsInALaterLearningCard();
    void cram_goesThroughDeckInOrderWithoutChangingAnything();
    void cram_undoStepsBack();
    void queue_afterRestart_continuesWhereItLeftOff();

private:
    std::unique_ptr<QSettings> openSettings() const;
    std::unique_ptr<StudyQueue> makeQueue(const QStringList &deck);
    QString rawValue(const QString &key) const;
    QString fileText() const;
    QString journalText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ReviewStore> m_store;
    FsrsScheduler m_scheduler{unfuzzed()};
    QDateTime m_now;
};

void TestStudyQueue::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestStudyQueue::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = openSettings();
    m_store = std::make_unique<ReviewStore>(m_settings.get());
    m_now = local(12, 10);
    m_scheduler = FsrsScheduler(unfuzzed());
}

void TestStudyQueue::cleanup() {
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<QSettings> TestStudyQueue::openSettings() const {
    return std::make_unique<QSettings>(m_dir->filePath(u"review.ini"_s), QSettings::IniFormat);
}

std::unique_ptr<StudyQueue> TestStudyQueue::makeQueue(const QStringList &deck) {
    return std::make_unique<StudyQueue>(deck, m_store.get(), &m_scheduler, [this] { return m_now; });
}

// What another process would read from the file right now.
QString TestStudyQueue::rawValue(const QString &key) const {
    return openSettings()->value(key).toString();
}

QString TestStudyQueue::fileText() const {
    QFile file(m_dir->filePath(u"review.ini"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString TestStudyQueue::journalText() const {
    QFile file(m_dir->filePath(u"review.reviewlog"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestStudyQueue::setState_writesCompactValueUnderCardsGroup() {
    CardState s = reviewCardDue(local(20, 9), 12.5);
    QVERIFY(m_store->setState(u"p02-a"_s, s));
    const QStringList fields = rawValue(u"cards/p02-a"_s).split(u';');
    QCOMPARE(fields.size(), 9);
    QCOMPARE(fields.at(0), u"2"_s); // CardPhase::Review
    QCOMPARE(fields.at(1).toDouble(), 12.5);
    QCOMPARE(fields.at(4).toLongLong(), local(20, 9).toMSecsSinceEpoch());
    QCOMPARE(fields.at(8), u"0"_s);
}

void TestStudyQueue::appendLog_appendsNumberedLinesToTheJournal() {
    ReviewLogEntry entry;
    entry.cardId = u"p02-a"_s;
    entry.time = m_now;
    entry.rating = Rating::Hard;
    QCOMPARE(m_store->appendLog(entry), 1);
    QCOMPARE(m_store->appendLog(entry), 2);
    QStringList lines = journalText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"goprep-reviewlog 1"_s);
    const QStringList fields = lines.at(2).split(u';');
    QCOMPARE(fields.size(), 15); // kind, seq, the 13 entry fields
    QCOMPARE(fields.at(0), u"e"_s);
    QCOMPARE(fields.at(1), u"2"_s);
    QCOMPARE(fields.at(2), u"p02-a"_s);
    QCOMPARE(fields.at(3).toLongLong(), m_now.toMSecsSinceEpoch());
    QCOMPARE(fields.at(4), u"2"_s);
    // Nothing of the log goes into the settings file any more.
    QVERIFY2(!fileText().contains(u"reviewlog"_s), qPrintable(fileText()));

    // Taking an entry back appends a tombstone; the lines before it stay as they were.
    QVERIFY(m_store->removeLastLog());
    lines = journalText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(3), u"u;3;2"_s);
    QCOMPARE(m_store->log().size(), 1);
    auto settings = openSettings();
    const ReviewStore reloaded(settings.get());
    QCOMPARE(reloaded.log(), m_store->log());
}

void TestStudyQueue::grade_isOnDiskBeforeReturning() {
    const QStringList deck = deckOf(3);
    auto queue = makeQueue(deck);
    QVERIFY(queue->grade(Rating::Good));
    // Read the files themselves: another QSettings in this process would share the unsynced in-memory cache.
    const QString text = journalText();
    QVERIFY2(text.contains(u"\ne;1;"_s + deck.first() + u';'), qPrintable(text));
    const QString after =
        QString::fromUtf8(goprep::core::reviewcodec::encodeState(m_store->state(deck.first())));
    QVERIFY2(text.contains(u';' + after + u'\n'),
             qPrintable(text)); // the card's new state is in the same line
    QCOMPARE(m_store->journal().syncCount(), 1);

    // What a restart right now would see, had the program been killed.
    auto settings = openSettings();
    const ReviewStore reloaded(settings.get());
    QCOMPARE(reloaded.state(deck.first()), m_store->state(deck.first()));
    QCOMPARE(reloaded.log(), m_store->log());
}

void TestStudyQueue::grade_reachesTheSettingsFileAfterAPause() {
    const QStringList deck = deckOf(3);
    auto queue = makeQueue(deck);
    QVERIFY(queue->grade(Rating::Good));
    QVERIFY(m_store->hasUnsavedStates());
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->hasUnsavedStates(), 10000);
    const QString text = fileText();
    QVERIFY2(text.contains(deck.first() + u"=\"1;"_s), qPrintable(text));
    QVERIFY2(text.contains(u"checkpoint=1"_s), qPrintable(text));
}

void TestStudyQueue::newStoreOnSameFile_readsIdenticalStatesAndLog() {
    const QStringList deck = deckOf(4);
    auto queue = makeQueue(deck);
    QVERIFY(queue->grade(Rating::Good));
    QVERIFY(queue->grade(Rating::Easy));
    m_now = m_now.addSecs(11 * 60);
    QVERIFY(queue->grade(Rating::Hard));
    QVERIFY(m_store->setSuspended(deck.at(3), true));

    auto settings = openSettings();
    ReviewStore reloaded(settings.get());
    QVERIFY(reloaded.loadProblems().isEmpty());
    QCOMPARE(reloaded.allStates(), m_store->allStates());
    QCOMPARE(reloaded.log(), m_store->log());
    QCOMPARE(reloaded.allStates().size(), 3);
    QCOMPARE(reloaded.log().size(), 3);
}

void TestStudyQueue::corruptCardValues_fallBackToNewAndAreReported_data() {
    QTest::addColumn<QString>("value");
    const QString due = QString::number(local(20, 9).toMSecsSinceEpoch());
    const QString last = QString::number(local(10, 9).toMSecsSinceEpoch());
    const QString tail = u";0;"_s + due + u';' + last + u";4;1;0"_s;
    QTest::newRow("garbage") << u"garbage"_s;
    QTest::newRow("too few fields") << u"2;10;5;0"_s;
    QTest::newRow("unknown phase") << u"7;10;5"_s + tail;
    QTest::newRow("NaN stability") << u"2;nan;5"_s + tail;
    QTest::newRow("infinite stability") << u"2;inf;5"_s + tail;
    QTest::newRow("negative stability") << u"2;-3;5"_s + tail;
    QTest::newRow("difficulty above 10") << u"2;10;11"_s + tail;
    QTest::newRow("difficulty below 1") << u"2;10;0.5"_s + tail;
    QTest::newRow("date in 1950") << u"2;10;5;0;-631152000000;"_s + last + u";4;1;0"_s;
    QTest::newRow("date in year 5000") << u"2;10;5;0;95617584000000;"_s + last + u";4;1;0"_s;
    QTest::newRow("due before last review") << u"2;10;5;0;"_s + last + u';' + due + u";4;1;0"_s;
    QTest::newRow("more lapses than reps") << u"2;10;5;0;"_s + due + u';' + last + u";1;4;0"_s;
    QTest::newRow("suspended flag 2") << u"2;10;5;0;"_s + due + u';' + last + u";4;1;2"_s;
}

void TestStudyQueue::corruptCardValues_fallBackToNewAndAreReported() {
    QFETCH(QString, value);
    const QString due = QString::number(local(20, 9).toMSecsSinceEpoch());
    const QString last = QString::number(local(10, 9).toMSecsSinceEpoch());
    m_settings->setValue(u"cards/p01-good"_s, QString(u"2;10;5;0;"_s + due + u';' + last + u";4;1;0"_s));
    m_settings->setValue(u"cards/p01-bad"_s, value);
    m_settings->sync();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring stored value.*p01-bad"_s));

    ReviewStore store(m_settings.get());
    QCOMPARE(store.loadProblems().size(), 1);
    QVERIFY(store.loadProblems().first().contains(u"p01-bad"_s));
    QVERIFY(store.state(u"p01-bad"_s).isNew());
    QVERIFY(!store.hasState(u"p01-bad"_s));
    QCOMPARE(store.state(u"p01-good"_s).phase, CardPhase::Review); // a neighbour is unaffected
}

void TestStudyQueue::corruptValue_isLeftInFileUntilCardIsAnswered() {
    m_settings->setValue(u"cards/p01-card-01"_s, u"2;nan;5;0;;;4;1;0"_s);
    m_settings->sync();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring stored value.*p01-card-01"_s));
    m_store = std::make_unique<ReviewStore>(m_settings.get());
    QCOMPARE(m_store->loadProblems().size(), 1);
    QCOMPARE(rawValue(u"cards/p01-card-01"_s), u"2;nan;5;0;;;4;1;0"_s);

    auto queue = makeQueue(deckOf(1));
    QCOMPARE(queue->counts().newCards, 1);
    QVERIFY(queue->grade(Rating::Good));
    QCOMPARE(m_store->state(u"p01-card-01"_s).phase, CardPhase::Learning);
    m_store->saveStates(); // the settings file catches up with the journal
    QVERIFY(rawValue(u"cards/p01-card-01"_s).startsWith(u"1;"_s));
}

void TestStudyQueue::corruptLogEntries_areSkippedReportedAndNeverOverwritten() {
    auto queue = makeQueue(deckOf(2));
    QVERIFY(queue->grade(Rating::Good));
    m_settings->setValue(u"reviewlog/0000000002"_s, u"p01-card-01;notatime;3"_s);
    m_settings->setValue(u"reviewlog/banana"_s, u"x"_s);
    m_settings->sync();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring stored value.*0000000002"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring stored value.*banana"_s));

    m_store = std::make_unique<ReviewStore>(m_settings.get());
    QCOMPARE(m_store->loadProblems().size(), 2);
    QCOMPARE(m_store->log().size(), 1);
    queue = makeQueue(deckOf(2));
    QVERIFY(queue->grade(Rating::Good));
    QCOMPARE(m_store->log().last().seq, 3); // the damaged entry keeps its number
    QCOMPARE(rawValue(u"reviewlog/0000000002"_s), u"p01-card-01;notatime;3"_s);
}

void TestStudyQueue::unknownCardIds_areKeptAndWrittenBackUntouched() {
    m_settings->setValue(u"cards/p99-removed-card"_s, u"2;4.5;6;0;1718000000000;1717600000000;3;0;0"_s);
    m_settings->setValue(u"cards/p98-from-a-newer-version"_s, u"9;future;format"_s);
    m_settings->sync();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring stored value.*p98"_s));
    m_store = std::make_unique<ReviewStore>(m_settings.get());

    auto queue = makeQueue(deckOf(3));
    for (int i = 0; i < 3; ++i)
        QVERIFY(queue->grade(Rating::Easy));
    QVERIFY(m_store->setSuspended(deckOf(3).at(1), true));

    QCOMPARE(rawValue(u"cards/p99-removed-card"_s), u"2;4.5;6;0;1718000000000;1717600000000;3;0;0"_s);
    QCOMPARE(rawValue(u"cards/p98-from-a-newer-version"_s), u"9;future;format"_s);
    QVERIFY(m_store->hasState(u"p99-removed-card"_s));
}

void TestStudyQueue::resetCard_makesCardNewAndKeepsLog() {
    auto queue = makeQueue(deckOf(1));
    QVERIFY(queue->grade(Rating::Easy));
    QVERIFY(m_store->resetCard(deckOf(1).first()));
    QVERIFY(m_store->state(deckOf(1).first()).isNew());
    QVERIFY(rawValue(u"cards/"_s + deckOf(1).first()).isEmpty());
    QCOMPARE(m_store->log().size(), 1);
}

void TestStudyQueue::setSuspended_keepsScheduleAndSurvivesReload() {
    const CardState review = reviewCardDue(local(14, 9));
    QVERIFY(m_store->setState(u"p01-x"_s, review));
    QVERIFY(m_store->setSuspended(u"p01-x"_s, true));
    auto settings = openSettings();
    ReviewStore reloaded(settings.get());
    CardState expected = review;
    expected.suspended = true;
    QCOMPARE(reloaded.state(u"p01-x"_s), expected);
}

void TestStudyQueue::idWithSeparator_isRefused() {
    QSignalSpy changed(m_store.get(), &ReviewStore::cardChanged);
    QVERIFY(!m_store->setState(u"a;b"_s, reviewCardDue(m_now)));
    QVERIFY(!m_store->setState(u"a/b"_s, reviewCardDue(m_now)));
    QVERIFY(!m_store->setState(QString(), reviewCardDue(m_now)));
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_store->allStates().isEmpty());
}

void TestStudyQueue::freshDeck_countsNewCardsUpToDailyLimit() {
    auto queue = makeQueue(deckOf(30));
    QCOMPARE(queue->counts(), (StudyQueue::Counts{20, 0, 0}));
    queue->setNewCardsPerDay(5);
    QCOMPARE(queue->counts(), (StudyQueue::Counts{5, 0, 0}));
}

void TestStudyQueue::newCards_comeInDeckOrder() {
    const QStringList deck = deckOf(4);
    auto queue = makeQueue(deck);
    for (const QString &id : deck) {
        QCOMPARE(queue->nextCard().value_or(QString()), id);
        QVERIFY(queue->grade(Rating::Easy));
    }
    QVERIFY(!queue->nextCard());
}

void TestStudyQueue::grade_movesNewCardToLearningAndLogsIt() {
    const QStringList deck = deckOf(2);
    auto queue = makeQueue(deck);
    QVERIFY(queue->grade(Rating::Good));
    const CardState s = m_store->state(deck.first());
    QCOMPARE(s.phase, CardPhase::Learning);
    QCOMPARE(s.due, m_now.addSecs(600));
    QCOMPARE(m_store->log().size(), 1);
    const ReviewLogEntry &e = m_store->log().first();
    QCOMPARE(e.cardId, deck.first());
    QCOMPARE(e.time, m_now);
    QCOMPARE(e.rating, Rating::Good);
    QCOMPARE(e.before, CardState{});
    QCOMPARE(e.scheduledDays, 0);
    QCOMPARE(queue->counts(), (StudyQueue::Counts{1, 1, 0})); // the learning card is within learn-ahead
}

void TestStudyQueue::dueLearningCard_comesBeforeReviewsAndNewCards() {
    const QStringList deck = deckOf(3);
    CardState relearning = reviewCardDue(m_now.addSecs(-5 * 60));
    relearning.phase = CardPhase::Relearning;
    relearning.lastReview = m_now.addSecs(-15 * 60);
    QVERIFY(m_store->setState(deck.at(1), relearning));
    QVERIFY(m_store->setState(deck.at(2), reviewCardDue(m_now.addDays(-3))));
    auto queue = makeQueue(deck);
    QCOMPARE(queue->counts(), (StudyQueue::Counts{1, 1, 1}));
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(1));
    QVERIFY(queue->grade(Rating::Good));
    QCOMPARE(m_store->state(deck.at(1)).phase, CardPhase::Review);
}

void TestStudyQueue::learningCardWithinLearnAhead_isShownWhenNothingElseIsLeft() {
    const QStringList deck = deckOf(2);
    auto queue = makeQueue(deck);
    QVERIFY(queue->grade(Rating::Good)); // card 1: learning, due in 10 minutes
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(1));
    QVERIFY(queue->grade(Rating::Easy)); // card 2 leaves for review
    m_now = m_now.addSecs(60);
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(0)); // 9 minutes early
}

void TestStudyQueue::learningCardBeyondLearnAhead_waitsAndGivesNextDueTime() {
    SchedulerSettings settings = unfuzzed();
    settings.learningSteps = {60}; // one hour
    m_scheduler = FsrsScheduler(settings);
    const QStringList deck = deckOf(1);
    auto queue = makeQueue(deck);
    QVERIFY(queue->grade(Rating::Again));
    QVERIFY(!queue->nextCard());
    QCOMPARE(queue->counts(), (StudyQueue::Counts{0, 0, 0}));
    QCOMPARE(queue->nextDueTime().value_or(QDateTime()), m_now.addSecs(40 * 60));
    m_now = m_now.addSecs(40 * 60);
    QCOMPARE(queue->nextCard().value_or(QString()), deck.first());
}

void TestStudyQueue::newCards_areSpreadEvenlyThroughReviews() {
    const QStringList deck = deckOf(8);
    // Cards 3..8 are reviews due today; cards 1 and 2 are new.
    for (int i = 2; i < 8; ++i)
        QVERIFY(m_store->setState(deck.at(i), reviewCardDue(m_now.addSecs(-3600 * i))));
    auto queue = makeQueue(deck);
    QString pattern;
    while (const auto id = queue->nextCard()) {
        pattern += m_store->state(*id).isNew() ? u'N' : u'R';
        QVERIFY(queue->grade(Rating::Easy));
    }
    QCOMPARE(pattern, u"RRNRRNRR"_s);
}

void TestStudyQueue::reviewLimit_holdsBackExtraReviewsUntilNextDay() {
    const QStringList deck = deckOf(5);
    for (const QString &id : deck)
        QVERIFY(m_store->setState(id, reviewCardDue(m_now.addDays(-1))));
    auto queue = makeQueue(deck);
    queue->setReviewsPerDay(3);
    QCOMPARE(queue->counts(), (StudyQueue::Counts{0, 0, 3}));
    for (int i = 0; i < 3; ++i)
        QVERIFY(queue->grade(Rating::Good));
    QCOMPARE(queue->counts(), (StudyQueue::Counts{0, 0, 0}));
    QVERIFY(!queue->nextCard());
    QCOMPARE(queue->nextDueTime().value_or(QDateTime()), local(13, 4));
    m_now = local(13, 4);
    QCOMPARE(queue->counts(), (StudyQueue::Counts{0, 0, 2}));
}

void TestStudyQueue::reviewsDueLaterToday_areDueNow() {
    const QStringList deck = deckOf(3);
    QVERIFY(m_store->setState(deck.at(0), reviewCardDue(local(12, 23))));
    QVERIFY(m_store->setState(deck.at(1), reviewCardDue(local(13, 3, 59)))); // before tomorrow's 4 AM
    QVERIFY(m_store->setState(deck.at(2), reviewCardDue(local(13, 4))));
    auto queue = makeQueue(deck);
    QCOMPARE(queue->counts(), (StudyQueue::Counts{0, 0, 2}));
}

void TestStudyQueue::newLimit_countsFromTodaysLogAndResetsAtDayStartHour() {
    const QStringList deck = deckOf(6);
    auto queue = makeQueue(deck);
    queue->setNewCardsPerDay(2);
    m_now = local(12, 3); // still the study day of 11 June
    QVERIFY(queue->grade(Rating::Easy));
    QVERIFY(queue->grade(Rating::Easy));
    QCOMPARE(queue->counts().newCards, 0);
    QVERIFY(!queue->nextCard());
    m_now = local(12, 3, 59);
    QCOMPARE(queue->counts().newCards, 0);
    m_now = local(12, 4);
    QCOMPARE(queue->counts().newCards, 2);
    QCOMPARE(queue->dayStart(m_now), local(12, 4));
    QCOMPARE(queue->dayEnd(m_now), local(13, 4));
}

void TestStudyQueue::dayStartHour_isConfigurable() {
    const QStringList deck = deckOf(6);
    auto queue = makeQueue(deck);
    queue->setNewCardsPerDay(1);
    queue->setDayStartHour(6);
    m_now = local(12, 5);
    QVERIFY(queue->grade(Rating::Easy));
    m_now = local(12, 5, 59);
    QCOMPARE(queue->counts().newCards, 0); // 4 AM has passed, but the day starts at 6 now
    m_now = local(12, 6);
    QCOMPARE(queue->counts().newCards, 1);
}

void TestStudyQueue::newLimit_countsTodaysAnswersWhenTheClockWentBackInBetween() {
    const QStringList deck = deckOf(6);
    auto queue = makeQueue(deck);
    queue->setNewCardsPerDay(3);
    m_now = local(12, 9);
    QVERIFY(queue->grade(Rating::Easy)); // today
    m_now = local(10, 9);                // the clock was wrong for one answer: two days back
    QVERIFY(queue->grade(Rating::Easy));
    m_now = local(12, 10);
    QVERIFY(queue->grade(Rating::Easy)); // today again
    QCOMPARE(m_store->log().size(), 3);
    // The early entry sits between today's two in the log, so "today" is not simply its tail.
    QCOMPARE(m_store->logIndexFrom(local(12, 4)), 0);
    QCOMPARE(m_store->logIndexFrom(local(12, 9, 30)), 2);
    QCOMPARE(m_store->logIndexFrom(local(13, 4)), 3);
    QCOMPARE(queue->counts().newCards, 1); // 3 a day, 2 of them answered today
}

void TestStudyQueue::limits_countOnlyThisDecksAnswers() {
    const QStringList chapter1 = deckOf(4);
    const QStringList chapter2{u"p02-a"_s, u"p02-b"_s};
    auto first = makeQueue(chapter1);
    first->setNewCardsPerDay(2);
    QVERIFY(first->grade(Rating::Easy));
    QVERIFY(first->grade(Rating::Easy));
    auto second = makeQueue(chapter2);
    second->setNewCardsPerDay(2);
    QCOMPARE(second->counts().newCards, 2);
    QCOMPARE(first->counts().newCards, 0);
}

void TestStudyQueue::nextCard_staysTheSameUntilGraded() {
    const QStringList deck = deckOf(3);
    QVERIFY(m_store->setState(deck.at(2), reviewCardDue(m_now.addSecs(30))));
    auto queue = makeQueue(deck);
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(0));
    m_now = m_now.addSecs(60); // a review falls due while the card is on screen
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(0));
    QCOMPARE(queue->currentCard().value_or(QString()), deck.at(0));
}

void TestStudyQueue::suspendedCards_areNeverShown() {
    const QStringList deck = deckOf(3);
    QVERIFY(m_store->setSuspended(deck.at(0), true));
    QVERIFY(m_store->setState(deck.at(2), reviewCardDue(m_now.addDays(-2))));
    QVERIFY(m_store->setSuspended(deck.at(2), true));
    auto queue = makeQueue(deck);
    QCOMPARE(queue->counts(), (StudyQueue::Counts{1, 0, 0}));
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(1));
    QVERIFY(m_store->setSuspended(deck.at(1), true)); // suspended while on screen
    QVERIFY(!queue->nextCard());
}

void TestStudyQueue::undo_restoresCardAndLogExactly_andIsRepeatable() {
    const QStringList deck = deckOf(3);
    QVERIFY(m_store->setState(deck.at(2), reviewCardDue(m_now.addDays(-1))));
    auto queue = makeQueue(deck);
    const auto statesBefore = m_store->allStates();
    const QString fileBefore = fileText();

    QList<QHash<QString, CardState>> states{statesBefore};
    QList<QList<ReviewLogEntry>> logs{m_store->log()};
    const QList<Rating> answers{Rating::Good, Rating::Again, Rating::Easy, Rating::Hard};
    for (const Rating r : answers) {
        QVERIFY(queue->grade(r));
        m_now = m_now.addSecs(90);
        states.append(m_store->allStates());
        logs.append(m_store->log());
    }
    QCOMPARE(m_store->log().size(), 4);

    for (qsizetype i = answers.size() - 1; i >= 0; --i) {
        QVERIFY(queue->undo());
        QCOMPARE(m_store->allStates(), states.at(i));
        QCOMPARE(m_store->log(), logs.at(i));
    }
    QVERIFY(!queue->undo());
    QVERIFY(!queue->canUndo());
    QCOMPARE(fileText(), fileBefore);

    auto settings = openSettings();
    ReviewStore reloaded(settings.get());
    QCOMPARE(reloaded.allStates(), statesBefore);
    QVERIFY(reloaded.log().isEmpty());
}

void TestStudyQueue::undo_showsTheCardAgain() {
    const QStringList deck = deckOf(3);
    auto queue = makeQueue(deck);
    QVERIFY(queue->grade(Rating::Easy));
    QVERIFY(queue->grade(Rating::Easy));
    QVERIFY(queue->undo());
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(1));
    QVERIFY(m_store->state(deck.at(1)).isNew());
}

void TestStudyQueue::undo_refusesWhenAnotherQueueAnsweredSince() {
    auto first = makeQueue(deckOf(2));
    QVERIFY(first->grade(Rating::Good));
    auto second = makeQueue({u"p02-a"_s});
    QVERIFY(second->grade(Rating::Good));
    QVERIFY(!first->undo());
    QCOMPARE(m_store->log().size(), 2);
    QVERIFY(second->undo());
    QCOMPARE(m_store->log().size(), 1);
}

void TestStudyQueue::nextDueTime_whenNothingDue_isStartOfTheDueDay() {
    const QStringList deck = deckOf(2);
    QVERIFY(m_store->setState(deck.at(0), reviewCardDue(local(15, 18))));
    QVERIFY(m_store->setState(deck.at(1), reviewCardDue(local(17, 2)))); // belongs to the day of 16 June
    auto queue = makeQueue(deck);
    QVERIFY(!queue->nextCard());
    QCOMPARE(queue->nextDueTime().value_or(QDateTime()), local(15, 4));
    m_now = local(15, 4);
    QCOMPARE(queue->nextDueTime().value_or(QDateTime()), m_now); // something is due now
}

void TestStudyQueue::nextDueTime_whenAllSuspended_isEmpty() {
    const QStringList deck = deckOf(2);
    for (const QString &id : deck)
        QVERIFY(m_store->setSuspended(id, true));
    auto queue = makeQueue(deck);
    QVERIFY(!queue->nextDueTime());
    QVERIFY(!queue->studyAhead());
}

void TestStudyQueue::studyAhead_letsInTheNextDaysReviewsOnly() {
    const QStringList deck = deckOf(3);
    QVERIFY(m_store->setState(deck.at(0), reviewCardDue(local(15, 9))));
    QVERIFY(m_store->setState(deck.at(1), reviewCardDue(local(15, 20))));
    QVERIFY(m_store->setState(deck.at(2), reviewCardDue(local(18, 9))));
    auto queue = makeQueue(deck);
    queue->setReviewsPerDay(0); // study ahead is an explicit request, not held back by the limit
    QVERIFY(!queue->nextCard());
    QVERIFY(queue->studyAhead());
    QCOMPARE(queue->counts(), (StudyQueue::Counts{0, 0, 2}));
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(0));
    QVERIFY(queue->grade(Rating::Good));
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(1));
    QVERIFY(queue->grade(Rating::Good));
    QVERIFY(!queue->nextCard());
    QVERIFY(queue->studyAhead());
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(2));
}

void TestStudyQueue::studyAhead_letsInALaterLearningCard() {
    SchedulerSettings settings = unfuzzed();
    settings.learningSteps = {60, 120};
    m_scheduler = FsrsScheduler(settings);
    const QStringList deck = deckOf(1);
    auto queue = makeQueue(deck);
    QVERIFY(queue->grade(Rating::Good)); // due in two hours
    QVERIFY(!queue->nextCard());
    QVERIFY(queue->studyAhead());
    QCOMPARE(queue->nextCard().value_or(QString()), deck.first());
}

void TestStudyQueue::cram_goesThroughDeckInOrderWithoutChangingAnything() {
    const QStringList deck = deckOf(4);
    QVERIFY(m_store->setState(deck.at(3), reviewCardDue(local(30, 9))));
    QVERIFY(m_store->setSuspended(deck.at(1), true));
    const QString fileBefore = fileText();
    const auto statesBefore = m_store->allStates();

    auto queue = makeQueue(deck);
    queue->setCram(true);
    QCOMPARE(queue->counts(), (StudyQueue::Counts{0, 0, 3}));
    QStringList seen;
    while (const auto id = queue->nextCard()) {
        seen.append(*id);
        QVERIFY(queue->grade(Rating::Again));
    }
    QCOMPARE(seen, (QStringList{deck.at(0), deck.at(2), deck.at(3)}));
    QCOMPARE(m_store->allStates(), statesBefore);
    QVERIFY(m_store->log().isEmpty());
    QCOMPARE(fileText(), fileBefore);
    QVERIFY(!queue->nextDueTime());

    queue->setCram(false);
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(0));
}

void TestStudyQueue::cram_undoStepsBack() {
    const QStringList deck = deckOf(3);
    auto queue = makeQueue(deck);
    queue->setCram(true);
    QVERIFY(queue->grade(Rating::Good));
    QVERIFY(queue->grade(Rating::Good));
    QCOMPARE(queue->counts().review, 1);
    QVERIFY(queue->undo());
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(1));
    QCOMPARE(queue->counts().review, 2);
    QVERIFY(m_store->log().isEmpty());
}

void TestStudyQueue::queue_afterRestart_continuesWhereItLeftOff() {
    const QStringList deck = deckOf(25);
    auto queue = makeQueue(deck);
    for (int i = 0; i < 5; ++i)
        QVERIFY(queue->grade(Rating::Easy));
    const auto countsBefore = queue->counts();
    QCOMPARE(countsBefore, (StudyQueue::Counts{15, 0, 0}));
    queue.reset();

    m_store.reset();
    m_settings = openSettings();
    m_store = std::make_unique<ReviewStore>(m_settings.get());
    queue = makeQueue(deck);
    QCOMPARE(queue->counts(), countsBefore);
    QCOMPARE(queue->nextCard().value_or(QString()), deck.at(5));
}

QTEST_GUILESS_MAIN(TestStudyQueue)
#include "tst_studyqueue.moc"
