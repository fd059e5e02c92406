// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codehighlighter.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace goprep::core {

struct Chapter;

// Markdown (GitHub dialect, raw HTML disabled) to HTML with md4c, code highlighted by CodeHighlighter.
// Headings take the ids given in order (the content's section ids).
class MarkdownRenderer final {
public:
    // Use: code the build highlighted (prerendered.h) is taken from there. Ignore: everything is highlighted
    // here, as the build itself and the rendering benchmark need.
    enum class Prerendered { Use, Ignore };
    // Sees every code block this renderer highlights itself: the build's tool stores them.
    using CodeObserver =
        std::function<void(const QString &code, const QString &language, const QString &html)>;

    explicit MarkdownRenderer(Prerendered prerendered = Prerendered::Use);
    ~MarkdownRenderer();
    Q_DISABLE_COPY_MOVE(MarkdownRenderer)

    QString render(const QString &markdown, const QStringList &headingIds = {});
    // A chapter's HTML, rendered once and then served from the cache.
    const QString &renderChapter(const Chapter &chapter);
    void clearCache() { m_cache.clear(); }
    // A code block's text as HTML, highlighted when its language is one we highlight.
    QString highlightCode(const QString &code, const QString &language);
    void setCodeObserver(CodeObserver observer) { m_codeObserver = std::move(observer); }
    // Made when first needed, which prerendered code may spare a session altogether.
    CodeHighlighter &highlighter();
    bool hasHighlighter() const { return m_highlighter != nullptr; }

private:
    Prerendered m_prerendered;
    std::unique_ptr<CodeHighlighter> m_highlighter;
    CodeObserver m_codeObserver;
    QHash<QString, QString> m_cache;
};

} // namespace goprep::core
