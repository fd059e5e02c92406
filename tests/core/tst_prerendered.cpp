// SPDX-License-Identifier: GPL-3.0-or-later
// What the build highlights ahead of time (core/prerendered.h): complete, identical to highlighting at run
// time, and enough for the built-in guide never to need a KSyntaxHighlighting repository.
#include "codehighlighter.h"
#include "guide.h"
#include "markdownrenderer.h"
#include "prerendered.h"
#include "themestylesheet.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace goprep::core;

class TestPrerendered final : public QObject {
    Q_OBJECT
    Guide m_guide;
    QTemporaryDir m_noData;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // The build's tool sees KSyntaxHighlighting's own definitions and themes only; so does this test,
        // whatever the machine has installed for other programs.
        QVERIFY(m_noData.isValid());
        qputenv("XDG_DATA_DIRS", m_noData.path().toLocal8Bit());
        m_guide = Guide::loadBuiltIn();
        QVERIFY(!m_guide.chapters().isEmpty());
        QVERIFY(!m_guide.cards().isEmpty());
    }

    void builtInGuide_rendersAsAtRunTimeWithoutARepository() {
        MarkdownRenderer prepared;
        MarkdownRenderer highlighted(MarkdownRenderer::Prerendered::Ignore);
        int codeBlocks = 0;
        highlighted.setCodeObserver(
            [&codeBlocks](const QString &, const QString &, const QString &) { ++codeBlocks; });
        for (const Chapter &chapter : m_guide.chapters())
            QCOMPARE(prepared.renderChapter(chapter), highlighted.renderChapter(chapter));
        for (const Card &card : m_guide.cards()) {
            QCOMPARE(prepared.render(card.question), highlighted.render(card.question));
            QCOMPARE(prepared.render(card.answer), highlighted.render(card.answer));
        }
        QVERIFY2(codeBlocks > 100, qPrintable(QString::number(codeBlocks)));
        QVERIFY(highlighted.hasHighlighter());
        QVERIFY2(!prepared.hasHighlighter(), "a built-in code block was not prerendered");
    }

    void codeFromElsewhere_isHighlightedAtRunTime() {
        MarkdownRenderer renderer;
        const QString html = renderer.render(u"```go\nfunc notInTheGuide() int { return 42 }\n```\n"_s);
        QVERIFY(renderer.hasHighlighter());
        QVERIFY2(html.contains(u"<span class=\"hl-keyword\">func</span>"_s), qPrintable(html));
        // Text needs no highlighter either way.
        MarkdownRenderer plain;
        QVERIFY(plain.render(u"```text\nfunc x\n```\n"_s).contains(u"func x"_s));
        QVERIFY(!plain.hasHighlighter());
    }

    void everyCodeTheme_hasItsStylesheet() {
        CodeHighlighter highlighter;
        const QList<KSyntaxHighlighting::Theme> themes = highlighter.repository().themes();
        QVERIFY(themes.size() > 10);
        for (const KSyntaxHighlighting::Theme &theme : themes) {
            const std::optional<QString> css = prerendered::codeThemeCss(theme.name());
            QVERIFY2(css, qPrintable(theme.name()));
            QVERIFY(prerendered::hasCodeTheme(theme.name()));
            QCOMPARE(*css, themeStylesheet(theme));
        }
        QVERIFY(!prerendered::codeThemeCss(u"No Such Theme"_s));
        QVERIFY(!prerendered::hasCodeTheme(u"No Such Theme"_s));
        QVERIFY(!prerendered::hasCodeTheme(u"../code-themes/Breeze Light"_s));
    }

    void themeNamesThatAreNotFileNames_findNothing() {
        for (const QString &name : {u""_s, u"../Breeze Light"_s, u"code/x"_s, u".hidden"_s, u"a\\b"_s})
            QVERIFY2(prerendered::codeThemePath(name).isEmpty(), qPrintable(name));
        QCOMPARE(prerendered::codeThemePath(u"Breeze Light"_s), u"code-themes/Breeze Light.css"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrerendered)
#include "tst_prerendered.moc"
