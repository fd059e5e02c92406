// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitest.h"

#include "appsettings.h"
#include "guide.h"
#include "mainwindow.h"
#include "navigatorpane.h"
#include "searchpopup.h"
#include "searchresultmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QWebEngineFindTextResult>

using namespace Qt::StringLiterals;
using namespace goprep;

class TestSearchPopup final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;

    // A shown, active window whose reader has its first chapter loaded.
    static bool ready(ui::MainWindow &window) {
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        window.openLocation(u"introduction"_s);
        return test::waitFor(window.reader(), u"window.goprep && goprep.chapterId === 'introduction'"_s);
    }

    // The reader shows `sectionId` of `chapterId` at the top of its view.
    static bool showsSection(ui::MainWindow &window, const QString &chapterId, const QString &sectionId) {
        return test::waitFor(
            window.reader(),
            u"goprep.chapterId === '%1' && goprep.currentSection() === '%2'"_s.arg(chapterId, sectionId));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_guide = core::Guide::loadBuiltIn();
        QVERIFY(m_dir.isValid());
    }

    void ctrlK_opensThePopupOverTheWindowAndEscClosesIt() {
        core::AppSettings settings(m_dir.filePath(u"keys.ini"_s));
        ui::MainWindow window(m_guide, settings);
        QVERIFY(ready(window));
        ui::SearchPopup *popup = window.searchPopup();
        window.navigator()->tree()->setFocus();
        QVERIFY(!popup->isVisible());

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->queryEdit()->hasFocus());
        QVERIFY(window.rect().contains(popup->geometry()));
        QVERIFY(popup->geometry().top() >= window.centralWidget()->geometry().top()); // below the menu bar

        QTest::keyClick(popup->queryEdit(), Qt::Key_Escape);
        QVERIFY(!popup->isVisible());
        QVERIFY(window.navigator()->tree()->hasFocus()); // the focus goes back where it was
    }

    void typingAndEnter_opensTheSectionAndHighlightsTheMatch_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("chapterId");
        QTest::addColumn<QString>("sectionId");
        QTest::newRow("errors.As") << u"errors.As"_s << u"error-handling"_s << u"errors-is-vs-errors-as"_s;
        QTest::newRow("table driven") << u"table driven"_s << u"testing"_s << u"table-driven-tests"_s;
        QTest::newRow("sync.Mutex") << u"sync.Mutex"_s << u"mutexes-atomics-and-the-race-detector"_s
                                    << u"sync-mutex-and-sync-rwmutex"_s;
        QTest::newRow("zero value") << u"zero value"_s << u"language-fundamentals"_s << u"zero-values"_s;
    }

    void typingAndEnter_opensTheSectionAndHighlightsTheMatch() {
        QFETCH(QString, query);
        QFETCH(QString, chapterId);
        QFETCH(QString, sectionId);
        core::AppSettings settings(m_dir.filePath(u"enter.ini"_s));
        ui::MainWindow window(m_guide, settings);
        QVERIFY(ready(window));
        QSignalSpy found(window.reader()->webView()->page(), &QWebEnginePage::findTextFinished);

        window.showSearch();
        ui::SearchPopup *popup = window.searchPopup();
        QTest::keyClicks(popup->queryEdit(), query);
        QVERIFY(popup->model()->rowCount() > 0);
        QCOMPARE(popup->resultList()->currentIndex().row(), 0);
        QCOMPARE(popup->model()->result(0)->sectionId, sectionId);
        QVERIFY(popup->findChild<QLabel *>(u"searchStatus"_s)->text().contains(u"Enter opens"_s));

        QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
        QVERIFY(!popup->isVisible());
        QVERIFY(showsSection(window, chapterId, sectionId));
        // The reader marked the match it was given.
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 10000);
        QVERIFY(found.last().first().value<QWebEngineFindTextResult>().numberOfMatches() > 0);
        QVERIFY(showsSection(window, chapterId, sectionId)); // and stayed at the section
    }

    void downArrow_choosesAnotherResultAndACardOpensItsSection() {
        core::AppSettings settings(m_dir.filePath(u"card.ini"_s));
        ui::MainWindow window(m_guide, settings);
        QVERIFY(ready(window));
        window.showSearch();
        ui::SearchPopup *popup = window.searchPopup();
        QTest::keyClicks(popup->queryEdit(), u"goroutine leak"_s);
        ui::SearchResultModel *model = popup->model();
        int cardRow = -1;
        for (int row = 1; row < model->rowCount() && cardRow < 0; ++row)
            if (model->result(row)->kind == core::SearchResult::Kind::Card)
                cardRow = row;
        QVERIFY2(cardRow > 0, "a card below the first result");
        for (int row = 0; row < cardRow; ++row)
            QTest::keyClick(popup->queryEdit(), Qt::Key_Down);
        QCOMPARE(popup->resultList()->currentIndex().row(), cardRow);
        const core::SearchResult card = *model->result(cardRow);
        const core::Card *source = m_guide.card(card.id);
        QVERIFY(source);

        QTest::keyClick(popup->queryEdit(), Qt::Key_Enter);
        QVERIFY(showsSection(window, source->chapterId, source->sectionId));
    }

    void queryWithoutMatches_saysSoAndEnterDoesNothing() {
        core::AppSettings settings(m_dir.filePath(u"none.ini"_s));
        ui::MainWindow window(m_guide, settings);
        QVERIFY(ready(window));
        window.showSearch(u"qwertyzzz"_s);
        ui::SearchPopup *popup = window.searchPopup();
        QCOMPARE(popup->model()->rowCount(), 0);
        QVERIFY(!popup->resultList()->isVisible());
        QVERIFY(popup->findChild<QLabel *>(u"searchStatus"_s)->text().contains(u"qwertyzzz"_s));
        QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
        QVERIFY(popup->isVisible());
        QCOMPARE(window.reader()->currentChapter(), u"introduction"_s);
    }

    void focusElsewhere_closesThePopup() {
        core::AppSettings settings(m_dir.filePath(u"focus.ini"_s));
        ui::MainWindow window(m_guide, settings);
        QVERIFY(ready(window));
        window.showSearch(u"defer"_s);
        QVERIFY(window.searchPopup()->isVisible());
        window.navigator()->tree()->setFocus(Qt::MouseFocusReason);
        QVERIFY(!window.searchPopup()->isVisible());
    }
};

QTEST_MAIN(TestSearchPopup)
#include "tst_searchpopup.moc"
