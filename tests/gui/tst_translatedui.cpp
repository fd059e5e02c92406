// SPDX-License-Identifier: GPL-3.0-or-later
// The interface in each language: accelerators that work, text that fits, and the reader's own controls
// translated while the guide stays English.
#include "guitest.h"

#include "appsettings.h"
#include "cardbrowserdialog.h"
#include "findbar.h"
#include "flashcardpane.h"
#include "guide.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "readerview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace goprep;

namespace {

// GoPrep's translation and Qt's own for one language, installed for the lifetime of the object.
class Translation final {
public:
    explicit Translation(const QString &language) {
        if (m_goprep.load(u":/i18n/goprep_%1.qm"_s.arg(language)))
            m_loaded = QCoreApplication::installTranslator(&m_goprep);
        if (m_qt.load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~Translation() {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_goprep);
    }
    Q_DISABLE_COPY_MOVE(Translation)
    bool isLoaded() const { return m_loaded; }

private:
    QTranslator m_goprep;
    QTranslator m_qt;
    bool m_loaded = false;
};

// "Alt+D" for "&Datei"; empty without an accelerator.
QString accelerator(const QString &text) {
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText).toUpper();
}

// Every accelerator in `actions` that another entry of the same menu already uses.
QStringList clashes(const QString &where, const QList<QAction *> &actions) {
    QStringList clashes;
    QHash<QString, QString> seen;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = accelerator(action->text());
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            clashes << u"%1: “%2” and “%3” both use %4"_s.arg(where, seen.value(key), action->text(), key);
        seen.insert(key, action->text());
        if (QMenu *menu = action->menu())
            clashes << ::clashes(where + u" > "_s + action->text(), menu->actions());
    }
    return clashes;
}

// Every accelerator among `texts` (the controls visible together) that an earlier one already uses.
QStringList clashesAmong(const QString &where, const QStringList &texts) {
    QStringList clashes;
    QHash<QString, QString> seen;
    for (const QString &text : texts) {
        const QString key = accelerator(text);
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            clashes << u"%1: “%2” and “%3” both use %4"_s.arg(where, seen.value(key), text, key);
        seen.insert(key, text);
    }
    return clashes;
}

// The texts of the buttons, labelled fields and tabs of `dialog` that are visible (on its current page).
QStringList controlTexts(QWidget *dialog) {
    QStringList texts;
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(dialog))
            texts << button->text();
    }
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(dialog))
            texts << label->text();
    }
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    return texts;
}

// Buttons narrower than their text, in `root` and everything visible in it.
QStringList truncatedButtons(QWidget *root) {
    QStringList truncated;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            truncated << u"“%1”: %2 px of %3"_s.arg(button->text())
                             .arg(button->width())
                             .arg(button->minimumSizeHint().width());
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!bar->isVisibleTo(root))
            continue;
        // The size hint holds every tab at full length: narrower, and tabs are elided or scrolled.
        if (bar->width() < bar->sizeHint().width()) {
            QStringList tabs;
            for (int i = 0; i < bar->count(); ++i)
                tabs << bar->tabText(i);
            truncated << u"tabs “%1”: %2 px of %3"_s.arg(tabs.join(u" | "_s))
                             .arg(bar->width())
                             .arg(bar->sizeHint().width());
        }
    }
    return truncated;
}

} // namespace

class TestTranslatedUi final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;

    static void addLanguages() {
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"de"_s, u"es"_s, u"uk"_s})
            QTest::newRow(qPrintable(language)) << language;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_guide = core::Guide::loadBuiltIn();
    }

    void accelerators_areUniqueInEveryMenuAndDialog_data() { addLanguages(); }
    void accelerators_areUniqueInEveryMenuAndDialog() {
        QFETCH(QString, language);
        const Translation translation(language);
        QVERIFY(translation.isLoaded());
        core::AppSettings settings(m_dir.filePath(u"menus-%1.ini"_s.arg(language)));
        ui::MainWindow window(m_guide, settings);
        QStringList problems = clashes(u"menu bar"_s, window.menuBar()->actions());
        for (QAction *action : window.menuBar()->actions()) {
            if (accelerator(action->text()).isEmpty())
                problems << u"menu “%1” has no accelerator"_s.arg(action->text());
        }

        // The dialogs: what is visible together, each page of the preferences with the tabs and buttons.
        window.flashcardPane()->showCardBrowser();
        ui::CardBrowserDialog *browser = window.flashcardPane()->cardBrowser();
        QVERIFY(browser);
        problems << clashesAmong(u"card browser"_s, controlTexts(browser));
        browser->close();
        window.showPreferences();
        ui::PreferencesDialog *preferences = window.preferencesDialog();
        QVERIFY(preferences);
        auto *pages = preferences->findChild<QTabWidget *>();
        QVERIFY(pages);
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            problems << clashesAmong(u"preferences > "_s + pages->tabText(page), controlTexts(preferences));
        }
        preferences->close();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // At the default 1280x800, with an answer showing (the four grade buttons and their intervals), no button
    // or tab is cut short; nor in the card browser or on any page of the preferences.
    void mainWindow_fitsEveryButtonAndTab_data() { addLanguages(); }
    void mainWindow_fitsEveryButtonAndTab() {
        QFETCH(QString, language);
        const Translation translation(language);
        core::AppSettings settings(m_dir.filePath(u"fit-%1.ini"_s.arg(language)));
        ui::MainWindow window(m_guide, settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.flashcardPane()->showAnswer();
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(u"the window needs %1 px"_s.arg(window.minimumSizeHint().width())));
        // Longer text must not widen the study column much beyond its default 380 px, squeezing the reader.
        const int studyColumn = window.mainSplitter()->sizes().at(2);
        QVERIFY2(studyColumn <= 400, qPrintable(u"the study column takes %1 px"_s.arg(studyColumn)));
        QStringList truncated = truncatedButtons(&window);

        window.flashcardPane()->showCardBrowser();
        ui::CardBrowserDialog *browser = window.flashcardPane()->cardBrowser();
        QVERIFY(QTest::qWaitForWindowExposed(browser));
        truncated << truncatedButtons(browser);
        browser->close();

        window.showPreferences();
        ui::PreferencesDialog *preferences = window.preferencesDialog();
        QVERIFY(QTest::qWaitForWindowExposed(preferences));
        auto *pages = preferences->findChild<QTabWidget *>();
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QCoreApplication::processEvents();
            truncated << truncatedButtons(preferences);
        }
        preferences->close();
        QVERIFY2(truncated.isEmpty(), qPrintable(truncated.join(u'\n')));
    }

    // The reader page's own controls follow the interface language; the guide around them stays English.
    void readerControls_speakTheInterfaceLanguage() {
        const Translation translation(u"de"_s);
        core::AppSettings settings(m_dir.filePath(u"reader.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.resize(1280, 800);
        window.show();
        // A middle chapter with code: it has both neighbours and a Copy button.
        const auto withCode =
            std::find_if(m_guide.chapters().cbegin() + 1, m_guide.chapters().cend(),
                         [](const core::Chapter &c) { return c.markdown.contains(u"```go"_s); });
        QVERIFY(withCode != m_guide.chapters().cend());
        QVERIFY(window.openLocation(withCode->id));
        reader::ReaderView *reader = window.reader();
        QVERIFY(test::waitFor(reader, u"document.querySelector('#previous-chapter .dir').textContent"
                                      " === '← Zurück' && document.querySelector('#next-chapter .dir')"
                                      ".textContent === 'Weiter →' && document.getElementById('chapter-nav')"
                                      ".lang === 'de'"_s));
        QVERIFY(test::waitFor(reader, u"!!document.querySelector('.code-block button.copy')"_s));
        QCOMPARE(test::evaluate(reader, u"document.querySelector('.code-block button.copy').textContent"_s),
                 QVariant(u"Kopieren"_s));
        QCOMPARE(test::evaluate(reader, u"document.querySelector('.code-block button.copy').title"_s),
                 QVariant(u"Code kopieren"_s));
        QCOMPARE(test::evaluate(reader, u"document.documentElement.lang"_s), QVariant(u"en"_s));
    }

    // main() makes the reader before it installs the language (QtWebEngine starts first), so nothing the
    // reader shows may take its words at construction.
    void findBar_speaksTheLanguageInstalledAfterTheReaderWasMade() {
        auto reader = std::make_unique<reader::ReaderView>();
        const Translation translation(u"de"_s);
        QVERIFY(translation.isLoaded());
        core::AppSettings settings(m_dir.filePath(u"findbar.ini"_s));
        ui::MainWindow window(m_guide, settings, std::move(reader));
        window.show();
        window.reader()->activateFind();
        const auto *edit = window.reader()->findBar()->findChild<QLineEdit *>();
        QVERIFY(edit);
        QCOMPARE(edit->placeholderText(), u"Im Kapitel suchen"_s);
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
