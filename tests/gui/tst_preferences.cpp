// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitest.h"

#include "appearance.h"
#include "appsettings.h"
#include "attemptlog.h"
#include "cardbrowserdialog.h"
#include "cardtablemodel.h"
#include "checklistpane.h"
#include "checklistprogress.h"
#include "datapage.h"
#include "flashcardpane.h"
#include "guide.h"
#include "mainwindow.h"
#include "navigatorpane.h"
#include "preferencesdialog.h"
#include "progressarchive.h"
#include "readingprogress.h"
#include "reviewstore.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace goprep;

class TestPreferences final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;

    static ui::PreferencesDialog *openPreferences(ui::MainWindow &window) {
        auto *action = window.findChild<QAction *>(u"actionPreferences"_s);
        if (!action)
            return nullptr;
        action->trigger();
        return window.preferencesDialog();
    }

    static void typeInto(QLineEdit *edit, const QString &text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_guide = core::Guide::loadBuiltIn();
    }

    void preferencesAction_opensTheDialogWithFourPages() {
        core::AppSettings settings(m_dir.filePath(u"pages.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        auto *action = window.findChild<QAction *>(u"actionPreferences"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        ui::PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *tabs = dialog->findChild<QTabWidget *>();
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i).remove(u'&');
        QCOMPARE(titles, (QStringList{u"Appearance"_s, u"Study"_s, u"Language"_s, u"Data"_s}));
        QCOMPARE(dialog->findChild<QLabel *>(u"settingsPath"_s)->text(),
                 QDir::toNativeSeparators(settings.fileName()));
        // Opening it again raises the same dialog.
        QCOMPARE(openPreferences(window), dialog);

        // Pictures of every page for a person to look at (not an assertion): GOPREP_SCREENSHOT_DIR=/tmp/x.
        if (const QString dir = qEnvironmentVariable("GOPREP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            for (int i = 0; i < tabs->count(); ++i) {
                dialog->showPage(ui::PreferencesDialog::Page(i));
                QVERIFY(dialog->grab().save(u"%1/preferences-%2.png"_s.arg(dir).arg(i + 1)));
            }
        }
    }

    void retention_isStoredAndReschedulesTheShownCard() {
        core::AppSettings settings(m_dir.filePath(u"retention.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::FlashcardPane *pane = window.flashcardPane();
        pane->showAnswer();
        QVERIFY(pane->isAnswerShown());
        const QStringList before = pane->buttonIntervals();
        QCOMPARE(before.size(), 4);
        QCOMPARE(before.at(3), u"8d"_s); // Easy on a new card at the default 0.90

        ui::PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        auto *retention = dialog->findChild<QDoubleSpinBox *>(u"desiredRetention"_s);
        QVERIFY(retention);
        QCOMPARE(retention->value(), 0.9);
        retention->setValue(0.75);
        QCOMPARE(settings.value(core::keys::desiredRetention).toDouble(), 0.75);

        const QStringList after = pane->buttonIntervals();
        QVERIFY2(after.at(3) != before.at(3), qPrintable(after.join(u", "_s)));
        // The buttons on screen show it too, and the card and its answer stay.
        QVERIFY(pane->isAnswerShown());
        QVERIFY(pane->findChild<QPushButton *>(u"grade4"_s)->text().endsWith(after.at(3)));
    }

    void learningSteps_rescheduleAgainAndGood_invalidTextChangesNothing() {
        core::AppSettings settings(m_dir.filePath(u"steps.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::FlashcardPane *pane = window.flashcardPane();
        ui::PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->showPage(ui::PreferencesDialog::Page::Study);
        auto *steps = dialog->findChild<QLineEdit *>(u"learningSteps"_s);
        QCOMPARE(steps->text(), u"1m 10m"_s);

        typeInto(steps, u"2 20"_s); // bare numbers are minutes
        QCOMPARE(settings.value(core::keys::learningSteps).toString(), u"2m 20m"_s);
        QCOMPARE(pane->buttonIntervals().at(0), u"2m"_s);
        QCOMPARE(pane->buttonIntervals().at(2), u"20m"_s);

        auto *problem = dialog->findChild<QLabel *>(u"stepsProblem"_s);
        QVERIFY(problem->isHidden());
        QTest::keyClicks(steps, u"x"_s); // "2 20x": the last valid steps stay in use
        QVERIFY(!problem->isHidden());
        QCOMPARE(settings.value(core::keys::learningSteps).toString(), u"2m 20m"_s);
        QCOMPARE(pane->buttonIntervals().at(0), u"2m"_s);
    }

    void appearanceAndLanguage_areAppliedAndStored() {
        core::AppSettings settings(m_dir.filePath(u"appearance.ini"_s));
        ui::MainWindow window(m_guide, settings);
        ui::PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        auto *scheme = dialog->findChild<QComboBox *>(u"colorScheme"_s);
        const int dark = scheme->findData(QVariant::fromValue(ui::Appearance::Scheme::Dark));
        scheme->setCurrentIndex(dark);
        Q_EMIT scheme->activated(dark);
        QCOMPARE(window.appearance()->scheme(), ui::Appearance::Scheme::Dark);
        QCOMPARE(settings.value(core::keys::colorScheme).toString(), u"dark"_s);

        // The code theme offered is the dark mode's; choosing one changes the theme in use.
        auto *theme = dialog->findChild<QComboBox *>(u"codeTheme"_s);
        QCOMPARE(theme->currentText(), window.appearance()->codeTheme());
        const int other = theme->findText(u"Monokai"_s) >= 0 ? theme->findText(u"Monokai"_s)
                                                             : (theme->currentIndex() + 1) % theme->count();
        Q_EMIT theme->activated(other);
        QCOMPARE(window.appearance()->codeTheme(), theme->itemText(other));
        QCOMPARE(settings.value(core::keys::codeThemeDark).toString(), theme->itemText(other));

        auto *zoom = dialog->findChild<QSpinBox *>(u"readerZoom"_s);
        zoom->setValue(150);
        QCOMPARE(window.reader()->zoom(), 1.5);
        QCOMPARE(settings.value(core::keys::readerZoom).toDouble(), 1.5);
        window.reader()->zoomOut(); // Ctrl − in the reader shows in the dialog
        QCOMPARE(zoom->value(), 140);

        auto *language = dialog->findChild<QComboBox *>(u"language"_s);
        QCOMPARE(language->currentIndex(), 0); // the system's
        const int german = language->findData(u"de"_s);
        QVERIFY(german > 0);
        Q_EMIT language->activated(german);
        QCOMPARE(settings.value(core::keys::language).toString(), u"de"_s);
    }

    void dataPage_importReplacesProgressAndEveryPaneShowsIt_resetClearsIt() {
        // Progress made on "another machine".
        const QString exported = m_dir.filePath(u"moved.json"_s);
        const core::Chapter &chapter = m_guide.chapters().at(3);
        const QString item = m_guide.checklist().at(2).id;
        const QString card = m_guide.cards().at(0).id;
        const QString task = m_guide.tasks().at(0).id;
        {
            QDir().mkpath(m_dir.filePath(u"elsewhere"_s));
            core::AppSettings other(m_dir.filePath(u"elsewhere/goprep.ini"_s));
            core::ReadingProgress(other, m_guide).setRead(chapter.id, true);
            core::ChecklistProgress(other).setChecked(item, true, QDateTime::currentDateTimeUtc());
            core::ReviewStore store(&other.settings());
            const QDateTime now = QDateTime::currentDateTimeUtc().addDays(-3);
            const core::FsrsScheduler scheduler;
            core::ReviewLogEntry entry;
            entry.cardId = card;
            entry.time = now;
            entry.rating = core::Rating::Easy;
            QVERIFY(store.recordReview(entry, scheduler.review(card, {}, core::Rating::Easy, now)) > 0);
            core::Attempt attempt;
            attempt.taskId = task;
            attempt.startedAt = now;
            attempt.usedSecs = 1800;
            attempt.minutes = 45;
            attempt.rating = core::AttemptRating::Solved;
            QVERIFY(core::AttemptLog(other).append(attempt));
            QCOMPARE(core::ProgressArchive(other, [] { return QDateTime::currentDateTimeUtc(); })
                         .exportTo(exported),
                     QString());
        }

        QDir().mkpath(m_dir.filePath(u"here"_s));
        core::AppSettings settings(m_dir.filePath(u"here/goprep.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::FlashcardPane *pane = window.flashcardPane();
        QCOMPARE(pane->currentCardId(), card); // new cards come in deck order
        pane->showCardBrowser();               // open during the import: it must not show the old states
        core::CardTableModel *cards = pane->cardBrowser()->cardModel();
        const int cardRow = cards->rowOf(card);
        QVERIFY(cards->state(cardRow).isNew());
        ui::PreferencesDialog *dialog = openPreferences(window);
        ui::DataPage *data = dialog->dataPage();

        QCOMPARE(data->importProgress(exported, core::ProgressArchive::Mode::Replace), QString());
        QCOMPARE(cards->state(cardRow).phase, core::CardPhase::Review);
        QVERIFY(!data->statusText().isEmpty());
        QVERIFY(window.readingProgress()->isRead(chapter.id));
        const QAbstractItemModel *tree = window.navigator()->tree()->model();
        QCOMPARE(tree->index(chapter.index, 1).data().toString(), u"✓"_s);
        QVERIFY(window.checklistProgress()->isChecked(item));
        QCOMPARE(window.checklistPane()->list()->item(2)->checkState(), Qt::Checked);
        QCOMPARE(pane->store()->state(card).phase, core::CardPhase::Review);
        QVERIFY(pane->currentCardId() != card); // the card is scheduled now, days away
        QCOMPARE(window.attemptLog()->attempts(task).size(), 1);
        QVERIFY(dialog->findChild<QPushButton *>(u"restoreBackup"_s)->isEnabled());

        QCOMPARE(data->resetProgress(), QString());
        QVERIFY(!window.readingProgress()->isRead(chapter.id));
        QCOMPARE(tree->index(chapter.index, 1).data().toString(), QString());
        QCOMPARE(window.checklistPane()->list()->item(2)->checkState(), Qt::Unchecked);
        QVERIFY(pane->store()->state(card).isNew());
        QVERIFY(cards->state(cardRow).isNew());
        QCOMPARE(pane->currentCardId(), card);
        QVERIFY(window.attemptLog()->attempts(task).isEmpty());

        // The reset's backup brings the import back.
        const QStringList backups = data->archive().backups();
        QCOMPARE(backups.size(), 2);
        QCOMPARE(data->restoreBackup(backups.first()), QString());
        QVERIFY(window.readingProgress()->isRead(chapter.id));
        QCOMPARE(pane->store()->state(card).phase, core::CardPhase::Review);
    }

    void dataPage_badFileIsRefusedWithOneLineAndChangesNothing() {
        core::AppSettings settings(m_dir.filePath(u"bad.ini"_s));
        ui::MainWindow window(m_guide, settings);
        ui::PreferencesDialog *dialog = openPreferences(window);
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"goprep-progress\",\"version\":1,\"cards\":");
        file.close();
        const QString error = dialog->dataPage()->importProgress(bad, core::ProgressArchive::Mode::Merge);
        QVERIFY(error.contains(u"not valid JSON"_s));
        QCOMPARE(dialog->dataPage()->statusText(), error);
        QVERIFY(dialog->dataPage()->archive().backups().isEmpty());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
