// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide.h"
#include "markdowntext.h"
#include "searchindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace goprep::core;

namespace {

// A small content tree, so matching rules can be proved on text we control.
const char *const chapterText = R"(# Part 1 — Basics {#basics}

Intro about the basics.

## Zero Values {#zero-values}

Every type has a zero value. The `sync.Mutex` zero value is an unlocked mutex; a `sync.WaitGroup` too.

## Channels {#channels}

Use `<-ctx.Done()` in a select: `case <-ctx.Done(): return ctx.Err()`. Compare a < b && c > d.

```go
select {
case <-ctx.Done():
}
```

## Far Apart {#far-apart}

The word zero is here, and much later, after a long stretch of prose about nothing in particular that
goes on and on for well over two hundred characters so that the snippet has to pick a window out of the
middle of it, the channels word and then the word value, and after that yet more prose, so that the window
has text to cut on both of its sides before this paragraph finally comes to its end.
)";

const char *const deckText = R"(## Card c-zero-map
Section: zero-values
Level: mid
Source: authored

### Question

What is the zero value of a **map**?

### Answer

`nil`: reads work, writes panic.
)";

const char *const checklistText = R"(## Item check-channels
Sections: channels, zero-values

I can use `select` with `ctx.Done()` and close channels safely.
)";

bool writeFile(const QString &path, const char *text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) >= 0;
}

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(p * double(values.size() - 1)));
}

} // namespace

class TestSearch final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Guide m_small;
    Guide m_guide;
    std::unique_ptr<SearchIndex> m_smallIndex;
    std::unique_ptr<SearchIndex> m_index;

    static QStringList ids(const QList<SearchResult> &results) {
        QStringList list;
        for (const SearchResult &result : results)
            list << result.id;
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QDir root(m_dir.path());
        QVERIFY(root.mkpath(u"guide"_s) && root.mkpath(u"cards"_s));
        QVERIFY(writeFile(root.filePath(u"guide/01-basics.md"_s), chapterText));
        QVERIFY(writeFile(root.filePath(u"cards/01-basics.md"_s), deckText));
        QVERIFY(writeFile(root.filePath(u"checklist.md"_s), checklistText));
        QVERIFY(writeFile(root.filePath(u"tasks.md"_s), ""));
        m_small = Guide::loadFromDirectory(m_dir.path());
        QVERIFY2(m_small.problems().isEmpty(), qPrintable(m_small.problems().join(u'\n')));
        m_smallIndex = std::make_unique<SearchIndex>(m_small);

        QElapsedTimer timer;
        timer.start();
        m_guide = Guide::loadBuiltIn();
        const qint64 loadMs = timer.restart();
        m_index = std::make_unique<SearchIndex>(m_guide);
        qInfo("guide loaded in %lld ms; search index of %lld documents built in %lld ms", loadMs,
              qlonglong(m_index->documentCount()), timer.elapsed());
    }

    void markdownText_dropsMarkupAndSplitsAtHeadings() {
        const QStringList parts =
            markdownTextByHeading(u"Lead **bold** [link](https://example.com)\n\n# One\n\n`a < b`\n\n| x | y "
                                  u"|\n|---|---|\n| 1 | 2 |\n"
                                  "\n## Two\n\n```go\nfunc f() {\n\treturn\n}\n```\n"_s);
        QCOMPARE(parts, QStringList({u"Lead bold link"_s, u"a < b x y 1 2"_s, u"func f() { return }"_s}));
        QCOMPARE(markdownToText(u"# Title\n\nBody *text*."_s), u"Title Body text."_s);
    }

    void index_holdsEverySectionCardAndChecklistItem() {
        qsizetype sections = 0;
        for (const Chapter &chapter : m_guide.chapters())
            sections += chapter.sections.size();
        QCOMPARE(m_index->documentCount(), sections + m_guide.cards().size() + m_guide.checklist().size());
        QCOMPARE(m_smallIndex->documentCount(), 4 + 1 + 1);
    }

    void emptyOrPunctuationQuery_findsNothing() {
        QVERIFY(m_index->search(u""_s).isEmpty());
        QVERIFY(m_index->search(u"   "_s).isEmpty());
        QVERIFY(m_index->search(u"\" ,"_s).isEmpty());
        QVERIFY(m_index->search(u"zero"_s, 0).isEmpty());
    }

    void query_isCaseInsensitive() {
        const auto lower = ids(m_smallIndex->search(u"zero value"_s));
        QVERIFY(!lower.isEmpty());
        QCOMPARE(ids(m_smallIndex->search(u"ZERO Value"_s)), lower);
    }

    void multiWordQuery_needsEveryWord() {
        QCOMPARE(ids(m_smallIndex->search(u"unlocked mutex"_s)), QStringList{u"zero-values"_s});
        QVERIFY(m_smallIndex->search(u"zero absentword"_s).isEmpty());
        // Words need not be adjacent; the query as typed ranks first.
        const auto results = ids(m_smallIndex->search(u"zero value"_s));
        QVERIFY(results.contains(u"far-apart"_s));
        QCOMPARE(results.first(), u"zero-values"_s);
    }

    void words_matchAtWordStartsAndTheLastAsAPrefix() {
        QCOMPARE(ids(m_smallIndex->search(u"unlock"_s)), QStringList{u"zero-values"_s});
        QVERIFY(m_smallIndex->search(u"nlocked"_s).isEmpty()); // inside a word: no match
        QVERIFY(ids(m_smallIndex->search(u"zero val"_s)).contains(u"zero-values"_s));
        // A camel-case hump starts a word.
        QCOMPARE(ids(m_smallIndex->search(u"group"_s)), QStringList{u"zero-values"_s});
    }

    void goIdentifiers_matchAsTyped() {
        // "ctx.done" finds "ctx.Done()" in prose and code; the dot and the parentheses are part of the word.
        for (const QString &query : {u"ctx.done"_s, u"CTX.Done()"_s})
            QCOMPARE(ids(m_smallIndex->search(query)), QStringList({u"check-channels"_s, u"channels"_s}));
        QCOMPARE(ids(m_smallIndex->search(u"<-ctx.Done()"_s)), QStringList{u"channels"_s});
        // "sync.Mutex" is one word: a text with "sync" and "Mutex" apart does not match.
        QCOMPARE(ids(m_smallIndex->search(u"sync.mutex"_s)), QStringList{u"zero-values"_s});
        QVERIFY(m_smallIndex->search(u"sync.unlocked"_s).isEmpty());
        // Sentence punctuation around a word is ignored.
        QCOMPARE(ids(m_smallIndex->search(u"\"unlocked,"_s)), QStringList{u"zero-values"_s});
    }

    void titleHits_rankFirst() {
        // "channels" is the title of one section and only text in another, in a checklist item and further
        // on.
        const auto results = m_smallIndex->search(u"channels"_s);
        QVERIFY(results.size() >= 3);
        QCOMPARE(results.first().id, u"channels"_s);
        QCOMPARE(results.first().kind, SearchResult::Kind::Section);
        QCOMPARE(results.last().id, u"far-apart"_s);
    }

    void results_carryKindChapterAndTarget() {
        const auto cards = m_smallIndex->search(u"map panic"_s);
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().kind, SearchResult::Kind::Card);
        QCOMPARE(cards.first().id, u"c-zero-map"_s);
        QCOMPARE(cards.first().chapterId, u"basics"_s);
        QCOMPARE(cards.first().sectionId, u"zero-values"_s);
        QCOMPARE(cards.first().title, u"What is the zero value of a map?"_s);

        const auto items = m_smallIndex->search(u"close channels safely"_s);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, SearchResult::Kind::Checklist);
        QCOMPARE(items.first().sectionId, u"channels"_s);
        QCOMPARE(items.first().chapterId, u"basics"_s);
        QCOMPARE(items.first().snippet,
                 u"I can use select with ctx.Done() and <b>close</b> <b>channels</b> <b>safely</b>."_s);
    }

    void snippet_isEscapedWithTheWordsInBold() {
        const auto results = m_smallIndex->search(u"ctx.done select"_s);
        QCOMPARE(ids(results), QStringList({u"check-channels"_s, u"channels"_s}));
        const QString snippet = results.at(1).snippet;
        QVERIFY2(snippet.startsWith(
                     u"Use &lt;-<b>ctx.Done</b>() in a <b>select</b>: case &lt;-<b>ctx.Done</b>(): return "
                     "ctx.Err(). Compare a &lt; b &amp;&amp; c &gt; d. <b>select</b> {"_s),
                 qPrintable(snippet));
        // Nothing but the bold tags is markup.
        QString stripped = snippet;
        stripped.remove(u"<b>"_s).remove(u"</b>"_s);
        QVERIFY(!stripped.contains(u'<') && !stripped.contains(u'>'));
    }

    void snippet_isAWindowAroundTheFirstMatch() {
        const auto results = m_smallIndex->search(u"channels word"_s);
        QCOMPARE(ids(results), QStringList{u"far-apart"_s});
        const QString snippet = results.first().snippet;
        QVERIFY2(snippet.startsWith(u"… "_s) && snippet.endsWith(u" …"_s), qPrintable(snippet));
        QVERIFY(snippet.contains(u"the <b>channels</b> <b>word</b>"_s));
        QString plain = snippet;
        plain.remove(u"<b>"_s).remove(u"</b>"_s);
        QVERIFY2(plain.size() <= 160 + 4, qPrintable(plain));
        QVERIFY(plain.size() >= 100);
        QVERIFY(results.first().highlight == u"channels word"_s);
    }

    void guideQueries_topResultOpensTheExpectedSection_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("sections"); // the top result opens one of these sections...
        QTest::addColumn<QStringList>("chapters"); // ...or, when none are given, one of these chapters
        const auto row = [](const char *query, QStringList sections, QStringList chapters = {}) {
            QTest::newRow(query) << QString::fromUtf8(query) << sections << chapters;
        };
        row("zero value", {u"zero-values"_s});
        row("sync.Mutex", {}, {u"mutexes-atomics-and-the-race-detector"_s});
        row("errors.As", {u"errors-is-vs-errors-as"_s});
        row("errors.is", {u"errors-is-vs-errors-as"_s});
        row("graceful shutdown", {}, {u"coding-tasks-to-practice"_s, u"production-grade-http-middleware"_s});
        row("GOMAXPROCS", {u"the-g-m-p-scheduler-model"_s});
        row("table driven", {u"table-driven-tests"_s});
        row("go test -race", {u"the-race-detector"_s});
        row("RWMutex", {u"sync-mutex-and-sync-rwmutex"_s});
        row("WaitGroup", {u"sync-waitgroup"_s});
        row("nil interface", {u"interface-internals-and-the-nil-trap"_s});
        row("escape analysis", {u"stack-vs-heap-and-escape-analysis"_s});
        row("closing channels", {u"closing-channels-the-rules"_s});
        row("interface{} vs any", {u"interface-vs-any"_s});
        row("ctx.Done()", {},
            {u"context-context-and-cancellation"_s, u"goroutines-channels-and-the-scheduler"_s});
    }

    void guideQueries_topResultOpensTheExpectedSection() {
        QFETCH(QString, query);
        QFETCH(QStringList, sections);
        QFETCH(QStringList, chapters);
        const auto results = m_index->search(query, 5);
        QString top;
        for (const SearchResult &result : results)
            top += u"\n  %1 %2 (%3) %4"_s.arg(result.score).arg(result.id, result.sectionId, result.title);
        QVERIFY2(!results.isEmpty(), qPrintable(query));
        const SearchResult &first = results.first();
        if (!sections.isEmpty())
            QVERIFY2(sections.contains(first.sectionId), qPrintable(top));
        else
            QVERIFY2(chapters.contains(first.chapterId), qPrintable(top));
    }

    void typing_isFastOverTheWholeGuide() {
        const QStringList queries = {
            u"zero value"_s,
            u"sync.Mutex"_s,
            u"errors.As"_s,
            u"graceful shutdown"_s,
            u"GOMAXPROCS"_s,
            u"table driven"_s,
            u"go test -race"_s,
            u"ctx.Done()"_s,
            u"nil interface"_s,
            u"escape analysis"_s,
            u"closing channels"_s,
            u"goroutine leak"_s,
            u"context cancellation deadline"_s,
            u"slice capacity append"_s,
            u"http middleware timeout"_s,
            u"database/sql connection pool"_s,
        };
        // Every prefix, as typed letter by letter; a first pass warms the caches.
        QList<double> micros;
        QList<std::pair<double, QString>> slowest;
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &query : queries) {
                for (qsizetype length = 1; length <= query.size(); ++length) {
                    QElapsedTimer timer;
                    timer.start();
                    const auto results = m_index->search(QStringView(query).first(length));
                    const double us = double(timer.nsecsElapsed()) / 1000.0;
                    QVERIFY(results.size() <= 50);
                    if (length == query.size()) // every query of the list finds something
                        QVERIFY2(!results.isEmpty(), qPrintable(query));
                    if (pass == 1) {
                        micros << us;
                        slowest.append({us, query.first(length)});
                    }
                }
            }
        }
        qInfo("search per keystroke over %lld documents, %lld keystrokes: p50 %.0f us, p95 %.0f us, max %.0f "
              "us",
              qlonglong(m_index->documentCount()), qlonglong(micros.size()), percentile(micros, 0.5),
              percentile(micros, 0.95), percentile(micros, 1.0));
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        for (qsizetype i = 0; i < 3; ++i)
            qInfo("  slow: \"%s\" %.0f us", qPrintable(slowest.at(i).second), slowest.at(i).first);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
