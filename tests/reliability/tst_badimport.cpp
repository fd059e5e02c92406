// SPDX-License-Identifier: GPL-3.0-or-later
// Progress files (Preferences ▸ Data ▸ Import) that are not what GoPrep writes: each is refused with one line
// for the user, however hostile its keys, and nothing else happens. Covers every input of the fuzz corpus
// (tests/fuzz/corpus/archive), including what fuzz_archive once found.
#include "progressarchive.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using goprep::core::ProgressArchive;

class TestBadImport final : public QObject {
    Q_OBJECT

    static QByteArray withCards(const QJsonObject &cards) {
        return QJsonDocument(QJsonObject{{u"format"_s, u"goprep-progress"_s},
                                         {u"version"_s, 1},
                                         {u"settingsVersion"_s, 1},
                                         {u"exportedAt"_s, u"2026-01-05T12:00:00.000Z"_s},
                                         {u"reading"_s, QJsonObject{}},
                                         {u"cards"_s, cards}})
            .toJson();
    }

private Q_SLOTS:
    void corpusFile_isAcceptedOrRefusedInOneLine_data() {
        QTest::addColumn<QString>("path");
        QDirIterator it(qEnvironmentVariable("GOPREP_SOURCE_DIR") + u"/tests/fuzz/corpus/archive"_s,
                        QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(it.fileName())) << path;
        }
    }

    void corpusFile_isAcceptedOrRefusedInOneLine() {
        QFETCH(QString, path);
        QString error;
        const auto data = ProgressArchive::read(path, &error);
        if (!data) {
            QVERIFY(!error.isEmpty());
            QVERIFY2(!error.contains(u'\n') && !error.contains(u'\r'), qPrintable(error));
            QVERIFY2(error.size() < 1000, qPrintable(error.left(200)));
        }
    }

    void hostileKey_isQuotedOnOneLineAndShort_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("line break") << u"p04-error\ns-is"_s;
        QTest::newRow("carriage return") << u"a\rb"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s;
        QTest::newRow("control") << u"a\u0007b"_s;
        QTest::newRow("huge") << QString(100'000, u'k');
    }

    void hostileKey_isQuotedOnOneLineAndShort() {
        QFETCH(QString, key);
        const QJsonObject badState{{u"phase"_s, u"sideways"_s}};
        QString error;
        QVERIFY(!ProgressArchive::fromJson(withCards(QJsonObject{{key, badState}}), &error));
        QVERIFY2(!error.isEmpty(), "refused without a reason");
        for (const QChar c : error)
            QVERIFY2(c.category() != QChar::Other_Control && c != QChar::LineSeparator, qPrintable(error));
        QVERIFY2(error.size() < 1000, qPrintable(error.left(200)));
    }
};

QTEST_GUILESS_MAIN(TestBadImport)
#include "tst_badimport.moc"
