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

    // Installs GoPrep's translation (`:/i18n/goprep_<lang>.qm`) and then Qt's own (qtbase, for standard
    // dialogs) for `code`, or for the system's languages when `code` is empty. Without a GoPrep translation
    // nothing is installed, quietly: the text stays English. Returns how many translations were installed.
    static int install(QCoreApplication &app, const QString &code);
};

} // namespace goprep::core
