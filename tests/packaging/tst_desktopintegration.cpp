// SPDX-License-Identifier: GPL-3.0-or-later
// What the desktop sees of GoPrep agrees with the program: one version everywhere, the screenshots the
// metainfo promises, and a window icon at every size the icon theme gets.
#include "aboutdialog.h"
#include "appicon.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace goprep;

namespace {

struct Screenshot {
    QUrl url;
    QSize size;
};

struct Metainfo {
    QString error;
    QStringList releaseVersions; // newest first, as AppStream orders them
    QList<Screenshot> screenshots;
    QString launchable;
    QString icon;
};

Metainfo readMetainfo(const QString &path) {
    Metainfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = u"cannot open %1"_s.arg(path);
        return info;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "release"_L1) {
            info.releaseVersions << xml.attributes().value("version"_L1).toString();
        } else if (name == "image"_L1) {
            const QSize size(xml.attributes().value("width"_L1).toInt(),
                             xml.attributes().value("height"_L1).toInt());
            info.screenshots.append({QUrl(xml.readElementText().trimmed()), size});
        } else if (name == "launchable"_L1) {
            info.launchable = xml.readElementText().trimmed();
        } else if (name == "icon"_L1) {
            info.icon = xml.readElementText().trimmed();
        }
    }
    if (xml.hasError())
        info.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return info;
}

} // namespace

class TestDesktopIntegration final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_metainfo = readMetainfo(QStringLiteral(GOPREP_METAINFO_FILE));
        QVERIFY2(m_metainfo.error.isEmpty(), qPrintable(m_metainfo.error));
        m_sourceDir = qEnvironmentVariable("GOPREP_SOURCE_DIR");
        QVERIFY(QFile::exists(m_sourceDir + u"/CMakeLists.txt"_s));
    }

    void releaseVersion_agreesWithVersionOptionAndAboutDialog() {
        QVERIFY(!m_metainfo.releaseVersions.isEmpty());
        const QString release = m_metainfo.releaseVersions.first();

        QProcess goprep;
        goprep.start(QStringLiteral(GOPREP_APP_PATH), {u"--version"_s});
        QVERIFY2(goprep.waitForFinished(60000), qPrintable(goprep.errorString()));
        QCOMPARE(goprep.exitCode(), 0);
        const QString versionOutput = QString::fromUtf8(goprep.readAllStandardOutput()).trimmed();
        const QRegularExpressionMatch option = QRegularExpression(u"^goprep (\\S+)$"_s).match(versionOutput);
        QVERIFY2(option.hasMatch(), qPrintable(versionOutput));

        ui::AboutDialog dialog;
        const auto *text = dialog.findChild<QLabel *>(u"aboutText"_s);
        QVERIFY(text);
        const QRegularExpressionMatch about =
            QRegularExpression(u"<h2>GoPrep ([^<]+)</h2>"_s).match(text->text());
        QVERIFY2(about.hasMatch(), qPrintable(text->text()));

        QCOMPARE(option.captured(1), release);
        QCOMPARE(about.captured(1), release);
    }

    // QtWebEngine starts before the command line is read, unless it asks only for --help or --version. What
    // it then asks of the parser must still print and leave normally: QtWebEngine does not survive exit().
    void commandLine_printsAndLeavesCleanlyOnceQtWebEngineRuns_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"--chapter <id>"_s;
        QTest::newRow("short options together") << QStringList{u"-hv"_s} << 0 << u"goprep "_s;
        QTest::newRow("help after another option")
            << QStringList{u"--chapter"_s, u"generics"_s, u"-h"_s, u"-h"_s} << 0 << u"--chapter <id>"_s;
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << 1 << u"Unknown option 'bogus'"_s;
        QTest::newRow("missing value")
            << QStringList{u"--chapter"_s} << 1 << u"Missing value after '--chapter'"_s;
    }

    void commandLine_printsAndLeavesCleanlyOnceQtWebEngineRuns() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QProcess goprep;
        goprep.start(QStringLiteral(GOPREP_APP_PATH), arguments);
        QVERIFY2(goprep.waitForFinished(60000), qPrintable(goprep.errorString()));
        const QString output =
            QString::fromUtf8(goprep.readAllStandardOutput() + goprep.readAllStandardError());
        QCOMPARE(goprep.exitStatus(), QProcess::NormalExit);
        QCOMPARE(goprep.exitCode(), exitCode);
        QVERIFY2(output.contains(expected), qPrintable(output));
    }

    void screenshots_areCommittedAtTheSizeTheMetainfoDeclares() {
        QVERIFY(m_metainfo.screenshots.size() >= 2);
        for (const Screenshot &shot : std::as_const(m_metainfo.screenshots)) {
            QCOMPARE(shot.url.scheme(), u"https"_s);
            // The URL is the file's place in the repository at the release tag.
            const QString tail = u"/packaging/screenshots/"_s + shot.url.fileName();
            QVERIFY2(shot.url.path().endsWith(tail), qPrintable(shot.url.toString()));
            QVERIFY2(shot.url.path().contains(u"/v"_s + m_metainfo.releaseVersions.value(0) + tail),
                     qPrintable(shot.url.toString()));
            QImageReader image(m_sourceDir + tail);
            QVERIFY2(image.canRead(), qPrintable(image.fileName()));
            QCOMPARE(image.format(), "png");
            QCOMPARE(image.size(), shot.size);
        }
    }

    void launchableAndIcon_nameTheFilesWeInstall() {
        const QString id = QStringLiteral(GOPREP_APP_ID);
        QCOMPARE(m_metainfo.launchable, id + u".desktop"_s);
        QVERIFY(QFile::exists(m_sourceDir + u"/packaging/"_s + m_metainfo.launchable));
        QCOMPARE(m_metainfo.icon, id);
        QVERIFY(QFile::exists(m_sourceDir + u"/packaging/icons/"_s + id + u".svg"_s));
    }

    void applicationIcon_offersEveryRenderedSize() {
        const QIcon icon = ui::applicationIcon();
        QVERIFY(!icon.isNull());
        QList<QSize> rendered;
        for (const QString &size :
             QDir(QStringLiteral(GOPREP_ICON_DIR)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            rendered << QSize(size.toInt(), size.toInt());
        QCOMPARE(rendered.size(), 7);
        for (const QSize &size : std::as_const(rendered)) {
            QVERIFY2(icon.availableSizes().contains(size), qPrintable(u"%1 px"_s.arg(size.width())));
            const QImage image = icon.pixmap(size).toImage();
            QCOMPARE(image.size(), size);
            // Transparent corners, an opaque middle: the drawing, not an empty canvas.
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(image.pixel(size.width() / 2, size.height() / 2)), 255);
        }
    }

private:
    Metainfo m_metainfo;
    QString m_sourceDir;
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
