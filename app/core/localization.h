// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace goprep::core {

// The user-interface languages GoPrep offers, and loading their translations at start.
class Localization final {
public:
    struct Language {
        QString code;       // "en", "de", ...
        QString nativeName; // the language's name in itself: "Deutsch"
    };

    // English first, then the translations in the order of their codes.
    static QList<Language> languages();
    static bool isOffered(const QString &code);

    // Installs GoPrep's translation (`:/i18n/goprep_<lang>.qm`) for `code`, or for the first of the system's
    // languages GoPrep has when `code` is empty, then Qt's own (qtbase, for standard dialogs) in that same
    // language. Without a GoPrep translation for the language, English (with its plural forms) and Qt's
    // English. Returns how many translations were installed.
    static int install(QCoreApplication &app, const QString &code);
};

} // namespace goprep::core
