// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace goprep::core {

QList<Localization::Language> Localization::languages() {
    // Each language is named in itself, never translated: the list must be readable by someone who cannot
    // read the language the interface is in now. (The locale data's names are longer, e.g. "español de
    // España", where a language menu wants the language alone.)
    return {{u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"es"_s, u"Español"_s},
            {u"uk"_s, u"Українська"_s}};
}

bool Localization::isOffered(const QString &code) {
    const QList<Language> all = languages();
    return std::any_of(all.cbegin(), all.cend(), [&](const Language &l) { return l.code == code; });
}

int Localization::install(QCoreApplication &app, const QString &code) {
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    int installed = 0;
    const auto load = [&](const QString &name, const QString &directory) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, u"_"_s, directory) &&
            QCoreApplication::installTranslator(translator)) {
            ++installed;
            qCDebug(lcI18n) << "Installed translation" << translator->filePath();
            return true;
        }
        delete translator;
        return false;
    };
    // Qt's own strings (standard buttons and dialogs) follow only when GoPrep itself is translated, so a
    // language without a GoPrep translation stays all English rather than half translated.
    if (load(u"goprep"_s, u":/i18n"_s))
        load(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installed;
}

} // namespace goprep::core
