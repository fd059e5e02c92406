// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using goprep::core::Localization;

class TestLocalization final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void languages_areEnglishGermanSpanishUkrainianInTheirOwnNames() {
        QStringList codes;
        QStringList names;
        for (const Localization::Language &language : Localization::languages()) {
            codes << language.code;
            names << language.nativeName;
        }
        QCOMPARE(codes, (QStringList{u"en"_s, u"de"_s, u"es"_s, u"uk"_s}));
        QCOMPARE(names, (QStringList{u"English"_s, u"Deutsch"_s, u"Español"_s, u"Українська"_s}));
        QVERIFY(Localization::isOffered(u"uk"_s));
        QVERIFY(!Localization::isOffered(u"fr"_s));
        QVERIFY(!Localization::isOffered(QString()));
    }

    // Before the German test: translators stay installed in this process, the later ones first.
    void languageWithoutTranslation_isAllEnglishWithEnglishPlurals() {
        const int installed = Localization::install(*QCoreApplication::instance(), u"fr"_s);
        QVERIFY(installed >= 1);
        // GoPrep's English with its plural forms, and no French from Qt.
        QCOMPARE(QCoreApplication::translate("goprep::ui::SearchPopup",
                                             "%n result(s). Enter opens, Esc closes.", nullptr, 1),
                 u"1 result. Enter opens, Esc closes."_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    void german_installsGoPrepsAndQtsTranslations() {
        const bool qts =
            QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s);
        const int installed = Localization::install(*QCoreApplication::instance(), u"de"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(installed, qts ? 2 : 1);
        QCOMPARE(QCoreApplication::translate("goprep::ui::FlashcardPane", "Again"), u"Nochmal"_s);
        if (qts)
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
