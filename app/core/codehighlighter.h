// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QString>

namespace goprep::core {

// Turns code into HTML with one CSS class per KSyntaxHighlighting text style ("hl-keyword", ...).
// Colours live in the stylesheet (ThemeStylesheet), so a theme switch never re-highlights.
class CodeHighlighter final : public KSyntaxHighlighting::AbstractHighlighter {
public:
    CodeHighlighter();
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

    // Highlighted, HTML-escaped code; plain escaped text for languages we show unhighlighted.
    QString toHtml(const QString &code, const QString &language);
    // True when `language` (a fence's first word) maps to a syntax definition.
    bool highlights(const QString &language) const;
    // The repository is moderately expensive to build and not thread-safe: one per highlighter.
    KSyntaxHighlighting::Repository &repository() { return m_repository; }

    static QString definitionName(const QString &language);
    static QString cssClass(KSyntaxHighlighting::Theme::TextStyle style);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    KSyntaxHighlighting::Repository m_repository;
    QString m_line;
    QString *m_out = nullptr;
    int m_written = 0;
};

QString escapeHtml(QStringView text);

} // namespace goprep::core
