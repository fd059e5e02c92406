// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsfile.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace goprep::test {

namespace {

QString describe(const TsFile::Message &m) {
    return u"%1 | \"%2\""_s.arg(m.context, m.source);
}

// %1..%99 (also %L1) as a sorted list: each must survive translation, as often as in the source.
QStringList placeholders(const QString &text) {
    static const QRegularExpression re(u"%L?(\\d{1,2})"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << u'%' + it.next().captured(1);
    found.sort();
    return found;
}

bool hasCountPlaceholder(const QString &text) {
    static const QRegularExpression re(u"%L?n"_s);
    return re.match(text).hasMatch();
}

// The rich-text tags, attributes included: a link's target or a tag must not be lost or changed.
QStringList tags(const QString &text) {
    static const QRegularExpression re(u"<[^<>]+>"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

TsFile TsFile::parse(const QByteArray &xml) {
    TsFile file;
    QXmlStreamReader reader(xml);
    QString context;
    Message message;
    bool inMessage = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"TS"_s) {
                file.m_language = reader.attributes().value(u"language"_s).toString();
            } else if (name == u"context"_s) {
                context.clear();
            } else if (name == u"name"_s && !inMessage) {
                context = reader.readElementText();
            } else if (name == u"message"_s) {
                inMessage = true;
                message = Message{};
                message.context = context;
                message.numerus = reader.attributes().value(u"numerus"_s) == u"yes"_s;
            } else if (name == u"source"_s && inMessage) {
                message.source = reader.readElementText();
            } else if (name == u"comment"_s && inMessage) {
                message.comment = reader.readElementText();
            } else if (name == u"translation"_s && inMessage) {
                message.type = reader.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.forms << reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == u"numerusform"_s && inMessage) {
                message.forms << reader.readElementText();
            }
        } else if (reader.isEndElement() && reader.name() == u"message"_s) {
            inMessage = false;
            file.m_messages << message;
        }
    }
    if (reader.hasError()) {
        file.m_error = u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString());
        file.m_messages.clear();
    }
    return file;
}

QStringList TsFile::keys() const {
    QStringList keys;
    for (const Message &m : m_messages)
        keys << u"%1 | %2 | %3"_s.arg(m.context, m.source, m.comment);
    keys.sort();
    return keys;
}

int TsFile::pluralForms(const QString &language) {
    // As Qt Linguist's plural rules have them (lupdate writes this many <numerusform> slots).
    static const QHash<QString, int> forms{{u"en"_s, 2}, {u"de"_s, 2}, {u"es"_s, 2}, {u"uk"_s, 3}};
    return forms.value(language.section(u'_', 0, 0), 0);
}

int TsFile::acceleratorCount(const QString &text) {
    static const QRegularExpression entity(u"^&(#\\d+|[A-Za-z]+);"_s);
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (entity.matchView(QStringView(text).mid(i)).hasMatch())
            continue;
        if (i + 1 < text.size() && !text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QStringList TsFile::problems(const QStringList &literalAmpersands) const {
    QStringList problems;
    if (!m_error.isEmpty())
        return {u"not a readable .ts file: "_s + m_error};
    const int expectedForms = pluralForms(m_language);
    if (expectedForms == 0)
        problems << u"no known language in <TS language=\"...\">: \"%1\""_s.arg(m_language);
    QSet<QString> seen;
    for (const Message &m : m_messages) {
        const QString what = describe(m);
        const QString key = u"%1 | %2 | %3"_s.arg(m.context, m.source, m.comment);
        if (seen.contains(key))
            problems << what + u": listed twice"_s;
        seen.insert(key);
        if (!m.type.isEmpty()) {
            // "vanished" and "obsolete": the code no longer has the string; "unfinished": not translated.
            problems << what + u": " + m.type;
            continue;
        }
        if (m.numerus && expectedForms > 0 && m.forms.size() != expectedForms) {
            problems << what + u": %1 plural forms, %2 expected"_s.arg(m.forms.size()).arg(expectedForms);
            continue;
        }
        const QStringList sourcePlaceholders = placeholders(m.source);
        const QStringList sourceTags = tags(m.source);
        const int sourceAccelerators = literalAmpersands.contains(m.source) ? 0 : acceleratorCount(m.source);
        for (const QString &form : m.forms) {
            const QString shown = u"%1 -> \"%2\""_s.arg(what, form);
            if (form.trimmed().isEmpty()) {
                problems << what + u": empty translation"_s;
                continue;
            }
            if (placeholders(form) != sourcePlaceholders)
                problems << shown + u": placeholders differ from the source (%1)"_s.arg(
                                        sourcePlaceholders.join(u' '));
            if (m.numerus && hasCountPlaceholder(m.source) && !hasCountPlaceholder(form))
                problems << shown + u": %n is missing"_s;
            if (tags(form) != sourceTags)
                problems << shown + u": rich-text tags differ from the source"_s;
            if (!literalAmpersands.contains(m.source) && acceleratorCount(form) != sourceAccelerators)
                problems << shown +
                                u": %1 accelerator(s) (&), the source has %2"_s.arg(acceleratorCount(form))
                                    .arg(sourceAccelerators);
        }
    }
    return problems;
}

} // namespace goprep::test
