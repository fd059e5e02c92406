// SPDX-License-Identifier: GPL-3.0-or-later
// The study column's lower half: checklist keys and hints, a timed coding-task attempt from start to rating,
// and the readiness overview.
#include "appsettings.h"
#include "attemptlog.h"
#include "checklistpane.h"
#include "checklistprogress.h"
#include "flashcardpane.h"
#include "guide.h"
#include "guitest.h"
#include "mainwindow.h"
#include "partchart.h"
#include "practiceindicator.h"
#include "practicesession.h"
#include "readerview.h"
#include "readinesspane.h"
#include "readingprogress.h"
#include "reviewstore.h"
#include "studyhints.h"
#include "taskspane.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace goprep;

namespace {
constexpr qint64 kMinute = 60;
}

class TestStudyPanes final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;
    QDateTime m_now;

    ui::MainWindow::Clock clock() {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_guide = core::Guide::loadBuiltIn();
        QVERIFY(m_dir.isValid());
    }

    void init() { m_now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::UTC); }

    void checklist_spaceTogglesTheCurrentItemAndArrowsMove() {
        const QString path = m_dir.filePath(u"space.ini"_s);
        {
            core::AppSettings settings(path);
            ui::MainWindow window(m_guide, settings, clock());
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.showStudyTab(ui::MainWindow::StudyTab::Checklist);
            QListWidget *list = window.checklistPane()->list();
            list->setFocus();
            list->setCurrentRow(0);
            QTRY_VERIFY(list->hasFocus());

            QTest::keyClick(list, Qt::Key_Space);
            QCOMPARE(list->item(0)->checkState(), Qt::Checked);
            QVERIFY(list->item(0)->text().contains(u"checked on"_s));
            QTest::keyClick(list, Qt::Key_Down);
            QCOMPARE(list->currentRow(), 1);
            QTest::keyClick(list, Qt::Key_Space);
            QCOMPARE(list->item(1)->checkState(), Qt::Checked);
            QTest::keyClick(list, Qt::Key_Space);
            QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
            QTest::keyClick(list, Qt::Key_Up);
            QCOMPARE(list->currentRow(), 0);

            // Under "Open", a tick hides the item and the keyboard moves on to the next open one.
            window.checklistPane()->setFilter(ui::ChecklistPane::Filter::Open);
            QVERIFY(list->item(0)->isHidden());
            list->setCurrentRow(2);
            QTest::keyClick(list, Qt::Key_Space);
            QVERIFY(list->item(2)->isHidden());
            QCOMPARE(list->currentRow(), 3);
        }
        core::AppSettings settings(path);
        core::ChecklistProgress stored(settings);
        const QList<core::ChecklistItem> &items = m_guide.checklist();
        QCOMPARE(stored.checkedCount({items.at(0).id, items.at(1).id, items.at(2).id}), 2);
        QVERIFY(stored.isChecked(items.at(0).id));
        QCOMPARE(stored.checkedAt(items.at(0).id), m_now);
        QVERIFY(!stored.isChecked(items.at(1).id));
    }

    // A tick adds a "checked on" line to the item; the row makes room for it and gives it back on untick.
    void checklist_rowHeightFollowsTheItemsText() {
        core::AppSettings settings(m_dir.filePath(u"heights.ini"_s));
        ui::MainWindow window(m_guide, settings, clock());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showStudyTab(ui::MainWindow::StudyTab::Checklist);
        QListWidget *list = window.checklistPane()->list();
        const int unticked = list->visualItemRect(list->item(0)).height();
        const int lineHeight = list->fontMetrics().height();
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(list->item(0)->text().contains(u"checked on"_s));
        QTRY_VERIFY2(
            list->visualItemRect(list->item(0)).height() >= unticked + lineHeight,
            qPrintable(u"%1 px, was %2"_s.arg(list->visualItemRect(list->item(0)).height()).arg(unticked)));
        // The row below moved down with it, so the two do not overlap.
        QCOMPARE(list->visualItemRect(list->item(1)).top(), list->visualItemRect(list->item(0)).bottom() + 1);
        list->item(0)->setCheckState(Qt::Unchecked);
        QTRY_COMPARE(list->visualItemRect(list->item(0)).height(), unticked);
    }

    void checklist_hintNamesThePartAndClearsOnceReadAndLearned() {
        core::AppSettings settings(m_dir.filePath(u"hints.ini"_s));
        ui::MainWindow window(m_guide, settings, clock());
        const QString itemId = u"check-interface-nil-trap"_s;
        QCOMPARE(window.checklistPane()->hintText(itemId), u"Review Part 3 first"_s);

        window.readingProgress()->setRead(u"pointers-methods-and-interfaces"_s, true);
        QCOMPARE(window.checklistPane()->hintText(itemId), u"Review Part 3 first"_s); // its cards are new
        core::ReviewStore *store = window.flashcardPane()->store();
        const core::StudyHints hints(m_guide, *window.readingProgress(), *store);
        const QStringList weak =
            hints.forSections({u"interface-internals-and-the-nil-trap"_s}, m_now).weakCardIds;
        QVERIFY(!weak.isEmpty());
        for (const QString &cardId : weak) {
            core::CardState learned;
            learned.phase = core::CardPhase::Review;
            learned.stability = 20.0;
            learned.difficulty = 5.0;
            learned.lastReview = m_now.addDays(-1);
            learned.due = m_now.addDays(19);
            learned.reps = 2;
            QVERIFY(store->setState(cardId, learned));
        }
        QCOMPARE(window.checklistPane()->hintText(itemId), QString());
    }

    void tasks_startWarnPauseStopAndRateRecordsAnAttempt() {
        const QString path = m_dir.filePath(u"attempt.ini"_s);
        const QString note = u"<b>merge</b> & close(out) once"_s;
        {
            core::AppSettings settings(path);
            ui::MainWindow window(m_guide, settings, clock());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showStudyTab(ui::MainWindow::StudyTab::Tasks);
            ui::TasksPane *pane = window.tasksPane();
            core::PracticeSession *session = window.practiceSession();
            ui::PracticeIndicator *indicator = window.practiceIndicator();
            pane->showTask(u"task-fan-in"_s);
            QCOMPARE(pane->minutesBox()->value(), 30); // the task's time box
            QVERIFY(!indicator->isVisible());

            QTest::mouseClick(pane->startButton(), Qt::LeftButton);
            QCOMPARE(session->state(), core::PracticeSession::State::Running);
            QCOMPARE(session->taskId(), u"task-fan-in"_s);
            QVERIFY(indicator->isVisible());
            QVERIFY2(indicator->text().contains(u"30:00 left"_s), qPrintable(indicator->text()));
            QVERIFY(!pane->minutesBox()->isEnabled());

            // Requirements can be ticked during the attempt.
            QListWidgetItem *requirement = pane->requirementsList()->item(0);
            QVERIFY(requirement->flags() & Qt::ItemIsUserCheckable);
            requirement->setCheckState(Qt::Checked);
            QCOMPARE(session->requirementsDone(), QList<int>{0});

            m_now = m_now.addSecs(25 * kMinute);
            session->tick();
            QCOMPARE(indicator->level(), ui::PracticeIndicator::Level::Warning);
            QVERIFY(window.statusBar()->currentMessage().contains(u"5 minutes left"_s));
            QCOMPARE(pane->clockLabel()->text(), u"05:00"_s);

            QTest::mouseClick(pane->pauseButton(), Qt::LeftButton);
            QCOMPARE(session->state(), core::PracticeSession::State::Paused);
            QCOMPARE(pane->pauseButton()->text(), u"Resume"_s);
            QVERIFY(indicator->text().contains(u"paused"_s));
            m_now = m_now.addSecs(30 * kMinute); // a long pause costs nothing
            QTest::mouseClick(pane->pauseButton(), Qt::LeftButton);
            QCOMPARE(session->state(), core::PracticeSession::State::Running);
            m_now = m_now.addSecs(6 * kMinute);
            session->tick();
            QCOMPARE(indicator->level(), ui::PracticeIndicator::Level::Over);
            QVERIFY(indicator->text().contains(u"01:00 over"_s));
            QVERIFY(window.statusBar()->currentMessage().contains(u"Time is up"_s));

            QTest::mouseClick(pane->stopButton(), Qt::LeftButton);
            QCOMPARE(session->state(), core::PracticeSession::State::Stopped);
            QVERIFY(pane->ratingForm()->isVisible());
            QVERIFY(!pane->saveButton()->isEnabled()); // a rating first
            QTest::mouseClick(pane->ratingButtons()->button(int(core::AttemptRating::Partly)),
                              Qt::LeftButton);
            QVERIFY(pane->saveButton()->isEnabled());
            QTest::keyClicks(pane->noteEdit(), note);
            QTest::mouseClick(pane->saveButton(), Qt::LeftButton);

            QCOMPARE(session->state(), core::PracticeSession::State::Idle);
            QVERIFY(!indicator->isVisible());
            QVERIFY(!pane->ratingForm()->isVisible());
            QTreeWidget *log = pane->attemptLog();
            QCOMPARE(log->topLevelItemCount(), 1);
            QCOMPARE(log->topLevelItem(0)->text(1), u"31:00 / 30 min"_s);
            QCOMPARE(log->topLevelItem(0)->text(2), u"Partly"_s);
            // The note is the user's text: shown as typed, escaped wherever rich text is used.
            QCOMPARE(log->topLevelItem(0)->text(3), note);
            const QString tip = log->topLevelItem(0)->toolTip(3);
            QVERIFY2(tip.contains(u"&lt;b&gt;merge&lt;/b&gt; &amp; close"_s), qPrintable(tip));
            QVERIFY(!tip.contains(u"<b>merge"_s));
        }
        core::AppSettings settings(path);
        core::AttemptLog log(settings);
        const QList<core::Attempt> attempts = log.attempts(u"task-fan-in"_s);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().usedSecs, 31 * kMinute);
        QCOMPARE(attempts.first().rating, core::AttemptRating::Partly);
        QCOMPARE(attempts.first().note, note);
        QCOMPARE(attempts.first().requirementsDone, QList<int>{0});
    }

    void tasks_runningAttemptResumesAfterRestart() {
        const QString path = m_dir.filePath(u"restart.ini"_s);
        {
            core::AppSettings settings(path);
            ui::MainWindow window(m_guide, settings, clock());
            window.tasksPane()->showTask(u"task-worker-pool"_s);
            window.tasksPane()->minutesBox()->setValue(40); // an edited time box
            QTest::mouseClick(window.tasksPane()->startButton(), Qt::LeftButton);
            m_now = m_now.addSecs(12 * kMinute);
        }
        m_now = m_now.addSecs(3 * kMinute); // closed for a while: the attempt keeps running
        core::AppSettings settings(path);
        ui::MainWindow window(m_guide, settings, clock());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.studyTabs()->currentWidget(), window.tasksPane());
        QCOMPARE(window.tasksPane()->currentTaskId(), u"task-worker-pool"_s);
        QCOMPARE(window.tasksPane()->minutesBox()->value(), 40);
        QVERIFY(window.practiceIndicator()->isVisible());
        QVERIFY2(window.practiceIndicator()->text().contains(u"25:00 left"_s),
                 qPrintable(window.practiceIndicator()->text()));
        QCOMPARE(window.tasksPane()->clockLabel()->text(), u"25:00"_s);
        QVERIFY(window.tasksPane()->pauseButton()->isVisible());
    }

    void readiness_showsTheNumbersAndOpensAClickedPart() {
        core::AppSettings settings(m_dir.filePath(u"readiness.ini"_s));
        ui::MainWindow window(m_guide, settings, clock());
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.readingProgress()->setRead(u"error-handling"_s, true);
        QListWidget *list = window.checklistPane()->list();
        list->item(0)->setCheckState(Qt::Checked);
        list->item(5)->setCheckState(Qt::Checked);

        QAction *action = nullptr;
        for (QAction *candidate : window.menuBar()->findChildren<QAction *>()) {
            if (candidate->objectName() == u"showReadiness"_s)
                action = candidate;
        }
        QVERIFY(action);
        action->trigger();
        QCOMPARE(window.studyTabs()->currentWidget(), window.readinessPane());
        ui::ReadinessPane *pane = window.readinessPane();
        QTRY_VERIFY(pane->report().has_value());
        QCOMPARE(pane->report()->chaptersRead(), 1);
        QCOMPARE(pane->report()->checklistDone(), 2);
        QVERIFY(pane->report()->activeToday()); // reading and ticks count as study
        QCOMPARE(pane->report()->streakDays(), 1);
        QVERIFY2(pane->summaryLabel()->text().contains(u"2 of 26"_s),
                 qPrintable(pane->summaryLabel()->text()));

        // A later tick shows up while the overview is open.
        list->item(6)->setCheckState(Qt::Checked);
        QTRY_COMPARE(pane->report()->checklistDone(), 3);

        ui::PartChart *chart = pane->partChart();
        QCOMPARE(chart->parts().size(), 22);
        const core::PartReadiness &errors = chart->parts().at(3);
        QCOMPARE(errors.chapterId, u"error-handling"_s);
        QCOMPARE(errors.readingPercent, 100);
        const core::PartReadiness &target = chart->parts().at(7);
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->rowRect(7).center());
        QTRY_COMPARE(window.reader()->currentChapter(), target.chapterId);
    }
};

QTEST_MAIN(TestStudyPanes)
#include "tst_studypanes.moc"
