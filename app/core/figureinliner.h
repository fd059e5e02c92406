// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace goprep::core {

// Puts the guide's SVG figures into a chapter's HTML instead of linking them. As an <img>, an SVG is a
// document of its own: the page fetches it, then parses and lays it out twice (when it loads and again when
// it is painted), which delayed the first paint of a chapter with a figure by about 15 ms. Inline, it is laid
// out with the text, and find-in-page sees its words. The alt text becomes the figure's label, so a screen
// reader announces the same thing as before.
class FigureInliner final {
public:
    // `directory` holds the figures, by the name the Markdown gives after "figures/".
    explicit FigureInliner(QString directory);

    // `html` as MarkdownRenderer writes it. Each <img src="figures/NAME.svg" alt="..."> whose file is found
    // and is an SVG becomes that SVG; any other image is left as it is.
    QString apply(const QString &html);

private:
    // The figure's <svg> element, without what precedes it in the file; empty when it cannot be used.
    const QString &svgElement(const QString &name);

    QString m_directory;
    QHash<QString, QString> m_elements;
};

} // namespace goprep::core
