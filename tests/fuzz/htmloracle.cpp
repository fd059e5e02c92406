// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmloracle.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace goprep::fuzz {

namespace {

const QSet<QString> allowedTags{u"p"_s,   u"h1"_s,    u"h2"_s,     u"h3"_s,    u"h4"_s,    u"h5"_s,
                                u"h6"_s,  u"ul"_s,    u"ol"_s,     u"li"_s,    u"hr"_s,    u"blockquote"_s,
                                u"div"_s, u"table"_s, u"thead"_s,  u"tbody"_s, u"tr"_s,    u"th"_s,
                                u"td"_s,  u"em"_s,    u"strong"_s, u"del"_s,   u"code"_s,  u"pre"_s,
                                u"a"_s,   u"img"_s,   u"br"_s,     u"span"_s,  u"button"_s};
const QSet<QString> allowedAttributes{u"id"_s,  u"class"_s, u"start"_s,     u"href"_s, u"title"_s,
                                      u"src"_s, u"alt"_s,   u"data-lang"_s, u"type"_s};

QString decodeBasicEntities(QString value) {
    return value.replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&amp;"_s, u"&"_s);
}

// What a browser makes of a URL attribute before it looks at the scheme.
QString browserUrl(const QString &value) {
    QString url;
    for (const QChar c : decodeBasicEntities(value)) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue; // removed anywhere
        url += c;
    }
    qsizetype begin = 0;
    qsizetype end = url.size();
    while (begin < end && url.at(begin).unicode() <= 0x20)
        ++begin; // leading C0 controls and spaces
    while (end > begin && url.at(end - 1).unicode() <= 0x20)
        --end;
    return url.mid(begin, end - begin).toLower();
}

} // namespace

QString unsafeHtml(const QString &html) {
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'>')
            return u"raw '>' in text at %1"_s.arg(i);
        if (c != u'<') {
            ++i;
            continue;
        }
        ++i;
        if (i < n && html.at(i) == u'/')
            ++i;
        const qsizetype nameStart = i;
        while (i < n && (html.at(i).isLetterOrNumber() || html.at(i) == u'-'))
            ++i;
        const QString tag = html.mid(nameStart, i - nameStart).toLower();
        if (!allowedTags.contains(tag))
            return u"element <%1> at %2"_s.arg(tag).arg(nameStart);
        while (true) {
            while (i < n && html.at(i) == u' ')
                ++i;
            if (i >= n)
                return u"unterminated tag <%1>"_s.arg(tag);
            if (html.at(i) == u'>') {
                ++i;
                break;
            }
            const qsizetype attrStart = i;
            while (i < n && (html.at(i).isLetterOrNumber() || html.at(i) == u'-'))
                ++i;
            const QString attribute = html.mid(attrStart, i - attrStart).toLower();
            if (!allowedAttributes.contains(attribute))
                return u"attribute %1 on <%2>"_s.arg(attribute, tag);
            if (i + 1 >= n || html.at(i) != u'=' || html.at(i + 1) != u'"')
                return u"unquoted attribute %1 on <%2>"_s.arg(attribute, tag);
            i += 2;
            const qsizetype valueStart = i;
            while (i < n && html.at(i) != u'"') {
                if (html.at(i) == u'<' || html.at(i) == u'>')
                    return u"raw '<' or '>' in attribute %1"_s.arg(attribute);
                ++i;
            }
            if (i >= n)
                return u"unterminated attribute %1"_s.arg(attribute);
            const QString value = html.mid(valueStart, i - valueStart);
            ++i;
            if (attribute == u"href"_s || attribute == u"src"_s) {
                const QString url = browserUrl(value);
                for (const QString &scheme : {u"javascript:"_s, u"vbscript:"_s, u"data:"_s, u"file:"_s})
                    if (url.startsWith(scheme))
                        return u"%1=\"%2\" runs as %3"_s.arg(attribute, value, scheme);
            }
        }
    }
    return {};
}

} // namespace goprep::fuzz
