// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace goprep::test {

// Finds user-visible text in C++ code that is not marked for translation: string literals holding words,
// passed as the text argument of Qt's text-taking calls (setText, setToolTip, addAction, QMessageBox::...,
// QLabel(...), ...) and not inside tr() or QCoreApplication::translate(). Keys and object names may be plain
// u"..."_s: only the text arguments are looked at (addItem's data, QCommandLineOption's name are not).
// A literal "holds words" when two letters in a row remain after removing rich-text tags, entities,
// placeholders (%1, %n) and the product names that are never translated.
//
// It reads tokens, not a full C++ parse: text built in a helper and passed on in a variable is not seen.
class LiteralScanner final {
public:
    struct Finding {
        int line = 0;
        QString call;    // the call the literal is passed to: "setText", "QLabel", ...
        QString literal; // the literal's text, as written between the quotes
    };

    static QList<Finding> scan(const QString &code);

    // True when `literal` holds words a user would read (see above).
    static bool holdsWords(const QString &literal);

    // Names that stay as they are in every language.
    static QStringList untranslatedNames();
};

} // namespace goprep::test
