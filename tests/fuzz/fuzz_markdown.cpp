// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as Markdown through MarkdownRenderer (md4c + KSyntaxHighlighting), with an
// oracle on the output: only the elements and attributes the renderer means to write, every attribute quoted,
// no raw '<' or '>' in text, and no link or image that a browser would run as script. The output then goes
// through FigureInliner, as the reader's chapters do: it changes nothing without a figure, and puts in every
// figure the guide has.
#include "figureinliner.h"
#include "htmloracle.h"
#include "markdownrenderer.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static goprep::core::MarkdownRenderer renderer; // one KSyntaxHighlighting repository, as in the app
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Heading ids come from the content in the app; an odd first byte gives a few, even ones containing
    // characters that must be escaped.
    QStringList ids;
    if (size > 0 && (data[0] & 1))
        ids = {u"intro"_s, u"a\"b<c>&d"_s, QString()};
    const QString html = renderer.render(markdown, ids);
    if (const QString problem = goprep::fuzz::unsafeHtml(html); !problem.isEmpty()) {
        std::fprintf(stderr, "unsafe HTML: %s\n--- output ---\n%s\n", qPrintable(problem), qPrintable(html));
        std::abort();
    }
    static goprep::core::FigureInliner figures(u":/content/figures"_s);
    const QString page = figures.apply(html);
    const bool unchangedWithoutFigure = html.contains(u"<img src=\"figures/"_s) || page == html;
    if (!unchangedWithoutFigure || page.contains(u"<img src=\"figures/interview-layers.svg\""_s)) {
        std::fprintf(stderr, "figures put in wrongly\n--- output ---\n%s\n--- page ---\n%s\n",
                     qPrintable(html), qPrintable(page));
        std::abort();
    }
    return 0;
}
