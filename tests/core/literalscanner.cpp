// SPDX-License-Identifier: GPL-3.0-or-later
#include "literalscanner.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace goprep::test {

namespace {

struct Token {
    enum Kind { Identifier, Literal, Punctuation, Number } kind = Punctuation;
    QString text;
    int line = 0;
};

// Which arguments of a call are the user-visible text; empty: every argument.
using TextArguments = QList<int>;

// Calls on any object whose text arguments are read by the user.
const QHash<QString, TextArguments> &textCalls() {
    static const QHash<QString, TextArguments> calls{
        {u"setText"_s, {}},
        {u"setWindowTitle"_s, {}},
        {u"setToolTip"_s, {}},
        {u"setStatusTip"_s, {}},
        {u"setWhatsThis"_s, {}},
        {u"setPlaceholderText"_s, {}},
        {u"setTitle"_s, {}},
        {u"setLabelText"_s, {}},
        {u"setInformativeText"_s, {}},
        {u"setDetailedText"_s, {}},
        {u"setAccessibleName"_s, {}},
        {u"setAccessibleDescription"_s, {}},
        {u"setApplicationDescription"_s, {}},
        {u"setSuffix"_s, {}},
        {u"setPrefix"_s, {}},
        {u"setSpecialValueText"_s, {}},
        {u"setFormat"_s, {}},
        {u"setEmptyText"_s, {}},
        {u"setHeaderLabels"_s, {}},
        {u"setHorizontalHeaderLabels"_s, {}},
        {u"setVerticalHeaderLabels"_s, {}},
        {u"setTabText"_s, {1}},
        {u"setTabToolTip"_s, {1}},
        {u"setItemText"_s, {1}},
        {u"setButtonText"_s, {1}},
        {u"showMessage"_s, {0}},
        {u"addItem"_s, {0}}, // addItem(text, data): the data is a key
        {u"addItems"_s, {}},
        {u"insertItem"_s, {1}},
        {u"addAction"_s, {0}},
        {u"addMenu"_s, {0}},
        {u"addTab"_s, {1}},
        {u"insertTab"_s, {2}},
        {u"addRow"_s, {0}},
        {u"addButton"_s, {0}}, // QMessageBox::addButton(text, role), QDialogButtonBox::addButton(text, role)
    };
    return calls;
}

// Classes whose constructor takes user-visible text.
const QHash<QString, TextArguments> &textClasses() {
    static const QHash<QString, TextArguments> classes{
        {u"QLabel"_s, {0}},
        {u"QPushButton"_s, {0}},
        {u"QCheckBox"_s, {0}},
        {u"QRadioButton"_s, {0}},
        {u"QGroupBox"_s, {0}},
        {u"QAction"_s, {0}},
        {u"QMenu"_s, {0}},
        {u"QListWidgetItem"_s, {0}},
        {u"QMessageBox"_s, {}},  // QMessageBox box(icon, title, text, ...) and QMessageBox::warning(...)
        {u"QFileDialog"_s, {}},  // QFileDialog::getSaveFileName(parent, caption, directory, filter)
        {u"QInputDialog"_s, {}}, // QInputDialog::getItem(parent, title, label, items, ...)
        {u"QCommandLineOption"_s, {1, 2}}, // (names, description, valueName)
    };
    return classes;
}

bool isMarker(const QString &name) {
    static const QSet<QString> markers{u"tr"_s,
                                       u"translate"_s,
                                       u"qtTrId"_s,
                                       u"QT_TR_NOOP"_s,
                                       u"QT_TR_N_NOOP"_s,
                                       u"QT_TRANSLATE_NOOP"_s,
                                       u"QT_TRANSLATE_N_NOOP"_s,
                                       u"QT_TRID_NOOP"_s};
    return markers.contains(name);
}

bool isIdentifierStart(QChar c) {
    return c.isLetter() || c == u'_';
}
bool isIdentifierPart(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

QList<Token> tokenize(const QString &code) {
    static const QSet<QString> prefixes{u"u"_s,  u"U"_s,  u"L"_s,  u"u8"_s, u"R"_s,
                                        u"uR"_s, u"UR"_s, u"LR"_s, u"u8R"_s};
    QList<Token> tokens;
    int line = 1;
    const qsizetype n = code.size();
    qsizetype i = 0;
    const auto at = [&](qsizetype k) { return k < n ? code.at(k) : QChar(); };
    while (i < n) {
        const QChar c = code.at(i);
        if (c == u'\n') {
            ++line;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == u'/' && at(i + 1) == u'/') {
            while (i < n && code.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && at(i + 1) == u'*') {
            i += 2;
            while (i < n && !(code.at(i) == u'*' && at(i + 1) == u'/')) {
                if (code.at(i) == u'\n')
                    ++line;
                ++i;
            }
            i += 2;
        } else if (c == u'"' || (isIdentifierStart(c))) {
            QString prefix;
            qsizetype j = i;
            if (c != u'"') {
                while (j < n && isIdentifierPart(code.at(j)))
                    ++j;
                prefix = code.mid(i, j - i);
                if (at(j) != u'"' || !prefixes.contains(prefix)) {
                    tokens << Token{Token::Identifier, prefix, line};
                    i = j;
                    continue;
                }
            }
            // A string literal at code[j] == '"'.
            const int startLine = line;
            QString text;
            if (prefix.endsWith(u'R')) {
                const qsizetype open = code.indexOf(u'(', j);
                const QString delimiter = code.mid(j + 1, open - j - 1);
                const QString close = u')' + delimiter + u'"';
                const qsizetype end = code.indexOf(close, open);
                text = code.mid(open + 1, (end < 0 ? n : end) - open - 1);
                line += int(text.count(u'\n'));
                i = end < 0 ? n : end + close.size();
            } else {
                qsizetype k = j + 1;
                while (k < n && code.at(k) != u'"' && code.at(k) != u'\n') {
                    if (code.at(k) == u'\\')
                        ++k;
                    ++k;
                }
                text = code.mid(j + 1, k - j - 1);
                i = k + 1;
            }
            while (i < n && isIdentifierPart(code.at(i))) // a user-defined suffix: _s, _L1
                ++i;
            tokens << Token{Token::Literal, text, startLine};
        } else if (c == u'\'') {
            qsizetype k = i + 1;
            while (k < n && code.at(k) != u'\'' && code.at(k) != u'\n') {
                if (code.at(k) == u'\\')
                    ++k;
                ++k;
            }
            i = k + 1;
        } else if (c.isDigit() || (c == u'.' && at(i + 1).isDigit())) {
            // A pp-number, digit separators included (60'000).
            qsizetype k = i + 1;
            while (k < n &&
                   (isIdentifierPart(code.at(k)) || code.at(k) == u'.' || code.at(k) == u'\'' ||
                    ((code.at(k) == u'+' || code.at(k) == u'-') && u"eEpP"_s.contains(code.at(k - 1)))))
                ++k;
            tokens << Token{Token::Number, code.mid(i, k - i), line};
            i = k;
        } else if (c == u':' && at(i + 1) == u':') {
            tokens << Token{Token::Punctuation, u"::"_s, line};
            i += 2;
        } else if (c == u'-' && at(i + 1) == u'>') {
            tokens << Token{Token::Punctuation, u"->"_s, line};
            i += 2;
        } else {
            tokens << Token{Token::Punctuation, QString(c), line};
            ++i;
        }
    }
    return tokens;
}

bool isOpen(const Token &t) {
    return t.kind == Token::Punctuation && (t.text == u"("_s || t.text == u"["_s || t.text == u"{"_s);
}
bool isClose(const Token &t) {
    return t.kind == Token::Punctuation && (t.text == u")"_s || t.text == u"]"_s || t.text == u"}"_s);
}
bool is(const QList<Token> &tokens, qsizetype i, const QString &text) {
    return i < tokens.size() && tokens.at(i).kind == Token::Punctuation && tokens.at(i).text == text;
}

// The unmarked literals with words among the arguments of the call whose "(" or "{" is at `open`.
void scanCall(const QList<Token> &tokens, qsizetype open, const QString &call, const TextArguments &which,
              QList<LiteralScanner::Finding> &findings) {
    int argument = 0;
    QList<QString> callees; // the call each open bracket inside the arguments belongs to
    for (qsizetype i = open + 1; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (isOpen(t)) {
            const Token &before = tokens.at(i - 1);
            callees << (before.kind == Token::Identifier ? before.text : QString());
        } else if (isClose(t)) {
            if (callees.isEmpty())
                return; // the call's own closing bracket
            callees.removeLast();
        } else if (t.kind == Token::Punctuation && t.text == u","_s && callees.isEmpty()) {
            ++argument;
        } else if (t.kind == Token::Literal && (which.isEmpty() || which.contains(argument))) {
            const bool marked = std::any_of(callees.cbegin(), callees.cend(), isMarker);
            if (!marked && LiteralScanner::holdsWords(t.text))
                findings << LiteralScanner::Finding{t.line, call, t.text};
        }
    }
}

} // namespace

QStringList LiteralScanner::untranslatedNames() {
    return {u"GoPrep"_s};
}

bool LiteralScanner::holdsWords(const QString &literal) {
    static const QRegularExpression tags(u"<[^<>]*>"_s);
    static const QRegularExpression entities(u"&(#\\d+|[A-Za-z]+);"_s);
    static const QRegularExpression placeholders(u"%L?(\\d{1,2}|n)"_s);
    static const QRegularExpression escapes(u"\\\\[nt\"\\\\]"_s);
    static const QRegularExpression word(u"\\p{L}{2,}"_s);
    QString text = literal;
    text.replace(tags, u" "_s)
        .replace(entities, u" "_s)
        .replace(placeholders, u" "_s)
        .replace(escapes, u" "_s);
    for (const QString &name : untranslatedNames())
        text.replace(name, u" "_s);
    return word.match(text).hasMatch();
}

QList<LiteralScanner::Finding> LiteralScanner::scan(const QString &code) {
    const QList<Token> tokens = tokenize(code);
    QList<Finding> findings;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind != Token::Identifier)
            continue;
        const bool member = i > 0 && (is(tokens, i - 1, u"."_s) || is(tokens, i - 1, u"->"_s));
        if (const auto call = textCalls().constFind(t.text); call != textCalls().cend()) {
            // A call, not the declaration of a function of that name (which holds no literals anyway).
            if (is(tokens, i + 1, u"("_s))
                scanCall(tokens, i + 1, t.text, *call, findings);
            continue;
        }
        const auto cls = textClasses().constFind(t.text);
        if (cls == textClasses().cend() || member)
            continue;
        if (is(tokens, i + 1, u"("_s) || is(tokens, i + 1, u"{"_s)) {
            scanCall(tokens, i + 1, t.text, *cls, findings); // QLabel(...), new QLabel(...)
        } else if (i + 2 < tokens.size() && tokens.at(i + 1).kind == Token::Identifier &&
                   (is(tokens, i + 2, u"("_s) || is(tokens, i + 2, u"{"_s))) {
            scanCall(tokens, i + 2, t.text, *cls, findings); // QLabel label(...)
        } else if (is(tokens, i + 1, u"::"_s) && i + 3 < tokens.size() &&
                   tokens.at(i + 2).kind == Token::Identifier && is(tokens, i + 3, u"("_s)) {
            scanCall(tokens, i + 3, t.text + u"::"_s + tokens.at(i + 2).text, *cls,
                     findings); // QMessageBox::warning(...)
        }
    }
    return findings;
}

} // namespace goprep::test
