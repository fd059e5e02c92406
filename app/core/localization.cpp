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
    // English is a translation too: its plural forms ("1 result", "2 results") live in goprep_en.qm, so a
    // language GoPrep has no translation for falls back to it.
    auto *goprep = new QTranslator(&app);
    if (!goprep->load(locale, u"goprep"_s, u"_"_s, u":/i18n"_s) &&
        !goprep->load(u"goprep_en"_s, u":/i18n"_s)) {
        qCWarning(lcI18n) << "No translation compiled in, not even English";
        delete goprep;
        return 0;
    }
    QCoreApplication::installTranslator(goprep);
    qCDebug(lcI18n) << "Installed translation" << goprep->filePath();
    // Qt's own strings (standard buttons and dialogs) in the language GoPrep speaks, not in another of the
    // system's languages: a language without a GoPrep translation stays all English, never half translated.
    auto *qt = new QTranslator(&app);
    if (!qt->load(u"qtbase_"_s + goprep->language(), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        return 1;
    }
    QCoreApplication::installTranslator(qt);
    qCDebug(lcI18n) << "Installed translation" << qt->filePath();
    return 2;
}

} // namespace goprep::core
