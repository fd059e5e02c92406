// SPDX-License-Identifier: GPL-3.0-or-later
// Run by the build: highlights every code block of the built-in guide and its cards, and writes the
// stylesheet of every code theme, for the application to compile in (core/prerendered.h).
//
//   goprep-prerender OUTPUT_FOLDER
//
// Writes the files below OUTPUT_FOLDER and prerendered.qrc listing them under the prefix the application
// reads them from. Only KSyntaxHighlighting's own definitions and themes are used, whatever the machine
// that builds has installed, so that two builds of the same sources compile in the same files.
#include "codehighlighter.h"
#include "guide.h"
#include "markdownrenderer.h"
#include "prerendered.h"
#include "themestylesheet.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;
using namespace goprep;

namespace {

bool writeFile(const QString &path, const QByteArray &data) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(data);
    return file.commit();
}

} // namespace

int main(int argc, char *argv[]) {
    // No syntax definitions or themes from the builder's home or system folders: the library's own only.
    QTemporaryDir noData;
    if (!noData.isValid())
        return 2;
    qputenv("XDG_DATA_HOME", noData.path().toLocal8Bit());
    qputenv("XDG_DATA_DIRS", noData.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    if (QCoreApplication::arguments().size() != 2) {
        std::fputs("usage: goprep-prerender OUTPUT_FOLDER\n", stderr);
        return 2;
    }
    const QDir out(QCoreApplication::arguments().at(1));
    for (const QString &folder : {u"code"_s, u"code-themes"_s}) // nothing left from sources since changed
        QDir(out.filePath(folder)).removeRecursively();
    const core::Guide guide = core::Guide::loadBuiltIn();
    if (guide.chapters().isEmpty()) {
        std::fputs("goprep-prerender: the built-in guide could not be loaded\n", stderr);
        return 1;
    }

    std::map<QString, QString> files; // path below `out` -> content; sorted, so the .qrc is stable
    core::MarkdownRenderer renderer(core::MarkdownRenderer::Prerendered::Ignore);
    renderer.setCodeObserver([&files](const QString &code, const QString &language, const QString &html) {
        files[core::prerendered::codePath(code, language)] = html;
    });
    for (const core::Chapter &chapter : guide.chapters())
        renderer.renderChapter(chapter);
    for (const core::Card &card : guide.cards()) {
        renderer.render(card.question);
        renderer.render(card.answer);
    }
    for (const KSyntaxHighlighting::Theme &theme : renderer.highlighter().repository().themes()) {
        if (const QString path = core::prerendered::codeThemePath(theme.name()); !path.isEmpty())
            files[path] = core::themeStylesheet(theme);
    }

    QString qrc = u"<!DOCTYPE RCC>\n<RCC version=\"1.0\">\n<qresource prefix=\"/%1\">\n"_s.arg(
        core::prerendered::resourceFolder().mid(2));
    for (const auto &[path, content] : files) {
        if (!writeFile(out.filePath(path), content.toUtf8())) {
            std::fprintf(stderr, "goprep-prerender: could not write %s\n", qPrintable(out.filePath(path)));
            return 1;
        }
        qrc += u"  <file>"_s + path.toHtmlEscaped() + u"</file>\n"_s;
    }
    qrc += u"</qresource>\n</RCC>\n"_s;
    if (!writeFile(out.filePath(u"prerendered.qrc"_s), qrc.toUtf8())) {
        std::fputs("goprep-prerender: could not write prerendered.qrc\n", stderr);
        return 1;
    }
    std::printf("goprep-prerender: %zu files\n", files.size());
    return 0;
}
