// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "flashcardpane.h"
#include "guide.h"
#include "guitest.h"
#include "mainwindow.h"
#include "reviewstore.h"
#include "studyqueue.h"

#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace goprep;

class TestFlashcards final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_guide = core::Guide::loadBuiltIn();
    }

    void keys_showAnswerGradeAndUndo() {
        const QString path = m_dir.filePath(u"keys.ini"_s);
        QString first;
        {
            core::AppSettings settings(path);
            ui::MainWindow window(m_guide, settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            ui::FlashcardPane *pane = window.flashcardPane();
            pane->setFocus();
            first = pane->currentCardId();
            QVERIFY(m_guide.card(first));
            QCOMPARE(pane->queue()->counts().newCards, 20);

            QTest::keyClick(pane, Qt::Key_Space);
            QVERIFY(pane->isAnswerShown());
            // A new card's buttons, as Anki shows them with steps 1m and 10m: Again 1m, Good 10m, Easy 8d.
            const QStringList intervals = pane->buttonIntervals();
            QCOMPARE(intervals.size(), 4);
            QCOMPARE(intervals.at(0), u"1m"_s);
            QCOMPARE(intervals.at(2), u"10m"_s);
            QCOMPARE(intervals.at(3), u"8d"_s);

            QTest::keyClick(pane, Qt::Key_3); // Good
            QVERIFY(!pane->isAnswerShown());
            QCOMPARE(pane->store()->state(first).phase, core::CardPhase::Learning);
            QCOMPARE(pane->store()->state(first).reps, 1);

            QTest::keyClick(pane, Qt::Key_U); // undo: exactly as before
            QVERIFY(pane->store()->state(first).isNew());
            QCOMPARE(pane->currentCardId(), first);

            QTest::keyClick(pane, Qt::Key_Return);
            QTest::keyClick(pane, Qt::Key_4); // Easy graduates at once
            QCOMPARE(pane->store()->state(first).phase, core::CardPhase::Review);
        }
        // The grade was synced: a new process finds it.
        core::AppSettings settings(path);
        core::ReviewStore store(&settings.settings());
        QCOMPARE(store.state(first).phase, core::CardPhase::Review);
    }

    void studySettings_areReadFromAppSettings() {
        core::AppSettings settings(m_dir.filePath(u"options.ini"_s));
        settings.setValue(core::keys::newCardsPerDay, 3);
        settings.setValue(core::keys::dayStartHour, 0);
        settings.setValue(core::keys::desiredRetention, 0.8);
        settings.setValue(core::keys::learningSteps, u"5m 30m"_s);
        ui::MainWindow window(m_guide, settings);
        ui::FlashcardPane *pane = window.flashcardPane();
        QCOMPARE(pane->queue()->counts().newCards, 3);
        QCOMPARE(pane->queue()->dayStartHour(), 0);
        QCOMPARE(pane->scheduler().settings().desiredRetention, 0.8);
        pane->showAnswer();
        const QStringList intervals = pane->buttonIntervals();
        QCOMPARE(intervals.value(0), u"5m"_s);  // Again: the first step
        QCOMPARE(intervals.value(2), u"30m"_s); // Good: the next step

        // Read again on request, as a preferences dialog will ask for.
        settings.setValue(core::keys::newCardsPerDay, 7);
        pane->applySettings();
        QCOMPARE(pane->queue()->counts().newCards, 7);
    }

    void badStudySetting_isShownAndTheDefaultUsed() {
        core::AppSettings settings(m_dir.filePath(u"bad-options.ini"_s));
        settings.setValue(core::keys::newCardsPerDay, u"plenty"_s);
        ui::MainWindow window(m_guide, settings);
        QCOMPARE(window.flashcardPane()->queue()->counts().newCards, 20);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"study/newCardsPerDay"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(settings.value(core::keys::newCardsPerDay).toString(), u"plenty"_s);
    }

    void gradeKeys_doNothingBeforeTheAnswerIsShown() {
        core::AppSettings settings(m_dir.filePath(u"early.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ui::FlashcardPane *pane = window.flashcardPane();
        pane->setFocus();
        const QString card = pane->currentCardId();
        QTest::keyClick(pane, Qt::Key_1);
        QVERIFY(pane->store()->state(card).isNew());
        QCOMPARE(pane->currentCardId(), card);
    }

    void deckChoice_limitsTheCards() {
        core::AppSettings settings(m_dir.filePath(u"deck.ini"_s));
        ui::MainWindow window(m_guide, settings);
        ui::FlashcardPane *pane = window.flashcardPane();
        pane->setDeck(u"guide"_s);
        const core::Card *card = m_guide.card(pane->currentCardId());
        QVERIFY(card);
        QVERIFY(card->fromGuide);
        pane->setDeck(u"chapter:testing"_s);
        QCOMPARE(m_guide.card(pane->currentCardId())->chapterId, u"testing"_s);
    }

    void cram_goesThroughTheDeckWithoutChangingTheSchedule() {
        core::AppSettings settings(m_dir.filePath(u"cram.ini"_s));
        ui::MainWindow window(m_guide, settings);
        ui::FlashcardPane *pane = window.flashcardPane();
        pane->setDeck(u"guide"_s);
        pane->setCram(true);
        const QString first = pane->currentCardId();
        pane->showAnswer();
        pane->grade(core::Rating::Again);
        QVERIFY(pane->currentCardId() != first);
        QVERIFY(pane->store()->state(first).isNew());
    }
};

QTEST_MAIN(TestFlashcards)
#include "tst_flashcards.moc"
