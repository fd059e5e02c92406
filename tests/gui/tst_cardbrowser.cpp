// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
#include "appsettings.h"
#include "cardbrowserdialog.h"
#include "cardtablemodel.h"
#include "chartwidget.h"
#include "flashcardpane.h"
#include "guide.h"
#include "guitest.h"
#include "mainwindow.h"
#include "readerview.h"
#include "reviewstore.h"
#include "statisticsdialog.h"
#include "studyqueue.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace goprep;

namespace {

// Clicks `button` in the next message box that opens, and tells whether one did.
class MessageBoxAnswer final {
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button) {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_seen = true;
                box->button(button)->click();
            }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_seen = false;
};

QString buttonText(const QPushButton *button) {
    return button->text().remove(u'&');
}

int pixelsOfColor(const QImage &image, const QColor &color) {
    int count = 0;
    const QRgb wanted = color.rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == wanted ? 1 : 0;
    }
    return count;
}

} // namespace

class TestCardBrowser final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;
    QPalette m_lightPalette;

    QString testingCard() const {
        for (const core::Card &card : m_guide.cards()) {
            if (card.chapterId == u"testing"_s)
                return card.id;
        }
        return {};
    }

    // A month of real answers through the real queue and scheduler, on days before today, so the
    // statistics have something true to show.
    void seedHistory(const QString &path) {
        QSettings settings(path, QSettings::IniFormat);
        core::ReviewStore store(&settings);
        const core::FsrsScheduler scheduler;
        QDateTime now;
        QStringList deck;
        for (const core::Card &card : m_guide.cards())
            deck << card.id;
        core::StudyQueue queue(deck, &store, &scheduler, [&now] { return now; });
        queue.setNewCardsPerDay(6); // every answer rewrites the file: keep the month small
        QRandomGenerator rng(20240630);
        const QDate today = QDate::currentDate();
        for (int daysAgo = 30; daysAgo >= 1; --daysAgo) {
            if (daysAgo % 3 == 0)
                continue; // days off, as real months have
            now = QDateTime(today.addDays(-daysAgo), QTime(9, 0)).toUTC();
            for (int answers = 0; answers < 400 && queue.nextCard(); ++answers) {
                const quint32 roll = rng.bounded(100);
                const core::Rating rating = roll < 9    ? core::Rating::Again
                                            : roll < 18 ? core::Rating::Hard
                                            : roll < 93 ? core::Rating::Good
                                                        : core::Rating::Easy;
                QVERIFY(queue.grade(rating));
                now = now.addSecs(45);
            }
        }
    }

    void saveShot(QWidget *widget, const QString &name) {
        const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(u"screenshots"_s);
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name), "PNG"));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_guide = core::Guide::loadBuiltIn();
        QVERIFY(!testingCard().isEmpty());
        m_lightPalette = QApplication::style()->standardPalette();
        QApplication::setPalette(m_lightPalette);
    }

    void cleanup() { QApplication::setPalette(m_lightPalette); }

    void menuShortcutAndButton_openOneBrowserListingEveryCard() {
        core::AppSettings settings(m_dir.filePath(u"open.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ui::FlashcardPane *pane = window.flashcardPane();

        auto *browse = window.findChild<QAction *>(u"browseCards"_s);
        QVERIFY(browse);
        QCOMPARE(browse->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(pane->cardBrowser() && pane->cardBrowser()->isVisible());
        ui::CardBrowserDialog *browser = pane->cardBrowser();
        QCOMPARE(browser->table()->model()->rowCount(), m_guide.cards().size());

        // The pane's button raises the same dialog rather than opening a second one.
        auto *button = pane->findChild<QPushButton *>(u"browseCardsButton"_s);
        QVERIFY(button);
        button->click();
        QCOMPARE(pane->cardBrowser(), browser);

        auto *stats = window.findChild<QAction *>(u"showStatistics"_s);
        QVERIFY(stats);
        stats->trigger();
        QVERIFY(pane->statisticsDialog());
        QTRY_VERIFY(pane->statisticsDialog()->isVisible());
        QCOMPARE(pane->statisticsDialog()->reviewsChart()->slotCount(), 30);
        QCOMPARE(pane->statisticsDialog()->forecastChart()->slotCount(), 30);
    }

    void searchAndSuspend_queueSkipsTheCardUntilUnsuspended() {
        core::AppSettings settings(m_dir.filePath(u"suspend.ini"_s));
        settings.setValue(core::keys::newCardsPerDay, 100); // the whole part, not just today's share
        ui::MainWindow window(m_guide, settings);
        window.show();
        ui::FlashcardPane *pane = window.flashcardPane();
        pane->setDeck(u"chapter:testing"_s);
        const QString first = pane->currentCardId();
        QVERIFY(!first.isEmpty());
        const int deckSize = pane->queue()->counts().newCards;
        QVERIFY(deckSize > 3);

        pane->showCardBrowser();
        ui::CardBrowserDialog *browser = pane->cardBrowser();
        QTest::keyClicks(browser->searchField(), first.toUpper());
        QCOMPARE(browser->table()->model()->rowCount(), 1);
        browser->table()->selectRow(0);
        QCOMPARE(browser->selectedCardIds(), QStringList{first});

        auto *suspend = browser->findChild<QPushButton *>(u"suspendCards"_s);
        QVERIFY(suspend);
        QCOMPARE(buttonText(suspend), u"Suspend"_s);
        QTest::mouseClick(suspend, Qt::LeftButton);
        QVERIFY(pane->store()->state(first).suspended);
        QCOMPARE(browser->table()->model()->index(0, core::CardTableModel::StateColumn).data().toString(),
                 u"suspended"_s);
        QCOMPARE(buttonText(suspend), u"Unsuspend"_s);
        // The card on screen was the suspended one: the pane moved on at once.
        QVERIFY(pane->currentCardId() != first);
        QCOMPARE(pane->queue()->counts().newCards, deckSize - 1);

        // Going through the whole deck never shows it.
        QStringList shown;
        while (!pane->currentCardId().isEmpty() && shown.size() <= deckSize) {
            shown << pane->currentCardId();
            pane->showAnswer();
            pane->grade(core::Rating::Easy);
        }
        QCOMPARE(shown.size(), deckSize - 1);
        QVERIFY(!shown.contains(first));

        // Unsuspended, it is the only card left, and the pane shows it without being asked.
        QTest::mouseClick(suspend, Qt::LeftButton);
        QVERIFY(!pane->store()->state(first).suspended);
        QCOMPARE(pane->currentCardId(), first);
        QCOMPARE(pane->queue()->counts().newCards, 1);
    }

    void reset_asksFirst_thenMakesTheCardNewAndKeepsItsLog() {
        core::AppSettings settings(m_dir.filePath(u"reset.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        ui::FlashcardPane *pane = window.flashcardPane();
        const QString card = pane->currentCardId();
        pane->showAnswer();
        pane->grade(core::Rating::Easy);
        QCOMPARE(pane->store()->state(card).phase, core::CardPhase::Review);
        QCOMPARE(pane->store()->log().size(), 1);

        pane->showCardBrowser();
        ui::CardBrowserDialog *browser = pane->cardBrowser();
        browser->setSearchText(card);
        QCOMPARE(browser->selectCards({card}), 1);
        auto *reset = browser->findChild<QPushButton *>(u"resetCards"_s);
        QVERIFY(reset && reset->isEnabled());

        {
            MessageBoxAnswer cancel(QMessageBox::Cancel);
            QTest::mouseClick(reset, Qt::LeftButton);
            QVERIFY(cancel.seen());
        }
        QCOMPARE(pane->store()->state(card).phase, core::CardPhase::Review);

        {
            MessageBoxAnswer confirm(QMessageBox::Reset);
            QTest::mouseClick(reset, Qt::LeftButton);
            QVERIFY(confirm.seen());
        }
        QVERIFY(pane->store()->state(card).isNew());
        QCOMPARE(pane->store()->log().size(), 1);
        QCOMPARE(browser->table()->model()->index(0, core::CardTableModel::StateColumn).data().toString(),
                 u"new"_s);
        // On disk too: another process reading the file sees a new card and the answer in the log.
        core::AppSettings reread(settings.fileName());
        core::ReviewStore store(&reread.settings());
        QVERIFY(store.state(card).isNew());
        QCOMPARE(store.log().size(), 1);
    }

    void openInGuide_showsTheCardsPart() {
        core::AppSettings settings(m_dir.filePath(u"open-guide.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        window.openLocation(u"introduction"_s);
        ui::FlashcardPane *pane = window.flashcardPane();
        pane->showCardBrowser();
        ui::CardBrowserDialog *browser = pane->cardBrowser();
        QCOMPARE(browser->selectCards({testingCard()}), 1);
        auto *open = browser->findChild<QPushButton *>(u"openCardInGuide"_s);
        QVERIFY(open && open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(window.reader()->currentChapter(), u"testing"_s);
    }

    // Writes build/dev/tests/gui/screenshots/{statistics,browser}-{light,dark}.png for a person to look at,
    // and checks what can be checked by machine: the backgrounds follow the palette and the bars are drawn.
    void dialogs_followThePaletteInLightAndDark() {
        const QString path = m_dir.filePath(u"history.ini"_s);
        seedHistory(path);
        core::AppSettings settings(path);
        ui::MainWindow window(m_guide, settings);
        window.show();
        ui::FlashcardPane *pane = window.flashcardPane();
        QVERIFY(!pane->store()->log().isEmpty());
        pane->showStatistics();
        pane->showCardBrowser();
        ui::StatisticsDialog *stats = pane->statisticsDialog();
        ui::CardBrowserDialog *browser = pane->cardBrowser();
        QVERIFY(QTest::qWaitForWindowExposed(stats));
        QVERIFY(QTest::qWaitForWindowExposed(browser));
        browser->table()->sortByColumn(core::CardTableModel::DueColumn, Qt::AscendingOrder);

        for (const bool dark : {false, true}) {
            // The user's way: View ▸ Appearance, which also gives the widgets a dark palette where the
            // platform has no dark theme of its own (as offscreen has none).
            window.appearance()->setScheme(dark ? ui::Appearance::Scheme::Dark
                                                : ui::Appearance::Scheme::Light);
            QCoreApplication::processEvents();
            QCOMPARE(stats->palette().color(QPalette::Window).lightness() < 128, dark);
            const QString mode = dark ? u"dark"_s : u"light"_s;
            saveShot(stats, u"statistics-%1.png"_s.arg(mode));
            saveShot(browser, u"browser-%1.png"_s.arg(mode));

            const QImage dialog = stats->grab().toImage();
            const int lightness = QColor(dialog.pixel(3, 3)).lightness();
            QVERIFY2(dark ? lightness < 80 : lightness > 180, qPrintable(QString::number(lightness)));
            // The review bars (green) and the new-card bars (blue) are there, in this palette's shade.
            ui::ChartWidget *reviews = stats->reviewsChart();
            const QImage chart = reviews->grab().toImage();
            QVERIFY2(pixelsOfColor(chart, reviews->seriesColor(2)) > 100, qPrintable(mode));
            QVERIFY2(pixelsOfColor(chart, reviews->seriesColor(0)) > 100, qPrintable(mode));
            // Hover and tooltips find the day under the pointer: today is the last slot, the axis labels
            // none.
            QCOMPARE(reviews->slotAt(QPointF(reviews->width() - 12, reviews->height() / 2.0)), 29);
            QCOMPARE(reviews->slotAt(QPointF(2, reviews->height() / 2.0)), -1);
            ui::ChartWidget *forecast = stats->forecastChart();
            QVERIFY2(pixelsOfColor(forecast->grab().toImage(), forecast->seriesColor(1)) > 100,
                     qPrintable(mode));

            const QImage table = browser->table()->viewport()->grab().toImage();
            const int tableLightness = QColor(table.pixel(table.width() - 3, table.height() - 3)).lightness();
            QVERIFY2(dark ? tableLightness < 80 : tableLightness > 180,
                     qPrintable(QString::number(tableLightness)));
        }
    }
};

QTEST_MAIN(TestCardBrowser)
#include "tst_cardbrowser.moc"
