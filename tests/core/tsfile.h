// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace goprep::test {

// A Qt Linguist .ts file, read for the checks a translator's work must pass before it ships.
class TsFile final {
public:
    struct Message {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type;      // the translation's type: empty when finished, else "unfinished", "vanished"...
        QStringList forms; // the translation, or each plural form of a numerus entry
    };

    // A malformed file gives an error() and no messages.
    static TsFile parse(const QByteArray &xml);

    QString language() const { return m_language; }
    QString error() const { return m_error; }
    const QList<Message> &messages() const { return m_messages; }

    // "context | source | comment", one per message, sorted: two files hold the same strings when equal.
    QStringList keys() const;

    // How many plural forms Qt Linguist writes for `language` (the .ts "language" attribute); 0 if unknown.
    static int pluralForms(const QString &language);

    // Everything still to fix, one line each; empty when the translation is complete and consistent:
    // unfinished, vanished or obsolete entries, empty translations, the wrong number of plural forms,
    // placeholders (%1, %n), rich-text tags or keyboard accelerators (&) that differ from the source.
    // `literalAmpersands` lists the sources whose "&" is text rather than an accelerator.
    QStringList problems(const QStringList &literalAmpersands = {}) const;

    // Accelerator marks in `text`: "&" before a character, not "&&" and not an entity such as "&amp;".
    static int acceleratorCount(const QString &text);

private:
    QString m_language;
    QString m_error;
    QList<Message> m_messages;
};

} // namespace goprep::test
