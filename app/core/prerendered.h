// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace goprep::core {

// What the build highlights ahead of time (app/tools/prerender.cpp), compiled into the application as Qt
// resources: every code block of the built-in guide and its cards, and the stylesheet of every code theme
// KSyntaxHighlighting ships. With them a session needs no KSyntaxHighlighting repository, whose index and
// themes take about 2 ms to load on the way to the first chapter, unless it shows code from elsewhere or
// lists the themes. A lookup finds nothing in a program built without them, or for code the build did not
// see; callers then highlight as usual.
namespace prerendered {

// Where they are: a folder of the resources, and below it the same paths the tool writes.
QString resourceFolder();
QString codePath(const QString &code, const QString &language);
QString codeThemePath(const QString &themeName); // empty for a name that cannot be a file name

std::optional<QString> highlightedCode(const QString &code, const QString &language);
std::optional<QString> codeThemeCss(const QString &themeName);
bool hasCodeTheme(const QString &themeName);

} // namespace prerendered
} // namespace goprep::core
