// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QMetaEnum>

using namespace Qt::StringLiterals;
namespace ksh = KSyntaxHighlighting;

namespace goprep::core {

QString escapeHtml(QStringView text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += u"&lt;"_s;
            break;
        case '>':
            out += u"&gt;"_s;
            break;
        case '&':
            out += u"&amp;"_s;
            break;
        case '"':
            out += u"&quot;"_s;
            break;
        case '\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

CodeHighlighter::CodeHighlighter() {
    // The theme only decides which formats count as which text style; colours come from our CSS.
    setTheme(m_repository.defaultTheme(ksh::Repository::LightTheme));
}

QString CodeHighlighter::definitionName(const QString &language) {
    static const QHash<QString, QString> names = {
        {u"go"_s, u"Go"_s},
        {u"golang"_s, u"Go"_s},
        {u"bash"_s, u"Bash"_s},
        {u"sh"_s, u"Bash"_s},
        {u"shell"_s, u"Bash"_s},
        {u"sql"_s, u"SQL"_s},
        {u"protobuf"_s, u"Protobuf"_s},
        {u"proto"_s, u"Protobuf"_s},
        {u"json"_s, u"JSON"_s},
        {u"yaml"_s, u"YAML"_s},
        {u"yml"_s, u"YAML"_s},
    };
    return names.value(language.toLower());
}

bool CodeHighlighter::highlights(const QString &language) const {
    const QString name = definitionName(language);
    return !name.isEmpty() && m_repository.definitionForName(name).isValid();
}

QString CodeHighlighter::cssClass(ksh::Theme::TextStyle style) {
    static const QMetaEnum styles = QMetaEnum::fromType<ksh::Theme::TextStyle>();
    return u"hl-"_s + QString::fromLatin1(styles.valueToKey(style)).toLower();
}

QString CodeHighlighter::toHtml(const QString &code, const QString &language) {
    QString out;
    const QString name = definitionName(language);
    const ksh::Definition definition =
        name.isEmpty() ? ksh::Definition() : m_repository.definitionForName(name);
    if (!definition.isValid())
        return escapeHtml(code); // text, http and unknown languages: shown as they are
    setDefinition(definition);
    m_out = &out;
    ksh::State state;
    const QStringList lines = code.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        m_line = lines.at(i);
        m_written = 0;
        state = highlightLine(m_line, state);
        if (m_written < m_line.size()) // text the highlighter did not format
            out += escapeHtml(QStringView(m_line).mid(m_written));
        if (i + 1 < lines.size())
            out += u'\n';
    }
    m_out = nullptr;
    return out;
}

void CodeHighlighter::applyFormat(int offset, int length, const ksh::Format &format) {
    if (!m_out || length <= 0)
        return;
    if (offset > m_written)
        *m_out += escapeHtml(QStringView(m_line).mid(m_written, offset - m_written));
    const QStringView text = QStringView(m_line).mid(offset, length);
    if (format.textStyle() == ksh::Theme::Normal || text.trimmed().isEmpty()) {
        *m_out += escapeHtml(text);
    } else {
        *m_out +=
            u"<span class=\""_s + cssClass(format.textStyle()) + u"\">"_s + escapeHtml(text) + u"</span>"_s;
    }
    m_written = offset + length;
}

} // namespace goprep::core
