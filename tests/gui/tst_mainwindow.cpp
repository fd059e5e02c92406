// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitest.h"

#include "aboutdialog.h"
#include "appearance.h"
#include "appsettings.h"
#include "checklistpane.h"
#include "flashcardpane.h"
#include "guide.h"
#include "mainwindow.h"
#include "markdownrenderer.h"
#include "navigatorpane.h"
#include "readingprogress.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

#include <KSyntaxHighlighting/Repository>

using namespace Qt::StringLiterals;
using namespace goprep;

class TestMainWindow final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_guide = core::Guide::loadBuiltIn();
    }

    void layout_hasNavigatorReaderAndStudyColumn() {
        core::AppSettings settings(m_dir.filePath(u"layout.ini"_s));
        ui::MainWindow window(m_guide, settings);
        QSplitter *splitter = window.mainSplitter();
        QCOMPARE(splitter->count(), 3);
        QCOMPARE(splitter->widget(0), window.navigator());
        QCOMPARE(splitter->widget(1), window.reader());
        QCOMPARE(splitter->widget(2), window.rightColumn());
        QVERIFY(window.rightColumn()->findChild<ui::ChecklistPane *>());
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(u'&');
        QCOMPARE(menus, QStringList({u"File"_s, u"View"_s, u"Go"_s, u"Help"_s}));
        // The tree lists every chapter.
        QCOMPARE(window.navigator()->tree()->model()->rowCount(), m_guide.chapters().size());
    }

    // The build highlighted the guide's code and wrote the code themes' stylesheets (core/prerendered.h), so
    // a session shows chapters with code and flashcards without loading a KSyntaxHighlighting repository.
    void chapterWithCode_andFlashcards_needNoSyntaxRepository() {
        core::AppSettings settings(m_dir.filePath(u"norepository.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        const auto withCode =
            std::find_if(m_guide.chapters().cbegin(), m_guide.chapters().cend(),
                         [](const core::Chapter &c) { return c.markdown.contains(u"```go"_s); });
        QVERIFY(withCode != m_guide.chapters().cend());
        QVERIFY(window.openLocation(withCode->id));
        QVERIFY(test::waitFor(
            window.reader(),
            u"window.goprep && goprep.chapterId === '%1' && goprep.whole && "
            "document.querySelectorAll('pre code span[class^=hl-]').length > 10"_s.arg(withCode->id)));
        // The code theme's colours came in too.
        QVERIFY(test::evaluate(window.reader(), u"document.getElementById('code-theme').textContent"_s)
                    .toString()
                    .contains(u"code theme: Breeze"_s));
        window.startStudy();
        QTRY_VERIFY(!window.flashcardPane()->findChild<QTextBrowser *>()->toPlainText().isEmpty());
        QVERIFY(!window.renderer().hasHighlighter());
    }

    // Only a code theme the build did not prepare (one the user installed, or a name that is no theme) makes
    // the appearance load the repository.
    void codeTheme_asksTheRepositoryOnlyForThemesNotPrepared() {
        core::AppSettings settings(m_dir.filePath(u"themes.ini"_s));
        int asked = 0;
        std::unique_ptr<KSyntaxHighlighting::Repository> repository;
        ui::Appearance appearance(settings, [&]() -> KSyntaxHighlighting::Repository & {
            ++asked;
            if (!repository)
                repository = std::make_unique<KSyntaxHighlighting::Repository>();
            return *repository;
        });
        appearance.setScheme(ui::Appearance::Scheme::Light);
        QCOMPARE(appearance.codeTheme(), u"Breeze Light"_s);
        QVERIFY(appearance.codeStylesheet().contains(u"code theme: Breeze Light"_s));
        settings.setValue(core::keys::codeThemeLight, u"Dracula"_s);
        QCOMPARE(appearance.codeTheme(), u"Dracula"_s);
        QVERIFY(appearance.codeStylesheet().contains(u"code theme: Dracula"_s));
        QCOMPARE(asked, 0);
        settings.setValue(core::keys::codeThemeLight, u"No Such Theme"_s);
        QCOMPARE(appearance.codeTheme(), u"Breeze Light"_s);
        QVERIFY(asked > 0);
        QVERIFY(appearance.codeThemes().contains(u"Dracula"_s));
    }

    void studyTrack_isStoredOnlyWhenChosen() {
        const QString path = m_dir.filePath(u"track.ini"_s);
        {
            core::AppSettings settings(path);
            ui::MainWindow window(m_guide, settings);
            QCOMPARE(window.navigator()->track(), ui::NavigatorPane::Track::All);
            // Showing the stored choice (none: all parts) is no reason to write the file.
            QVERIFY(!settings.settings().contains(QLatin1StringView(core::keys::studyTrack)));
            window.navigator()->setTrack(ui::NavigatorPane::Track::Senior);
        }
        core::AppSettings settings(path);
        QCOMPARE(settings.value(core::keys::studyTrack).toString(), u"senior"_s);
        ui::MainWindow window(m_guide, settings);
        QCOMPARE(window.navigator()->track(), ui::NavigatorPane::Track::Senior);
    }

    void splitterSizes_persistAcrossRestarts() {
        const QString path = m_dir.filePath(u"splitter.ini"_s);
        QList<int> saved;
        {
            core::AppSettings settings(path);
            ui::MainWindow window(m_guide, settings);
            window.resize(1200, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.mainSplitter()->setSizes({300, 500, 400});
            saved = window.mainSplitter()->sizes();
            window.close();
        }
        core::AppSettings settings(path);
        ui::MainWindow window(m_guide, settings);
        QVERIFY(!settings.value(core::keys::mainSplitter).toByteArray().isEmpty());
        window.resize(1200, 700); // the offscreen platform does not place windows as a desktop would
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.mainSplitter()->sizes(), saved);
    }

    void aboutDialog_showsVersionsAndLicense() {
        core::AppSettings settings(m_dir.filePath(u"about.ini"_s));
        ui::MainWindow window(m_guide, settings);
        QString text;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            text = dialog->findChild<QLabel *>(u"aboutText"_s)->text();
            dialog->reject();
        });
        window.showAbout();
        QVERIFY2(text.contains(QStringLiteral(GOPREP_VERSION)), qPrintable(text));
        QVERIFY(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"KF6 SyntaxHighlighting"_s));
        QVERIFY(text.contains(u"md4c"_s));
        QVERIFY(text.contains(u"General Public License"_s));
    }

    void checklistTick_isStoredWithItsDate() {
        const QString path = m_dir.filePath(u"tick.ini"_s);
        {
            core::AppSettings settings(path);
            ui::MainWindow window(m_guide, settings);
            QListWidget *list = window.checklistPane()->list();
            QCOMPARE(list->count(), 26);
            list->setCurrentRow(0);
            list->item(0)->setCheckState(Qt::Checked);
            QVERIFY(list->item(0)->text().contains(u"checked on"_s));
        }
        core::AppSettings settings(path);
        ui::MainWindow window(m_guide, settings);
        QCOMPARE(window.checklistPane()->list()->item(0)->checkState(), Qt::Checked);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
