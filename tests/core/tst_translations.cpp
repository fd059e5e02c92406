// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: complete, in step with the code, consistent with their sources, compiled in; and no
// user-visible text in the code that bypasses them.
#include "literalscanner.h"
#include "tsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using goprep::test::LiteralScanner;
using goprep::test::TsFile;

namespace {

// Sources whose "&" is text: a combo box shows it as written, it marks no accelerator.
const QStringList kLiteralAmpersands{u"The guide's own Q&A"_s};

// User-visible calls that legitimately take a literal with words, with the reason.
struct Exception {
    QString file;
    QString literal;
    const char *why;
};
const QList<Exception> kExceptions{
    {u"app/main.cpp"_s, u"Print start-up markers for the benchmark."_s,
     "a hidden option for ./dev bench, never shown in --help"},
    {u"app/main.cpp"_s, u"file"_s, "the early parser, which only looks up --settings-file, shows no help"},
};

QString sourceDir() {
    return qEnvironmentVariable("GOPREP_SOURCE_DIR");
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The keys of `a` not in `b`, one per line, or "none".
QString difference(const QStringList &a, const QStringList &b) {
    QStringList only;
    for (const QString &key : a) {
        if (!b.contains(key))
            only << key;
    }
    return only.isEmpty() ? u"none"_s : only.join(u"\n  "_s);
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QDir(sourceDir()).exists(u"translations"_s), "GOPREP_SOURCE_DIR must name the checkout");
    }

    // --- The checkers themselves: each kind of problem is caught. ---

    void tsChecker_reportsEveryKindOfProblem() {
        const QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="uk">
<context><name>Pane</name>
  <message><source>Again</source><translation type="unfinished"></translation></message>
  <message><source>Gone</source><translation type="vanished">Нема</translation></message>
  <message><source>Older</source><translation type="obsolete">Старе</translation></message>
  <message numerus="yes"><source>%n due</source><translation>
    <numerusform>%n картка</numerusform><numerusform>%n картки</numerusform></translation></message>
  <message><source>%1 of %2</source><translation>%1 з</translation></message>
  <message><source>An attempt. &lt;a href="#show"&gt;Show it&lt;/a&gt;</source>
    <translation>Спроба. &lt;a href="#hide"&gt;Показати&lt;/a&gt;</translation></message>
  <message><source>&amp;Quit</source><translation>Вийти</translation></message>
  <message><source>Empty</source><translation></translation></message>
  <message numerus="yes"><source>%n new</source><translation>
    <numerusform>%n нова</numerusform><numerusform>%n нові</numerusform><numerusform>нових</numerusform>
  </translation></message>
  <message><source>Fine &amp;&amp; well</source><translation>&amp;Добре</translation></message>
</context>
</TS>)";
        const TsFile file = TsFile::parse(xml);
        QVERIFY2(file.error().isEmpty(), qPrintable(file.error()));
        QCOMPARE(file.language(), u"uk"_s);
        const QString problems = file.problems().join(u'\n');
        for (const QString &expected :
             {u"\"Again\": unfinished"_s, u"\"Gone\": vanished"_s, u"\"Older\": obsolete"_s,
              u"\"%n due\": 2 plural forms, 3 expected"_s, u"\"%1 of %2\" -> \"%1 з\": placeholders differ"_s,
              u"Показати</a>\": rich-text tags differ"_s, u"\"&Quit\" -> \"Вийти\": 0 accelerator(s)"_s,
              u"\"Empty\": empty translation"_s, u"-> \"нових\": %n is missing"_s,
              u"\"Fine && well\" -> \"&Добре\": 1 accelerator(s) (&), the source has 0"_s})
            QVERIFY2(problems.contains(expected), qPrintable(expected + u"\nnot in:\n"_s + problems));
        QCOMPARE(file.problems().size(), 10);

        QVERIFY(!TsFile::parse("<TS><context>").error().isEmpty());
        QVERIFY(!TsFile::parse(R"(<TS version="2.1" language="xx"/>)").problems().isEmpty());
    }

    void acceleratorCount_skipsDoubledAmpersandsAndEntities() {
        QCOMPARE(TsFile::acceleratorCount(u"&File"_s), 1);
        QCOMPARE(TsFile::acceleratorCount(u"C&hecklist"_s), 1);
        QCOMPARE(TsFile::acceleratorCount(u"Fish && Chips"_s), 0);
        QCOMPARE(TsFile::acceleratorCount(u"a&nbsp;b &amp; c &#160;"_s), 0);
        QCOMPARE(TsFile::acceleratorCount(u"Fragen & Antworten"_s), 0);
    }

    void literalScanner_findsUnmarkedUserText() {
        const QString code = uR"code(
            label->setText(u"Hello there"_s);                      // 2: flagged
            label->setText(tr("Hello there"));
            label->setText(u"<b>%1</b>"_s.arg(tr("Flashcards")));
            box->addItem(tr("All cards"), u"all"_s);               // the data is a key
            box->addItem(u"All cards"_s, u"all"_s);                // 6: flagged
            auto *title = new QLabel(u"Final Checklist"_s, this);  // 7: flagged
            QMessageBox::warning(this, u"Save Attempt"_s, tr("It failed.")); // 8: flagged
            QCommandLineOption option(u"settings-file"_s, u"Keep progress here"_s, u"file"_s); // 9: 2 flagged
            // label->setText(u"A comment"_s);
            /* setToolTip(u"Another comment"_s); */
            statusBar()->showMessage(tr("Saved"), 60'000);
            setWindowTitle(u"GoPrep"_s);                           // a name
            label->setText(QCoreApplication::translate("ctx", "Hi there"));
            label->setToolTip(u"%1/%2"_s.arg(done).arg(total));   // no words
            connect(a, &QLabel::linkActivated, this, [] {});
            QAction *action = menu.addAction(u"Mark as Read"_s);   // 17: flagged
            check->setText("Plain literal");                        // 18: flagged
            m_clock->setStyleSheet(u"color:%1"_s.arg(c));          // not user text
        )code"_s;
        const QList<LiteralScanner::Finding> findings = LiteralScanner::scan(code);
        QStringList found;
        for (const LiteralScanner::Finding &f : findings)
            found << u"%1 %2 %3"_s.arg(f.line).arg(f.call, f.literal);
        QCOMPARE(found,
                 (QStringList{u"2 setText Hello there"_s, u"6 addItem All cards"_s,
                              u"7 QLabel Final Checklist"_s, u"8 QMessageBox::warning Save Attempt"_s,
                              u"9 QCommandLineOption Keep progress here"_s, u"9 QCommandLineOption file"_s,
                              u"17 addAction Mark as Read"_s, u"18 setText Plain literal"_s}));
    }

    // --- The project's own files. ---

    void tsFiles_areCompleteAndConsistent_data() {
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"de"_s, u"es"_s, u"uk"_s})
            QTest::newRow(qPrintable(language)) << language;
    }
    void tsFiles_areCompleteAndConsistent() {
        QFETCH(QString, language);
        const QString path = sourceDir() + u"/translations/goprep_%1.ts"_s.arg(language);
        const TsFile file = TsFile::parse(readAll(path));
        QCOMPARE(file.language(), language);
        QVERIFY2(!file.messages().isEmpty(), qPrintable(path));
        const QStringList problems = file.problems(kLiteralAmpersands);
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s) in %2:\n"_s.arg(problems.size()).arg(path) +
                                                problems.join(u'\n')));
    }

    void translationsFolder_holdsExactlyTheKnownLanguages() {
        const QStringList files = QDir(sourceDir() + u"/translations"_s).entryList({u"*.ts"_s}, QDir::Files);
        QCOMPARE(files,
                 (QStringList{u"goprep_de.ts"_s, u"goprep_en.ts"_s, u"goprep_es.ts"_s, u"goprep_uk.ts"_s}));
    }

    // lupdate over app/ on a copy must find nothing new and drop nothing: the files hold exactly the
    // strings of the code. (Refresh them with ./dev update-translations.)
    void tsFiles_matchTheStringsInTheCode_data() { tsFiles_areCompleteAndConsistent_data(); }
    void tsFiles_matchTheStringsInTheCode() {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString original = sourceDir() + u"/translations/goprep_%1.ts"_s.arg(language);
        const QString copy = dir.filePath(u"goprep_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(original, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments{sourceDir() + u"/app"_s, u"-ts"_s,  copy,        u"-no-obsolete"_s,
                              u"-locations"_s,         u"none"_s, u"-silent"_s};
        if (language == u"en"_s)
            arguments << u"-pluralonly"_s; // English holds only the plural forms
        QProcess lupdate;
        lupdate.start(QStringLiteral(GOPREP_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());

        const QStringList before = TsFile::parse(readAll(original)).keys();
        const QStringList after = TsFile::parse(readAll(copy)).keys();
        QVERIFY2(
            before == after,
            qPrintable(u"%1 is out of step with the code; run ./dev update-translations and translate.\n"
                       "In the code, not in the file:\n  %2\nIn the file, no longer in the code:\n  %3"_s.arg(
                           original, difference(after, before), difference(before, after))));
    }

    void userVisibleLiterals_areMarkedForTranslation() {
        QStringList unmarked;
        int files = 0;
        for (const QString &folder : {u"app/core"_s, u"app/reader"_s, u"app/ui"_s, u"app"_s}) {
            QDirIterator it(sourceDir() + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = QDir(sourceDir()).relativeFilePath(path);
                ++files;
                const auto findings = LiteralScanner::scan(QString::fromUtf8(readAll(path)));
                for (const LiteralScanner::Finding &f : findings) {
                    const bool excepted =
                        std::any_of(kExceptions.cbegin(), kExceptions.cend(), [&](const auto &e) {
                            return e.file == relative && e.literal == f.literal;
                        });
                    if (!excepted)
                        unmarked << u"%1:%2: %3(\"%4\")"_s.arg(relative).arg(f.line).arg(f.call, f.literal);
                }
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(unmarked.isEmpty(),
                 qPrintable(u"User-visible text not marked for translation (wrap it in tr()):\n"_s +
                            unmarked.join(u'\n')));
    }

    // --- The compiled translations. ---

    void compiledTranslations_resolveKeyStrings_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const QByteArray pane = "goprep::ui::FlashcardPane";
        const QByteArray search = "goprep::ui::SearchPopup";
        const QByteArray results = "%n result(s). Enter opens, Esc closes.";
        QTest::newRow("de Again") << u"de"_s << pane << QByteArray("Again") << -1 << u"Nochmal"_s;
        QTest::newRow("de Hard") << u"de"_s << pane << QByteArray("Hard") << -1 << u"Schwer"_s;
        QTest::newRow("de Good") << u"de"_s << pane << QByteArray("Good") << -1 << u"Gut"_s;
        QTest::newRow("de Easy") << u"de"_s << pane << QByteArray("Easy") << -1 << u"Einfach"_s;
        QTest::newRow("de due") << u"de"_s << pane << QByteArray("%n due") << 3 << u"3 fällig"_s;
        QTest::newRow("de results 1")
            << u"de"_s << search << results << 1 << u"1 Treffer. Eingabe öffnet, Esc schließt."_s;
        QTest::newRow("es Again") << u"es"_s << pane << QByteArray("Again") << -1 << u"Otra vez"_s;
        QTest::newRow("es Hard") << u"es"_s << pane << QByteArray("Hard") << -1 << u"Difícil"_s;
        QTest::newRow("es Good") << u"es"_s << pane << QByteArray("Good") << -1 << u"Bien"_s;
        QTest::newRow("es Easy") << u"es"_s << pane << QByteArray("Easy") << -1 << u"Fácil"_s;
        QTest::newRow("es new 1") << u"es"_s << pane << QByteArray("%n new") << 1 << u"1 nueva"_s;
        QTest::newRow("es new 2") << u"es"_s << pane << QByteArray("%n new") << 2 << u"2 nuevas"_s;
        QTest::newRow("uk Again") << u"uk"_s << pane << QByteArray("Again") << -1 << u"Знову"_s;
        QTest::newRow("uk Hard") << u"uk"_s << pane << QByteArray("Hard") << -1 << u"Важко"_s;
        QTest::newRow("uk Good") << u"uk"_s << pane << QByteArray("Good") << -1 << u"Добре"_s;
        QTest::newRow("uk Easy") << u"uk"_s << pane << QByteArray("Easy") << -1 << u"Легко"_s;
        // Ukrainian's three forms: 1, 21 (one); 2-4, 22 (few); 5-20, 11 (many).
        QTest::newRow("uk new 1") << u"uk"_s << pane << QByteArray("%n new") << 1 << u"1 нова"_s;
        QTest::newRow("uk new 21") << u"uk"_s << pane << QByteArray("%n new") << 21 << u"21 нова"_s;
        QTest::newRow("uk new 3") << u"uk"_s << pane << QByteArray("%n new") << 3 << u"3 нові"_s;
        QTest::newRow("uk new 5") << u"uk"_s << pane << QByteArray("%n new") << 5 << u"5 нових"_s;
        QTest::newRow("uk new 11") << u"uk"_s << pane << QByteArray("%n new") << 11 << u"11 нових"_s;
        // English has only its plural forms.
        QTest::newRow("en results 1")
            << u"en"_s << search << results << 1 << u"1 result. Enter opens, Esc closes."_s;
        QTest::newRow("en results 2")
            << u"en"_s << search << results << 2 << u"2 results. Enter opens, Esc closes."_s;
        QTest::newRow("en Again") << u"en"_s << pane << QByteArray("Again") << -1 << u"Again"_s;
    }
    void compiledTranslations_resolveKeyStrings() {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY2(translator.load(u":/i18n/goprep_%1.qm"_s.arg(language)), "not compiled into the binary");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString text =
            QCoreApplication::translate(context.constData(), source.constData(), nullptr, count);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
