// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitest.h"

#include "appearance.h"
#include "appscheme.h"
#include "appsettings.h"
#include "findbar.h"
#include "fontstack.h"
#include "guide.h"
#include "mainwindow.h"
#include "navigatorpane.h"
#include "readerprofile.h"
#include "readingprogress.h"
#include "requestinterceptor.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace goprep;

// Receives the URLs the app hands to the desktop, instead of a real browser.
class DesktopUrlSink final : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestReader final : public QObject {
    Q_OBJECT
    core::Guide m_guide;
    QTemporaryDir m_dir;

    static bool shows(reader::ReaderView *reader, const QString &chapterId) {
        return test::waitFor(reader, u"window.goprep && goprep.chapterId === '%1' && goprep.whole && "
                                     "document.querySelector('#content h1') !== null"_s.arg(chapterId));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_guide = core::Guide::loadBuiltIn();
    }

    // GoPrep asks for the single-process model unless told otherwise, and leaves a model the user chose
    // alone.
    void processModel_flagsAddSingleProcessToTheUsers() {
        using reader::ProcessModel;
        const QByteArray ours = "--single-process --winhttp-proxy-resolver";
        QCOMPARE(ProcessModel::engineFlags({}, false), std::optional<QByteArray>(ours));
        QCOMPARE(ProcessModel::engineFlags(" --disable-gpu ", false),
                 std::optional<QByteArray>("--disable-gpu " + ours));
        QCOMPARE(ProcessModel::engineFlags("--renderer-process-limit=2", false),
                 std::optional<QByteArray>("--renderer-process-limit=2 " + ours));
        QCOMPARE(ProcessModel::engineFlags({}, true), std::nullopt);
        QCOMPARE(ProcessModel::engineFlags("--disable-gpu", true), std::nullopt);
        for (const char *model : {"--single-process", "--process-per-site", "--process-per-tab",
                                  "--site-per-process", "--site-per-process=1"})
            QCOMPARE(ProcessModel::engineFlags(QByteArray("--disable-gpu ") + model, false), std::nullopt);
    }

    // The page is rendered by a thread of this process, and the programs GoPrep starts afterwards get the
    // environment it was started with.
    void processModel_rendersInThisProcess() {
        QVERIFY(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--single-process"));
        core::AppSettings settings(m_dir.filePath(u"process.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(window.openLocation(u"introduction"_s));
        QVERIFY(shows(window.reader(), u"introduction"_s));
        QCOMPARE(window.reader()->webView()->page()->renderProcessPid(), QCoreApplication::applicationPid());
        reader::ProcessModel::restoreEnvironment();
        QVERIFY(!qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--single-process"));
    }

    // The readers share one scheme handler; each page request goes to the reader whose key is in its URL, and
    // a page whose reader is gone is served plain.
    void schemeHandler_servesEachPageThroughItsOwnReader() {
        reader::AppSchemeHandler *handler = reader::ReaderProfile::schemeHandler();
        int firstCalls = 0;
        int secondCalls = 0;
        const QString first = handler->addPageFilter([&](const QByteArray &page) {
            ++firstCalls;
            return page;
        });
        const QString second = handler->addPageFilter([&](const QByteArray &page) {
            ++secondCalls;
            return page;
        });
        QVERIFY(first != second);
        QWebEnginePage page(reader::ReaderProfile::profile());
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(reader::AppSchemeHandler::pageUrl(second));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20'000);
        QVERIFY(loaded.at(0).at(0).toBool());
        QCOMPARE(firstCalls, 0);
        QCOMPARE(secondCalls, 1);

        handler->removePageFilter(second);
        page.load(reader::AppSchemeHandler::pageUrl(second));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20'000);
        QVERIFY(loaded.at(1).at(0).toBool());
        QCOMPARE(secondCalls, 1);
        handler->removePageFilter(first);
        QCOMPARE(firstCalls, 0);
    }

    void chapter_loadsWithHighlightedGoBlocks() {
        core::AppSettings settings(m_dir.filePath(u"load.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(window.openLocation(u"language-fundamentals"_s));
        QVERIFY(shows(window.reader(), u"language-fundamentals"_s));
        QVERIFY(test::waitFor(
            window.reader(),
            u"document.querySelectorAll('.code-block[data-lang=go] span.hl-keyword').length > 5"_s));
        QVERIFY(test::waitFor(window.reader(), u"document.getElementById('zero-values') !== null"_s));
    }

    // The page's first chapter, opened at its top, is laid out a screenful first and the rest after that
    // paint; a chapter shown after it goes in whole.
    void firstChapter_isPaintedFromItsOpeningThenCompleted() {
        const QString path = m_dir.filePath(u"opening.ini"_s);
        const core::Chapter *chapter = m_guide.chapter(u"grpc-with-go"_s);
        QVERIFY(chapter);
        {
            core::AppSettings settings(path);
            core::ReadingProgress(settings, m_guide).setLastChapter(chapter->id);
        }
        core::AppSettings settings(path);
        ui::MainWindow window(m_guide, settings);
        window.resize(1200, 700);
        window.restoreLastLocation();
        window.show();
        QVERIFY(shows(window.reader(), chapter->id));
        const int blocks =
            test::evaluate(window.reader(), u"document.getElementById('content').childElementCount"_s)
                .toInt();
        const int firstPaint = test::evaluate(window.reader(), u"goprep.firstPaintBlocks"_s).toInt();
        QVERIFY2(firstPaint > 1 && firstPaint < blocks / 2,
                 qPrintable(u"%1 of %2 blocks"_s.arg(firstPaint).arg(blocks)));
        QVERIFY(test::evaluate(window.reader(), u"document.getElementById('%1') !== null && "
                                                "!document.getElementById('chapter-nav').hidden"_s.arg(
                                                    chapter->sections.last().id))
                    .toBool());

        const QString later = uR"(
            (() => {
                let html = "<h1 id='testing'>Testing</h1>";
                for (let i = 0; i < 400; ++i) html += `<p id="p${i}">Paragraph ${i}, long enough to wrap once.</p>`;
                goprep.show({ chapterId: "testing", html, sectionId: "", fraction: 0 });
                return document.getElementById("content").childElementCount;
            })())"_s;
        QCOMPARE(test::evaluate(window.reader(), later).toInt(), 401);
        QVERIFY(test::evaluate(window.reader(), u"goprep.whole"_s).toBool());
        // Opened at its top, whatever the chapter before it was scrolled to.
        test::evaluate(window.reader(), u"document.scrollingElement.scrollTop = 3000; true"_s);
        test::evaluate(window.reader(), later);
        QCOMPARE(test::evaluate(window.reader(), u"document.scrollingElement.scrollTop"_s).toInt(), 0);
    }

    void fonts_nameOnlyFamiliesThisMachineHas() {
        const QString present = QFontDatabase::families().value(0);
        QVERIFY(!present.isEmpty());
        const QString missing = u"No Such Family GoPrep"_s;
        QVERIFY(!QFontDatabase::hasFamily(missing));
        QCOMPARE(reader::installedFontStack({missing, present}, u"serif"_s), u"\"%1\", serif"_s.arg(present));
        QCOMPARE(reader::installedFontStack({missing}, u"monospace"_s), u"monospace"_s);

        core::AppSettings settings(m_dir.filePath(u"fonts.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(window.openLocation(u"language-fundamentals"_s));
        QVERIFY(shows(window.reader(), u"language-fundamentals"_s));
        QCOMPARE(test::evaluate(window.reader(), u"getComputedStyle(document.body).fontFamily"_s).toString(),
                 reader::readerFonts().body);
        QCOMPARE(test::evaluate(window.reader(),
                                u"getComputedStyle(document.querySelector('pre code')).fontFamily"_s)
                     .toString(),
                 reader::readerFonts().code);
    }

    void externalLink_isHandedToTheDesktopAndNotNavigated() {
        DesktopUrlSink sink;
        QDesktopServices::setUrlHandler(u"https"_s, &sink, "open");
        core::AppSettings settings(m_dir.filePath(u"link.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(window.openLocation(u"references"_s));
        QVERIFY(shows(window.reader(), u"references"_s));
        test::evaluate(window.reader(),
                       u"document.querySelector('#content a[href^=\"https://\"]').click(); true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!sink.urls.isEmpty(), 10000);
        QCOMPARE(sink.urls.first().scheme(), u"https"_s);
        QTest::qWait(200);
        QCOMPARE(window.reader()->webView()->url().scheme(), u"goprep"_s);
        QVERIFY(test::waitFor(window.reader(), u"goprep.chapterId === 'references'"_s));
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }

    void remoteImage_isNeverLoaded() {
        core::AppSettings settings(m_dir.filePath(u"remote.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(window.openLocation(u"generics"_s));
        QVERIFY(shows(window.reader(), u"generics"_s));
        test::evaluate(window.reader(), uR"(
            window.__img = 'pending';
            const img = document.createElement('img');
            img.onload = () => { window.__img = 'loaded'; };
            img.onerror = () => { window.__img = 'failed'; };
            img.src = 'https://example.com/tracker.png';
            document.body.appendChild(img); true)"_s);
        QVERIFY(test::waitFor(window.reader(), u"window.__img === 'failed'"_s));
        QVERIFY(!reader::RequestInterceptor::isAllowed(QUrl(u"https://example.com/tracker.png"_s)));
    }

    void find_findsMatchesInTheChapter() {
        core::AppSettings settings(m_dir.filePath(u"find.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(window.openLocation(u"goroutines-channels-and-the-scheduler"_s));
        QVERIFY(shows(window.reader(), u"goroutines-channels-and-the-scheduler"_s));
        reader::FindBar *bar = window.reader()->findBar();
        window.reader()->activateFind();
        QVERIFY(bar->isVisible());
        QTest::keyClicks(QApplication::focusWidget(), u"goroutine"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->matchCount() > 3, 10000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void themeSwitch_changesCssWithoutReload() {
        core::AppSettings settings(m_dir.filePath(u"theme.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(window.openLocation(u"error-handling"_s));
        QVERIFY(shows(window.reader(), u"error-handling"_s));
        test::evaluate(window.reader(), u"window.__sameDocument = 42; true"_s);
        window.appearance()->setScheme(ui::Appearance::Scheme::Dark);
        QVERIFY(test::waitFor(window.reader(),
                              u"document.documentElement.classList.contains('dark') && "
                              "document.getElementById('code-theme').textContent.includes('Breeze Dark')"_s));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128); // widgets follow
        window.appearance()->setScheme(ui::Appearance::Scheme::Light);
        QVERIFY(test::waitFor(
            window.reader(), u"!document.documentElement.classList.contains('dark') && "
                             "document.getElementById('code-theme').textContent.includes('Breeze Light')"_s));
        QCOMPARE(test::evaluate(window.reader(), u"window.__sameDocument"_s).toInt(), 42);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    }

    void readingPosition_restoresOnStart() {
        const QString path = m_dir.filePath(u"position.ini"_s);
        {
            core::AppSettings settings(path);
            ui::MainWindow window(m_guide, settings);
            window.resize(1200, 700);
            window.show();
            QVERIFY(window.openLocation(u"grpc-with-go"_s));
            QVERIFY(shows(window.reader(), u"grpc-with-go"_s));
            test::evaluate(window.reader(),
                           u"document.scrollingElement.scrollTop = "
                           "(document.scrollingElement.scrollHeight - innerHeight) / 2; true"_s);
            QTRY_VERIFY_WITH_TIMEOUT(window.readingProgress()->position(u"grpc-with-go"_s) > 0.4, 10000);
        }
        core::AppSettings settings(path);
        ui::MainWindow window(m_guide, settings);
        window.resize(1200, 700);
        window.show();
        window.restoreLastLocation();
        QVERIFY(shows(window.reader(), u"grpc-with-go"_s));
        QVERIFY(
            test::waitFor(window.reader(),
                          u"goprep.scrollState().fraction > 0.4 && goprep.scrollState().fraction < 0.6"_s));
    }

    void navigatorClick_scrollsTheReaderToTheSection() {
        core::AppSettings settings(m_dir.filePath(u"nav.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.resize(1200, 700);
        window.show();
        QVERIFY(window.openLocation(u"testing"_s));
        QVERIFY(shows(window.reader(), u"testing"_s));
        const core::Section &target = m_guide.chapter(u"testing"_s)->sections.at(4);
        QSignalSpy activated(window.navigator(), &ui::NavigatorPane::sectionActivated);
        window.navigator()->filterEdit()->setText(target.title);
        QTreeView *tree = window.navigator()->tree();
        const QModelIndex chapterIndex = tree->model()->index(0, 0);
        const QModelIndex sectionIndex = tree->model()->index(0, 0, chapterIndex);
        QVERIFY(sectionIndex.isValid());
        tree->scrollTo(sectionIndex);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(sectionIndex).center());
        QCOMPARE(activated.size(), 1);
        QVERIFY(test::waitFor(window.reader(), u"goprep.currentSection() === '%1'"_s.arg(target.id)));
    }

    void reachingTheEnd_marksTheChapterRead() {
        core::AppSettings settings(m_dir.filePath(u"end.ini"_s));
        ui::MainWindow window(m_guide, settings);
        window.show();
        QVERIFY(window.openLocation(u"project-structure"_s));
        QVERIFY(shows(window.reader(), u"project-structure"_s));
        QVERIFY(!window.readingProgress()->isRead(u"project-structure"_s));
        test::evaluate(window.reader(), u"document.scrollingElement.scrollTop = 1e9; true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.readingProgress()->isRead(u"project-structure"_s), 10000);
    }
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
