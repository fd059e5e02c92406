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

    // Last: it may leave German installed in this process.
    void german_installsGoPrepsAndQtsTranslationsOrNothing() {
        const bool ours = QFile::exists(u":/i18n/goprep_de.qm"_s);
        const bool qts =
            QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s);
        const int installed = Localization::install(*QCoreApplication::instance(), u"de"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        if (!ours) {
            // Qt's German is not loaded on its own: no half-German interface.
            QCOMPARE(installed, 0);
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
        } else {
            QCOMPARE(installed, qts ? 2 : 1);
            if (qts)
                QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
