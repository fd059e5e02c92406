// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codehighlighter.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace goprep::core {

struct Chapter;

// Markdown (GitHub dialect, raw HTML disabled) to HTML with md4c, code highlighted by CodeHighlighter.
// Headings take the ids given in order (the content's section ids).
class MarkdownRenderer final {
public:
    MarkdownRenderer() = default;
    Q_DISABLE_COPY_MOVE(MarkdownRenderer)

    QString render(const QString &markdown, const QStringList &headingIds = {});
    // A chapter's HTML, rendered once and then served from the cache.
    const QString &renderChapter(const Chapter &chapter);
    void clearCache() { m_cache.clear(); }
    CodeHighlighter &highlighter() { return m_highlighter; }

private:
    CodeHighlighter m_highlighter;
    QHash<QString, QString> m_cache;
};

} // namespace goprep::core
