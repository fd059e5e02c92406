// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockyaml.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace goprep::tests {

namespace {

bool isSequenceItem(const QString &content) {
    return content == u"-"_s || content.startsWith(u"- "_s);
}

// A comment starts at '#' preceded by whitespace (or at the start) and outside quotes.
QString stripComment(const QString &content) {
    QChar quote;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            if (i == 0 || content.at(i - 1).isSpace() || content.at(i - 1) == u':')
                quote = c;
        } else if (c == u'#' && (i == 0 || content.at(i - 1).isSpace())) {
            return content.left(i).trimmed();
        }
    }
    return content.trimmed();
}

// The position of the ':' that ends a mapping key (followed by a space or the end), outside quotes; -1 if
// the content is not a key/value pair.
qsizetype keySeparator(const QString &content) {
    QChar quote;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (i == 0 && (c == u'"' || c == u'\'')) {
            quote = c;
        } else if (c == u':' && (i + 1 == content.size() || content.at(i + 1) == u' ')) {
            return i;
        }
    }
    return -1;
}

} // namespace

BlockYaml::BlockYaml(QList<Line> lines)
    : m_lines(std::move(lines)) {}

BlockYaml::Result BlockYaml::parse(const QString &text) {
    QList<Line> lines;
    const QStringList raw = text.split(u'\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString line = raw.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == u' ')
            ++indent;
        if (indent < line.size() && line.at(indent) == u'\t')
            return {{}, u"line %1: tab indentation is not YAML"_s.arg(i + 1)};
        const QString content = stripComment(line.mid(indent));
        if (content.isEmpty() || (indent == 0 && content == u"---"_s && lines.isEmpty()))
            continue;
        if (indent == 0 && (content == u"---"_s || content == u"..."_s))
            return {{}, u"line %1: only one document is supported"_s.arg(i + 1)};
        lines.append({int(i + 1), int(indent), content});
    }
    if (lines.isEmpty())
        return {{}, u"the document is empty"_s};

    BlockYaml reader(lines);
    const QVariant value = reader.parseBlock(lines.first().indent);
    if (reader.m_error.isEmpty() && !reader.atEnd())
        reader.fail(reader.m_lines.at(reader.m_pos).number, u"unexpected indentation"_s);
    if (!reader.m_error.isEmpty())
        return {{}, reader.m_error};
    return {value, {}};
}

void BlockYaml::fail(int lineNumber, const QString &message) {
    if (m_error.isEmpty())
        m_error = u"line %1: %2"_s.arg(lineNumber).arg(message);
    m_pos = m_lines.size(); // stop every caller's loop
}

QVariant BlockYaml::parseBlock(int indent) {
    if (atEnd())
        return {};
    return isSequenceItem(m_lines.at(m_pos).content) ? parseSequence(indent) : parseMapping(indent);
}

QVariant BlockYaml::parseMapping(int indent) {
    QVariantMap map;
    while (!atEnd()) {
        const Line line = m_lines.at(m_pos);
        if (line.indent < indent)
            break;
        if (line.indent > indent) {
            fail(line.number, u"unexpected indentation"_s);
            break;
        }
        if (isSequenceItem(line.content)) {
            fail(line.number, u"a sequence item where a mapping key was expected"_s);
            break;
        }
        const qsizetype colon = keySeparator(line.content);
        if (colon <= 0) {
            fail(line.number, u"expected 'key: value'"_s);
            break;
        }
        const QString key = parseScalar(line.content.left(colon).trimmed(), line.number);
        if (map.contains(key)) {
            fail(line.number, u"duplicate key '%1'"_s.arg(key));
            break;
        }
        ++m_pos;
        map.insert(key, parseValueAfterColon(indent, line.content.mid(colon + 1).trimmed()));
    }
    return map;
}

QVariant BlockYaml::parseValueAfterColon(int indent, const QString &rest) {
    if (!rest.isEmpty())
        return parseScalar(rest, m_lines.at(m_pos - 1).number);
    if (atEnd())
        return QString();
    const Line &next = m_lines.at(m_pos);
    // YAML lets a sequence under a key start at the key's own indentation.
    if (next.indent > indent || (next.indent == indent && isSequenceItem(next.content)))
        return parseBlock(next.indent);
    return QString();
}

QVariant BlockYaml::parseSequence(int indent) {
    QVariantList list;
    while (!atEnd()) {
        Line &line = m_lines[m_pos];
        if (line.indent < indent)
            break;
        if (line.indent > indent) {
            fail(line.number, u"unexpected indentation"_s);
            break;
        }
        if (!isSequenceItem(line.content))
            break; // the mapping that holds this sequence at the same indentation continues
        const QString rest = line.content.mid(1);
        const QString item = rest.trimmed();
        if (item.isEmpty()) {
            ++m_pos;
            list.append(!atEnd() && m_lines.at(m_pos).indent > indent ? parseBlock(m_lines.at(m_pos).indent)
                                                                      : QVariant(QString()));
        } else if (keySeparator(item) > 0 || isSequenceItem(item)) {
            // "- key: value" opens a mapping whose keys line up with "key": re-read this line as its first.
            const int itemIndent = indent + 1 + int(rest.size() - rest.trimmed().size());
            line.indent = itemIndent;
            line.content = item;
            list.append(parseBlock(itemIndent));
        } else {
            ++m_pos;
            list.append(parseScalar(item, line.number));
        }
    }
    return list;
}

QString BlockYaml::parseScalar(const QString &text, int lineNumber) {
    if (text.isEmpty())
        return {};
    const QChar first = text.front();
    if (first == u'"' || first == u'\'') {
        if (text.size() < 2 || text.back() != first) {
            fail(lineNumber, u"unterminated quoted scalar"_s);
            return {};
        }
        QString body = text.mid(1, text.size() - 2);
        if (first == u'\'')
            return body.replace(u"''"_s, u"'"_s);
        QString out;
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (body.at(i) != u'\\') {
                out.append(body.at(i));
                continue;
            }
            if (++i == body.size()) {
                fail(lineNumber, u"dangling escape"_s);
                return {};
            }
            switch (body.at(i).unicode()) {
            case u'n':
                out.append(u'\n');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'"':
                out.append(u'"');
                break;
            case u'\\':
                out.append(u'\\');
                break;
            case u'/':
                out.append(u'/');
                break;
            default:
                fail(lineNumber, u"unsupported escape '\\%1'"_s.arg(body.at(i)));
                return {};
            }
        }
        return out;
    }
    static const QString unsupported = u"[{&*!|>%@`"_s;
    if (unsupported.contains(first)) {
        fail(lineNumber, u"'%1' starts YAML that this reader does not support"_s.arg(first));
        return {};
    }
    if (text.contains(u": "_s) || text.endsWith(u':')) {
        fail(lineNumber, u"a plain scalar cannot contain ': '; quote it"_s);
        return {};
    }
    return text;
}

} // namespace goprep::tests
