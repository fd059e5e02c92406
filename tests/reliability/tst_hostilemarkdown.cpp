// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown that tries to smuggle script or local files into the reader: the renderer writes only safe links
// and images, and its output passes the fuzzers' HTML oracle. The rows include what fuzz_markdown once found.
#include "htmloracle.h"
#include "markdownrenderer.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using goprep::core::MarkdownRenderer;

class TestHostileMarkdown final : public QObject {
    Q_OBJECT
    MarkdownRenderer m_renderer;

private Q_SLOTS:
    void link_getsOnlySafeUrls_data() {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("href");
        QTest::newRow("web") << u"[a](https://go.dev/doc)"_s << u"https://go.dev/doc"_s;
        QTest::newRow("mail") << u"[a](mailto:me@example.com)"_s << u"mailto:me@example.com"_s;
        QTest::newRow("anchor") << u"[a](#zero-values)"_s << u"#zero-values"_s;
        QTest::newRow("relative") << u"[a](figures/x.svg)"_s << u"figures/x.svg"_s;
        QTest::newRow("javascript") << u"[a](javascript:alert(1))"_s << u"#"_s;
        QTest::newRow("mixed case") << u"[a](JaVaScRiPt:alert(1))"_s << u"#"_s;
        // Found by fuzz_markdown: a C0 control before the scheme, which browsers strip.
        QTest::newRow("control before file") << u"<\u0005file:pt>"_s << u"#"_s;
        QTest::newRow("control before javascript") << u"[a](<\u0005javascript:alert(1)>)"_s << u"#"_s;
        QTest::newRow("tab inside the scheme") << u"[a](<java\tscript:alert(1)>)"_s << u"#"_s;
        QTest::newRow("data") << u"[a](data:text/html,<script>alert(1)</script>)"_s << u"#"_s;
        QTest::newRow("file") << u"[a](file:///etc/passwd)"_s << u"#"_s;
        QTest::newRow("vbscript") << u"[a](vbscript:msgbox)"_s << u"#"_s;
        QTest::newRow("unknown scheme") << u"[a](goprep://app/reader.html)"_s << u"#"_s;
    }

    void link_getsOnlySafeUrls() {
        QFETCH(QString, markdown);
        QFETCH(QString, href);
        const QString html = m_renderer.render(markdown);
        QVERIFY2(html.contains(u"href=\""_s + href.toHtmlEscaped() + u'"'), qPrintable(html));
        QCOMPARE(goprep::fuzz::unsafeHtml(html), QString());
    }

    void image_loadsOnlyOurOwnFigures_data() {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("src");
        QTest::newRow("figure") << u"![a](figures/x.svg)"_s << u"figures/x.svg"_s;
        QTest::newRow("remote") << u"![a](https://example.com/t.png)"_s << QString();
        QTest::newRow("protocol-relative") << u"![a](//example.com/t.png)"_s << QString();
        QTest::newRow("control before javascript") << u"![a](<\u0002javascript:alert(1)>)"_s << QString();
    }

    void image_loadsOnlyOurOwnFigures() {
        QFETCH(QString, markdown);
        QFETCH(QString, src);
        const QString html = m_renderer.render(markdown);
        QVERIFY2(html.contains(u"<img src=\""_s + src + u'"'), qPrintable(html));
        QCOMPARE(goprep::fuzz::unsafeHtml(html), QString());
    }

    void rawHtmlAndEventHandlers_areText() {
        const QString html = m_renderer.render(
            u"<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> <b onclick=\"x()\">b</b>\n\n"
            "```text\n</code></pre><script>alert(2)</script>\n```\n"_s);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img src=\"x\""_s));
        QCOMPARE(goprep::fuzz::unsafeHtml(html), QString());
    }

    void fuzzRegressions_renderSafely_data() {
        QTest::addColumn<QString>("file");
        for (const char *name : {"regression-control-char-before-scheme.md", "regression-script-urls.md"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void fuzzRegressions_renderSafely() {
        QFETCH(QString, file);
        QFile input(qEnvironmentVariable("GOPREP_SOURCE_DIR") + u"/tests/fuzz/corpus/markdown/"_s + file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QString html = m_renderer.render(QString::fromUtf8(input.readAll()));
        QCOMPARE(goprep::fuzz::unsafeHtml(html), QString());
    }
};

QTEST_GUILESS_MAIN(TestHostileMarkdown)
#include "tst_hostilemarkdown.moc"
