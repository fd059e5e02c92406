// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"
#include "guide.h"
#include "prerendered.h"

#include <QCoreApplication>

#include <md4c.h>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

QString attribute(const MD_ATTRIBUTE &attr) {
    QString value;
    for (unsigned i = 0; attr.substr_offsets && attr.substr_offsets[i] < attr.size; ++i) {
        const MD_OFFSET begin = attr.substr_offsets[i];
        const MD_OFFSET end = attr.substr_offsets[i + 1];
        const QString part = QString::fromUtf8(attr.text + begin, qsizetype(end - begin));
        value += attr.substr_types[i] == MD_TEXT_NULLCHAR ? QString(QChar::ReplacementCharacter) : part;
    }
    return value;
}

// What a browser makes of a URL before it looks at its scheme: tabs and line breaks removed anywhere, C0
// controls and spaces trimmed at both ends. Checking the text as written would let "\x05javascript:" through.
QString browserUrl(const QString &url) {
    QString out;
    out.reserve(url.size());
    for (const QChar c : url) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            out += c;
    }
    qsizetype begin = 0;
    qsizetype end = out.size();
    while (begin < end && out.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && out.at(end - 1).unicode() <= 0x20)
        --end;
    return out.mid(begin, end - begin);
}

// The URL's scheme in lower case ("https" for "HTTPS://x"), or an empty string for a relative URL.
QString schemeOf(const QString &url) {
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == u':')
            return i > 0 ? url.left(i).toLower() : QString();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool other = (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
        if (!letter && !(i > 0 && other))
            return {};
    }
    return {};
}

// Links we can follow: our own anchors and relative pages, and web and mail links for the desktop browser.
// An allowlist, because any other scheme (javascript:, data:, file:, ...) could run code or reach the disk.
// Returns the URL as the browser will read it, or an empty string when it is not allowed.
QString safeLinkUrl(const QString &url) {
    const QString normalised = browserUrl(url);
    const QString scheme = schemeOf(normalised);
    const bool allowed =
        scheme.isEmpty() || scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s;
    return allowed ? normalised : QString();
}

// Images come from the guide's own figures: relative URLs only (a remote one would be blocked anyway).
QString safeImageUrl(const QString &url) {
    const QString normalised = browserUrl(url);
    return schemeOf(normalised).isEmpty() && !normalised.startsWith(u"//"_s) ? normalised : QString();
}

QString languageLabel(const QString &language) {
    static const QHash<QString, QString> labels = {
        {u"go"_s, u"Go"_s},     {u"bash"_s, u"Bash"_s},         {u"sh"_s, u"Shell"_s},
        {u"sql"_s, u"SQL"_s},   {u"protobuf"_s, u"Protobuf"_s}, {u"proto"_s, u"Protobuf"_s},
        {u"json"_s, u"JSON"_s}, {u"yaml"_s, u"YAML"_s},         {u"http"_s, u"HTTP"_s},
    };
    if (language == u"text"_s) // the one label that is a word rather than a name
        return QCoreApplication::translate("goprep::core::MarkdownRenderer", "Text", "code block language");
    return labels.value(language, language);
}

// md4c streams the document through callbacks; this object turns them into HTML.
class HtmlWriter {
public:
    HtmlWriter(MarkdownRenderer &renderer, const QStringList &headingIds)
        : m_renderer(renderer)
        , m_headingIds(headingIds) {}

    QString html;

    int enterBlock(MD_BLOCKTYPE type, void *detail) {
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_QUOTE:
            m_quoteStarts << html.size();
            html += u"<blockquote>\n"_s;
            break;
        case MD_BLOCK_UL:
            html += u"<ul>\n"_s;
            break;
        case MD_BLOCK_OL: {
            const auto *ol = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
            html += ol->start == 1 ? u"<ol>\n"_s : u"<ol start=\"%1\">\n"_s.arg(ol->start);
            break;
        }
        case MD_BLOCK_LI:
            html += u"<li>"_s;
            break;
        case MD_BLOCK_HR:
            html += u"<hr>\n"_s;
            break;
        case MD_BLOCK_H: {
            const auto *h = static_cast<MD_BLOCK_H_DETAIL *>(detail);
            const QString id = m_heading < m_headingIds.size() ? m_headingIds.at(m_heading) : QString();
            ++m_heading;
            html += u"<h%1"_s.arg(h->level);
            if (!id.isEmpty())
                html += u" id=\""_s + escapeHtml(id) + u'"';
            html += u'>';
            break;
        }
        case MD_BLOCK_CODE: {
            const auto *code = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            m_codeLanguage = attribute(code->lang).toLower();
            m_code.clear();
            m_inCode = true;
            break;
        }
        case MD_BLOCK_HTML:
            break; // disabled by MD_FLAG_NOHTML; raw HTML arrives as text
        case MD_BLOCK_P:
            html += u"<p>"_s;
            break;
        case MD_BLOCK_TABLE:
            html += u"<div class=\"table-wrap\"><table>\n"_s;
            break;
        case MD_BLOCK_THEAD:
            html += u"<thead>\n"_s;
            break;
        case MD_BLOCK_TBODY:
            html += u"<tbody>\n"_s;
            break;
        case MD_BLOCK_TR:
            html += u"<tr>"_s;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            const auto *td = static_cast<MD_BLOCK_TD_DETAIL *>(detail);
            html += type == MD_BLOCK_TH ? u"<th"_s : u"<td"_s;
            if (td->align == MD_ALIGN_CENTER)
                html += u" class=\"center\""_s;
            else if (td->align == MD_ALIGN_RIGHT)
                html += u" class=\"right\""_s;
            html += u'>';
            break;
        }
        default:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *detail) {
        switch (type) {
        case MD_BLOCK_QUOTE: {
            const qsizetype start = m_quoteStarts.takeLast();
            // A block quote that starts with "**Correction" is a correction callout of our content.
            static const QString correction = u"<blockquote>\n<p><strong>Correction"_s;
            if (QStringView(html).mid(start).startsWith(correction))
                html.replace(start, 12, u"<blockquote class=\"callout correction\">"_s);
            html += u"</blockquote>\n"_s;
            break;
        }
        case MD_BLOCK_UL:
            html += u"</ul>\n"_s;
            break;
        case MD_BLOCK_OL:
            html += u"</ol>\n"_s;
            break;
        case MD_BLOCK_LI:
            html += u"</li>\n"_s;
            break;
        case MD_BLOCK_H:
            html += u"</h%1>\n"_s.arg(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            break;
        case MD_BLOCK_CODE:
            writeCodeBlock();
            break;
        case MD_BLOCK_P:
            html += u"</p>\n"_s;
            break;
        case MD_BLOCK_TABLE:
            html += u"</table></div>\n"_s;
            break;
        case MD_BLOCK_THEAD:
            html += u"</thead>\n"_s;
            break;
        case MD_BLOCK_TBODY:
            html += u"</tbody>\n"_s;
            break;
        case MD_BLOCK_TR:
            html += u"</tr>\n"_s;
            break;
        case MD_BLOCK_TH:
            html += u"</th>"_s;
            break;
        case MD_BLOCK_TD:
            html += u"</td>"_s;
            break;
        default:
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail) {
        if (m_imageDepth > 0) { // inside an image only the alt text counts
            if (type == MD_SPAN_IMG)
                ++m_imageDepth;
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM:
            html += u"<em>"_s;
            break;
        case MD_SPAN_STRONG:
            html += u"<strong>"_s;
            break;
        case MD_SPAN_DEL:
            html += u"<del>"_s;
            break;
        case MD_SPAN_CODE:
            html += u"<code>"_s;
            break;
        case MD_SPAN_A: {
            const auto *a = static_cast<MD_SPAN_A_DETAIL *>(detail);
            const QString href = attribute(a->href);
            const QString safe = safeLinkUrl(href);
            html += u"<a href=\""_s + escapeHtml(safe.isEmpty() ? u"#"_s : safe) + u'"';
            if (a->title.text)
                html += u" title=\""_s + escapeHtml(attribute(a->title)) + u'"';
            html += u'>';
            break;
        }
        case MD_SPAN_IMG: {
            const auto *img = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
            const QString src = attribute(img->src);
            m_imageSrc = safeImageUrl(src);
            m_imageAlt.clear();
            m_imageDepth = 1;
            break;
        }
        default:
            break;
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type, void *) {
        if (m_imageDepth > 0) {
            if (type == MD_SPAN_IMG && --m_imageDepth == 0)
                html += u"<img src=\""_s + escapeHtml(m_imageSrc) + u"\" alt=\""_s + escapeHtml(m_imageAlt) +
                        u"\">"_s;
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM:
            html += u"</em>"_s;
            break;
        case MD_SPAN_STRONG:
            html += u"</strong>"_s;
            break;
        case MD_SPAN_DEL:
            html += u"</del>"_s;
            break;
        case MD_SPAN_CODE:
            html += u"</code>"_s;
            break;
        case MD_SPAN_A:
            html += u"</a>"_s;
            break;
        default:
            break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size) {
        QString piece;
        switch (type) {
        case MD_TEXT_NULLCHAR:
            piece = QChar::ReplacementCharacter;
            break;
        case MD_TEXT_BR:
            piece = m_imageDepth ? u" "_s : u"<br>\n"_s;
            break;
        case MD_TEXT_SOFTBR:
            piece = u"\n"_s;
            break;
        case MD_TEXT_ENTITY:
            piece = decodeEntity(QString::fromUtf8(data, size));
            break;
        default:
            piece = QString::fromUtf8(data, size);
            break;
        }
        if (m_inCode) {
            m_code += piece;
        } else if (m_imageDepth > 0) {
            m_imageAlt += piece;
        } else if (type == MD_TEXT_BR) {
            html += piece;
        } else {
            html += escapeHtml(piece);
        }
        return 0;
    }

private:
    static QString decodeEntity(const QString &entity) {
        // Numeric entities are decoded; named ones other than the common few are shown literally.
        static const QHash<QString, QString> named = {
            {u"&amp;"_s, u"&"_s},
            {u"&lt;"_s, u"<"_s},
            {u"&gt;"_s, u">"_s},
            {u"&quot;"_s, u"\""_s},
            {u"&nbsp;"_s, QString(QChar(0xa0))},
            {u"&mdash;"_s, QString(QChar(0x2014))},
            {u"&ndash;"_s, QString(QChar(0x2013))},
            {u"&hellip;"_s, QString(QChar(0x2026))},
        };
        if (entity.startsWith(u"&#"_s) && entity.endsWith(u';')) {
            bool ok = false;
            const bool hex = entity.size() > 3 && (entity.at(2) == u'x' || entity.at(2) == u'X');
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

    void writeCodeBlock() {
        m_inCode = false;
        if (m_code.endsWith(u'\n'))
            m_code.chop(1);
        const QString language = m_codeLanguage.section(u' ', 0, 0);
        html += u"<div class=\"code-block\" data-lang=\""_s + escapeHtml(language) + u"\">"_s;
        // The button is interface, not guide content: it speaks the interface's language.
        html += u"<div class=\"code-head\"><span class=\"code-lang\">"_s +
                escapeHtml(languageLabel(language)) +
                u"</span><button class=\"copy\" type=\"button\" title=\""_s +
                escapeHtml(QCoreApplication::translate("goprep::core::MarkdownRenderer", "Copy code")) +
                u"\">"_s + escapeHtml(QCoreApplication::translate("goprep::core::MarkdownRenderer", "Copy")) +
                u"</button></div>"_s;
        html += u"<pre><code>"_s + m_renderer.highlightCode(m_code, language) + u"</code></pre></div>\n"_s;
    }

    MarkdownRenderer &m_renderer;
    const QStringList &m_headingIds;
    int m_heading = 0;
    QList<qsizetype> m_quoteStarts;
    bool m_inCode = false;
    QString m_code;
    QString m_codeLanguage;
    int m_imageDepth = 0;
    QString m_imageSrc;
    QString m_imageAlt;
};

} // namespace

MarkdownRenderer::MarkdownRenderer(Prerendered prerendered)
    : m_prerendered(prerendered) {}

MarkdownRenderer::~MarkdownRenderer() = default;

CodeHighlighter &MarkdownRenderer::highlighter() {
    if (!m_highlighter)
        m_highlighter = std::make_unique<CodeHighlighter>();
    return *m_highlighter;
}

QString MarkdownRenderer::highlightCode(const QString &code, const QString &language) {
    if (CodeHighlighter::definitionName(language).isEmpty())
        return escapeHtml(code); // text, http and unknown languages: shown as they are
    if (m_prerendered == Prerendered::Use) {
        if (std::optional<QString> html = prerendered::highlightedCode(code, language))
            return *std::move(html);
    }
    QString html = highlighter().toHtml(code, language);
    if (m_codeObserver)
        m_codeObserver(code, language, html);
    return html;
}

QString MarkdownRenderer::render(const QString &markdown, const QStringList &headingIds) {
    HtmlWriter writer(*this, headingIds);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *w) {
        return static_cast<HtmlWriter *>(w)->enterBlock(t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *w) {
        return static_cast<HtmlWriter *>(w)->leaveBlock(t, d);
    };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *w) {
        return static_cast<HtmlWriter *>(w)->enterSpan(t, d);
    };
    parser.leave_span = [](MD_SPANTYPE t, void *d, void *w) {
        return static_cast<HtmlWriter *>(w)->leaveSpan(t, d);
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *w) {
        return static_cast<HtmlWriter *>(w)->text(t, s, n);
    };
    const QByteArray utf8 = markdown.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &writer);
    return writer.html;
}

const QString &MarkdownRenderer::renderChapter(const Chapter &chapter) {
    auto it = m_cache.find(chapter.id);
    if (it == m_cache.end()) {
        QStringList ids;
        ids.reserve(chapter.sections.size());
        for (const Section &section : chapter.sections)
            ids << section.id;
        it = m_cache.insert(chapter.id, render(chapter.markdown, ids));
    }
    return *it;
}

} // namespace goprep::core
