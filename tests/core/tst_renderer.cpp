// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"
#include "figureinliner.h"
#include "guide.h"
#include "markdownrenderer.h"
#include "themestylesheet.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace goprep::core;

class TestRenderer final : public QObject {
    Q_OBJECT

    static QSet<QString> classesIn(const QString &html) {
        static const QRegularExpression span(u"<span class=\"(hl-[a-z]+)\">"_s);
        QSet<QString> classes;
        for (auto it = span.globalMatch(html); it.hasNext();)
            classes.insert(it.next().captured(1));
        return classes;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void goDefinition_highlightsFuncMainIntoSeveralStyles() {
        CodeHighlighter highlighter;
        QVERIFY(highlighter.repository().definitionForName(u"Go"_s).isValid());
        const QString html = highlighter.toHtml(u"func main() {}"_s, u"go"_s);
        QVERIFY2(classesIn(html).size() >= 1, qPrintable(html));
        QVERIFY(html.contains(u"<span class=\"hl-keyword\">func</span>"_s));
        // "func" is styled, "main() {}" is not all the same span: more than one style in the line
        QVERIFY(html.count(u"<span"_s) + (html.contains(u"main"_s) ? 1 : 0) > 1);
    }

    void eachLanguage_producesHighlightedSpans_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expectedClass");
        QTest::newRow("go") << u"go"_s << u"// c\nvar x = \"s\""_s << u"hl-comment"_s;
        QTest::newRow("bash") << u"bash"_s << u"echo \"hi\" # c"_s << u"hl-comment"_s;
        QTest::newRow("sh") << u"sh"_s << u"if true; then echo 1; fi"_s << u"hl-controlflow"_s;
        QTest::newRow("sql") << u"sql"_s << u"SELECT id FROM users WHERE id = 1;"_s << u"hl-keyword"_s;
        QTest::newRow("protobuf") << u"protobuf"_s << u"syntax = \"proto3\";\nmessage A { int32 id = 1; }"_s
                                  << u"hl-string"_s;
        QTest::newRow("proto") << u"proto"_s << u"message A { string s = 1; }"_s << u"hl-keyword"_s;
        QTest::newRow("json") << u"json"_s << u"{\"a\": 1}"_s << u"hl-decval"_s;
        QTest::newRow("yaml") << u"yaml"_s << u"key: value # c"_s << u"hl-comment"_s;
    }

    void eachLanguage_producesHighlightedSpans() {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QString, expectedClass);
        CodeHighlighter highlighter;
        const QString html = highlighter.toHtml(code, language);
        QVERIFY2(classesIn(html).contains(expectedClass), qPrintable(html));
    }

    void textAndHttp_areEscapedPlainText() {
        CodeHighlighter highlighter;
        QCOMPARE(highlighter.toHtml(u"GET /a?b=1&c=<2> HTTP/1.1"_s, u"http"_s),
                 u"GET /a?b=1&amp;c=&lt;2&gt; HTTP/1.1"_s);
        QCOMPARE(highlighter.toHtml(u"a \"b\" 'c'"_s, u"text"_s), u"a &quot;b&quot; &#39;c&#39;"_s);
    }

    void codeAndProse_areEscaped() {
        MarkdownRenderer renderer;
        const QString html =
            renderer.render(u"Use a < b && \"c\" here.\n\n```go\nif a < b && s != \"<x>\" {\n}\n```\n"_s);
        QVERIFY(html.contains(u"Use a &lt; b &amp;&amp; &quot;c&quot; here."_s));
        QVERIFY(!html.contains(u"<x>"_s));
        QVERIFY(html.contains(u"&lt;x&gt;"_s));
        QVERIFY(html.contains(u"&amp;&amp;"_s));
    }

    void rawHtml_isShownAsText() {
        MarkdownRenderer renderer;
        const QString html = renderer.render(u"<script>alert(1)</script> and <img src=x onerror=y>"_s);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
    }

    void javascriptLinks_areNeutralised() {
        MarkdownRenderer renderer;
        const QString html = renderer.render(u"[x](javascript:alert(1)) [y](https://go.dev/)"_s);
        QVERIFY(!html.contains(u"javascript:"_s));
        QVERIFY(html.contains(u"href=\"https://go.dev/\""_s));
    }

    void headings_takeTheGivenIds() {
        MarkdownRenderer renderer;
        const QString html =
            renderer.render(u"# Title\n\ntext\n\n## Zero `Values`\n"_s, {u"t"_s, u"zero-values"_s});
        QVERIFY(html.contains(u"<h1 id=\"t\">Title</h1>"_s));
        QVERIFY(html.contains(u"<h2 id=\"zero-values\">Zero <code>Values</code></h2>"_s));
    }

    void tablesAndCallouts_render() {
        MarkdownRenderer renderer;
        const QString html = renderer.render(
            u"| A | B |\n|---|:-:|\n| 1 | 2 |\n\n> **Correction (Go 1.23):** fact.\n\n> plain quote\n"_s);
        QVERIFY(html.contains(u"<table>"_s));
        QVERIFY(html.contains(u"<td class=\"center\">2</td>"_s));
        QVERIFY(html.contains(u"<blockquote class=\"callout correction\">"_s));
        QCOMPARE(html.count(u"<blockquote>"_s), 1);
    }

    void codeBlock_hasLanguageLabelAndCopyButton() {
        MarkdownRenderer renderer;
        const QString html = renderer.render(u"```go fragment\nx := 1\n...\n```\n"_s);
        QVERIFY(html.contains(u"data-lang=\"go\""_s));
        QVERIFY(html.contains(u"<span class=\"code-lang\">Go</span>"_s));
        QVERIFY(html.contains(u"button class=\"copy\""_s));
    }

    void stylesheet_hasAClassPerTextStyle() {
        KSyntaxHighlighting::Repository repository;
        const QString css = themeStylesheet(repository.theme(u"Breeze Dark"_s));
        for (const QString &cls : {u".hl-keyword{"_s, u".hl-comment{"_s, u".hl-string{"_s, u".hl-function{"_s,
                                   u".hl-datatype{"_s, u".hl-decval{"_s, u".hl-controlflow{"_s})
            QVERIFY2(css.contains(cls), qPrintable(cls));
        QVERIFY(css.contains(u".code-block{background:#"_s));
        QVERIFY(css != themeStylesheet(repository.theme(u"Breeze Light"_s)));
    }

    void everyChapter_rendersWithAnchorsAndHighlightedGo() {
        const Guide guide = Guide::loadBuiltIn();
        MarkdownRenderer renderer;
        int goBlocks = 0;
        for (const Chapter &chapter : guide.chapters()) {
            const QString &html = renderer.renderChapter(chapter);
            QVERIFY2(!html.isEmpty(), qPrintable(chapter.id));
            for (const Section &section : chapter.sections)
                QVERIFY2(html.contains(u" id=\""_s + section.id + u'"'), qPrintable(section.id));
            goBlocks += int(html.count(u"data-lang=\"go\""_s));
        }
        QVERIFY(goBlocks >= 80);
        const Chapter &first = guide.chapters().at(1);
        QVERIFY(renderer.renderChapter(first).contains(u"<span class=\"hl-keyword\">"_s));
        // The cache hands back the same string.
        QCOMPARE(&renderer.renderChapter(first), &renderer.renderChapter(first));
    }
    void figureInliner_putsTheGuidesFigureIntoItsChapter() {
        const Guide guide = Guide::loadBuiltIn();
        MarkdownRenderer renderer;
        FigureInliner figures(u":/content/figures"_s);
        int inlined = 0;
        for (const Chapter &chapter : guide.chapters()) {
            const QString &html = renderer.renderChapter(chapter);
            const QString page = figures.apply(html);
            QVERIFY2(!page.contains(u"<img src=\"figures/"_s), qPrintable(chapter.id));
            inlined += int(page.count(u"<svg class=\"figure\" role=\"img\" aria-label=\""_s));
            if (!html.contains(u"<img"_s))
                QCOMPARE(page, html);
        }
        QCOMPARE(inlined, 1); // the guide has one figure, in the introduction
        const QString introduction = figures.apply(renderer.renderChapter(guide.chapters().first()));
        QVERIFY(introduction.contains(u"aria-label=\"Layers a Go interview tests, from language"_s));
        QVERIFY(introduction.contains(u"Separates senior</text>"_s));
        QVERIFY(!introduction.contains(u"<?xml"_s));
        // The caption still follows the figure.
        QVERIFY(introduction.indexOf(u"</svg>"_s) < introduction.indexOf(u"<em>Figure:"_s));
    }

    void figureInliner_leavesWhatItCannotUseAsAnImage() {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile file(directory.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        write(u"good.svg"_s, "<?xml version=\"1.0\"?>\n<!-- a <svg> in a comment -->\n"
                             "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\"><rect/></svg>\n");
        write(u"notsvg.svg"_s, "<html><body>no figure here</body></html>");
        write(u"cut.svg"_s, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/>");
        FigureInliner figures(directory.path());
        const QString html = u"<p><img src=\"figures/good.svg\" alt=\"a &amp; b\"></p>"
                             "<p><img src=\"figures/missing.svg\" alt=\"m\"></p>"
                             "<p><img src=\"figures/notsvg.svg\" alt=\"n\"></p>"
                             "<p><img src=\"figures/cut.svg\" alt=\"c\"></p>"
                             "<p><img src=\"figures/photo.png\" alt=\"p\"></p>"_s;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"missing.svg"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"notsvg.svg"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cut.svg"_s));
        const QString page = figures.apply(html);
        QCOMPARE(page, u"<p><svg class=\"figure\" role=\"img\" aria-label=\"a &amp; b\" "
                       "xmlns=\"http://www.w3.org/2000/svg\" width=\"4\"><rect/></svg></p>"
                       "<p><img src=\"figures/missing.svg\" alt=\"m\"></p>"
                       "<p><img src=\"figures/notsvg.svg\" alt=\"n\"></p>"
                       "<p><img src=\"figures/cut.svg\" alt=\"c\"></p>"
                       "<p><img src=\"figures/photo.png\" alt=\"p\"></p>"_s);
        // What could not be used is looked up once (and reported once), not on every chapter shown.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QCOMPARE(figures.apply(html), page);
    }
};

QTEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
