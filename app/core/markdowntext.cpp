// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include <QHash>

#include <md4c.h>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

enum class Split { None, Headings, Lines };

// Collects md4c's text callbacks into one string per heading-delimited part, or per line.
class TextWriter {
public:
    explicit TextWriter(Split split)
        : m_split(split == Split::Headings)
        , m_lines(split == Split::Lines) {}

    QStringList parts{QString()};

    int enterBlock(MD_BLOCKTYPE type) {
        if (type == MD_BLOCK_H && m_split) {
            parts.last() = collapse(parts.last());
            parts << QString();
            m_inHeading = true;
        }
        m_blockBoundary = true;
        separate();
        m_blockBoundary = false;
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type) {
        if (type == MD_BLOCK_H)
            m_inHeading = false;
        m_blockBoundary = true;
        separate();
        m_blockBoundary = false;
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size) {
        if (m_inHeading) // the heading's own text is its section's title, not part of its body
            return 0;
        switch (type) {
        case MD_TEXT_NULLCHAR:
            parts.last() += QChar::ReplacementCharacter;
            break;
        case MD_TEXT_BR:
            separate(true);
            break;
        case MD_TEXT_SOFTBR:
            separate();
            break;
        case MD_TEXT_ENTITY:
            parts.last() += decodeEntity(QString::fromUtf8(data, size));
            break;
        default:
            parts.last() += QString::fromUtf8(data, size);
            break;
        }
        return 0;
    }

    void finish() {
        if (!m_lines) {
            parts.last() = collapse(parts.last());
            return;
        }
        QStringList lines;
        for (const QString &line : parts.constFirst().split(u'\n')) {
            if (const QString text = collapse(line); !text.isEmpty())
                lines << text;
        }
        parts = lines;
    }

private:
    // Table cells, list items and code lines must not run into each other; in lines mode every block (and
    // every line of a code block, which md4c passes with its newline) ends a line.
    void separate(bool lineBreak = false) {
        if (m_lines && (lineBreak || m_blockBoundary)) {
            parts.last() += u'\n';
            return;
        }
        if (!parts.last().isEmpty() && !parts.last().back().isSpace())
            parts.last() += u' ';
    }

    static QString collapse(const QString &text) { return text.simplified(); }

    static QString decodeEntity(const QString &entity) {
        static const QHash<QString, QString> named = {
            {u"&amp;"_s, u"&"_s},
            {u"&lt;"_s, u"<"_s},
            {u"&gt;"_s, u">"_s},
            {u"&quot;"_s, u"\""_s},
            {u"&nbsp;"_s, u" "_s},
            {u"&mdash;"_s, QString(QChar(0x2014))},
            {u"&ndash;"_s, QString(QChar(0x2013))},
            {u"&hellip;"_s, QString(QChar(0x2026))},
        };
        if (entity.startsWith(u"&#"_s) && entity.endsWith(u';')) {
            const bool hex = entity.size() > 3 && (entity.at(2) == u'x' || entity.at(2) == u'X');
            bool ok = false;
            const uint code =
                entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                return QString::fromUcs4(&c, 1);
            }
            return QString(QChar::ReplacementCharacter);
        }
        return named.value(entity, entity);
    }

    const bool m_split;
    const bool m_lines;
    bool m_inHeading = false;
    bool m_blockBoundary = false;
};

QStringList parse(const QString &markdown, Split split) {
    TextWriter writer(split);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML; // as the renderer, so headings are counted alike
    parser.enter_block = [](MD_BLOCKTYPE t, void *, void *w) {
        return static_cast<TextWriter *>(w)->enterBlock(t);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void *, void *w) {
        return static_cast<TextWriter *>(w)->leaveBlock(t);
    };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *w) {
        return static_cast<TextWriter *>(w)->text(t, s, n);
    };
    const QByteArray utf8 = markdown.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &writer);
    writer.finish();
    return writer.parts;
}

} // namespace

QStringList markdownTextByHeading(const QString &markdown) {
    return parse(markdown, Split::Headings);
}

QString markdownToText(const QString &markdown) {
    return parse(markdown, Split::None).constFirst();
}

QStringList markdownTextLines(const QString &markdown) {
    return parse(markdown, Split::Lines);
}

} // namespace goprep::core
