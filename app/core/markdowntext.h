// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace goprep::core {

// Plain text of Markdown as a reader sees it (no markup, link targets or fence info), for search.
// Whitespace, line breaks included, is collapsed to single spaces.
QString markdownToText(const QString &markdown);

// The same, cut at every heading: element 0 is the text before the first heading, element i (from 1) the
// text after heading i up to the next one. Headings are counted as md4c sees them, exactly as the
// renderer numbers them for their ids, so element i belongs to Chapter::sections[i - 1].
QStringList markdownTextByHeading(const QString &markdown);

// The same, one element per line a reader sees: each paragraph, heading, list item, table cell and code line
// on its own, with whitespace inside it collapsed; empty lines are left out.
QStringList markdownTextLines(const QString &markdown);

} // namespace goprep::core
