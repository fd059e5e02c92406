// SPDX-License-Identifier: GPL-3.0-or-later
// The Flatpak manifest cannot be built here (no runtime, no network), so its structure is checked instead:
// the KDE runtime and QtWebEngine base it needs, the modules it builds, and a sandbox with no network.
#include "blockyaml.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QVersionNumber>

using namespace Qt::StringLiterals;
using goprep::tests::BlockYaml;

namespace {

QString manifestPath() {
    return qEnvironmentVariable("GOPREP_SOURCE_DIR") + u"/packaging/"_s + QStringLiteral(GOPREP_APP_ID) +
           u".yml"_s;
}

QString readText(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QVariantMap findModule(const QVariantList &modules, const QString &name) {
    for (const QVariant &module : modules) {
        if (module.toMap().value(u"name"_s).toString() == name)
            return module.toMap();
    }
    return {};
}

// Everything wrong with a manifest (text as read, directory it lives in), one line per problem.
QStringList manifestProblems(const QString &text, const QString &manifestDir) {
    const BlockYaml::Result parsed = BlockYaml::parse(text);
    if (!parsed.error.isEmpty())
        return {u"not readable: "_s + parsed.error};
    const QVariantMap m = parsed.value.toMap();
    QStringList problems;
    auto expect = [&](const QString &key, const QString &want) {
        if (m.value(key).toString() != want)
            problems << u"%1 is '%2', expected '%3'"_s.arg(key, m.value(key).toString(), want);
    };
    expect(u"id"_s, QStringLiteral(GOPREP_APP_ID));
    expect(u"command"_s, u"goprep"_s);
    expect(u"runtime"_s, u"org.kde.Platform"_s);
    expect(u"sdk"_s, u"org.kde.Sdk"_s);
    expect(u"base"_s, u"io.qt.qtwebengine.BaseApp"_s);
    const QString runtimeVersion = m.value(u"runtime-version"_s).toString();
    if (QVersionNumber::fromString(runtimeVersion) < QVersionNumber(6, 8))
        problems << u"runtime-version '%1' is older than the KDE 6.8 runtime"_s.arg(runtimeVersion);
    expect(u"base-version"_s, runtimeVersion); // the BaseApp is built against one runtime branch

    const QStringList finishArgs = m.value(u"finish-args"_s).toStringList();
    for (const QString &needed :
         {u"--share=ipc"_s, u"--socket=wayland"_s, u"--socket=fallback-x11"_s, u"--device=dri"_s,
          u"--env=QTWEBENGINEPROCESS_PATH=/app/bin/QtWebEngineProcess"_s}) {
        if (!finishArgs.contains(needed))
            problems << u"finish-args lacks %1"_s.arg(needed);
    }
    // GoPrep never touches the network and keeps its data in its own config directory.
    for (const QString &arg : finishArgs) {
        if (arg.startsWith(u"--share=network"_s) || arg.startsWith(u"--filesystem"_s) ||
            arg == u"--socket=x11"_s || arg == u"--socket=session-bus"_s)
            problems << u"finish-args grants %1"_s.arg(arg);
    }
    if (text.contains(u"--share=network"_s))
        problems << u"the manifest mentions --share=network"_s;
    if (!m.value(u"cleanup-commands"_s).toStringList().contains(u"/app/cleanup-BaseApp.sh"_s))
        problems << u"cleanup-commands lacks /app/cleanup-BaseApp.sh"_s;

    const QVariantList modules = m.value(u"modules"_s).toList();
    QStringList names;
    for (const QVariant &module : modules)
        names << module.toMap().value(u"name"_s).toString();
    if (names != QStringList{u"md4c"_s, u"goprep"_s})
        problems << u"modules are [%1], expected [md4c, goprep]"_s.arg(names.join(u", "_s));

    const QVariantMap md4c = findModule(modules, u"md4c"_s);
    const QVariantList md4cSources = md4c.value(u"sources"_s).toList();
    const QVariantMap md4cSource = md4cSources.value(0).toMap();
    if (!md4c.value(u"buildsystem"_s).toString().startsWith(u"cmake"_s))
        problems << u"md4c is not built with CMake"_s;
    if (md4cSources.size() != 1 || md4cSource.value(u"type"_s).toString() != u"git"_s ||
        md4cSource.value(u"url"_s).toString() != u"https://github.com/mity/md4c.git"_s)
        problems << u"md4c does not come from its GitHub repository"_s;
    // The release the native build is tested against (GOPREP_MD4C_VERSION comes from pkg-config).
    const QString tag = u"release-"_s + QStringLiteral(GOPREP_MD4C_VERSION);
    if (md4cSource.value(u"tag"_s).toString() != tag)
        problems << u"md4c tag is '%1', expected '%2'"_s.arg(md4cSource.value(u"tag"_s).toString(), tag);

    const QVariantMap goprep = findModule(modules, u"goprep"_s);
    const QVariantList sources = goprep.value(u"sources"_s).toList();
    const QVariantMap source = sources.value(0).toMap();
    if (goprep.value(u"buildsystem"_s).toString() != u"cmake-ninja"_s)
        problems << u"goprep is not built with cmake-ninja"_s;
    if (!goprep.value(u"config-opts"_s).toStringList().contains(u"-DGOPREP_BUILD_TESTS=OFF"_s))
        problems << u"goprep builds its tests (they need gofmt and a display)"_s;
    const QString sourceDir = QDir(manifestDir).filePath(source.value(u"path"_s).toString());
    if (sources.size() != 1 || source.value(u"type"_s).toString() != u"dir"_s ||
        QDir(sourceDir).canonicalPath() != QDir(qEnvironmentVariable("GOPREP_SOURCE_DIR")).canonicalPath())
        problems << u"goprep's source is not this checkout (%1)"_s.arg(sourceDir);
    return problems;
}

} // namespace

class TestFlatpakManifest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_text = readText(manifestPath());
        QVERIFY2(!m_text.isEmpty(), qPrintable(manifestPath()));
        m_dir = QFileInfo(manifestPath()).absolutePath();
    }

    void blockYaml_readsNestedMappingsAndSequences() {
        const auto result = BlockYaml::parse(u"# comment\n"
                                             "id: a.b.C\n"
                                             "version: '6.8' # trailing comment\n"
                                             "args:\n"
                                             "- --one\n"
                                             "- \"two: quoted\"\n"
                                             "modules:\n"
                                             "  - name: first\n"
                                             "    opts:\n"
                                             "      - -DX=1\n"
                                             "    sources:\n"
                                             "      - type: dir\n"
                                             "        path: ..\n"
                                             "  - name: second\n"
                                             "empty:\n"_s);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QVariantMap m = result.value.toMap();
        QCOMPARE(m.keys(), (QStringList{u"args"_s, u"empty"_s, u"id"_s, u"modules"_s, u"version"_s}));
        QCOMPARE(m.value(u"version"_s).toString(), u"6.8"_s);
        QCOMPARE(m.value(u"args"_s).toStringList(), (QStringList{u"--one"_s, u"two: quoted"_s}));
        const QVariantList modules = m.value(u"modules"_s).toList();
        QCOMPARE(modules.size(), 2);
        const QVariantMap first = modules.at(0).toMap();
        QCOMPARE(first.value(u"opts"_s).toStringList(), QStringList{u"-DX=1"_s});
        QCOMPARE(first.value(u"sources"_s).toList().at(0).toMap().value(u"path"_s).toString(), u".."_s);
        QCOMPARE(modules.at(1).toMap().value(u"name"_s).toString(), u"second"_s);
        QCOMPARE(m.value(u"empty"_s).toString(), QString());
    }

    void blockYaml_rejectsWhatItDoesNotUnderstand_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("flow sequence") << u"args: [a, b]\n"_s << u"line 1: '['"_s;
        QTest::newRow("tab indentation") << u"a:\n\tb: c\n"_s << u"line 2: tab"_s;
        QTest::newRow("anchor") << u"a: &x 1\n"_s << u"line 1: '&'"_s;
        QTest::newRow("block scalar") << u"a: |\n  text\n"_s << u"line 1: '|'"_s;
        QTest::newRow("duplicate key") << u"a: 1\nb: 2\na: 3\n"_s << u"line 3: duplicate key 'a'"_s;
        QTest::newRow("bad indentation")
            << u"a:\n    b: 1\n  c: 2\n"_s << u"line 3: unexpected indentation"_s;
        QTest::newRow("colon in plain scalar") << u"a: b: c\n"_s << u"line 1: a plain scalar"_s;
        QTest::newRow("unterminated quote") << u"a: 'b\n"_s << u"line 1: unterminated"_s;
        QTest::newRow("second document") << u"a: 1\n---\nb: 2\n"_s << u"line 2: only one document"_s;
        QTest::newRow("empty") << u"# nothing\n"_s << u"empty"_s;
    }

    void blockYaml_rejectsWhatItDoesNotUnderstand() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const auto result = BlockYaml::parse(text);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void manifest_buildsMd4cAndGoprepOnTheKdeRuntimeWithoutNetwork() {
        const QStringList problems = manifestProblems(m_text, m_dir);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The check above would catch each of these mistakes.
    void manifestProblems_reportsABrokenManifest_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("problem");
        QTest::newRow("network") << u"  - --share=ipc\n"_s << u"  - --share=ipc\n  - --share=network\n"_s
                                 << u"grants --share=network"_s;
        QTest::newRow("home") << u"  - --device=dri\n"_s << u"  - --device=dri\n  - --filesystem=home\n"_s
                              << u"grants --filesystem=home"_s;
        QTest::newRow("no wayland") << u"  - --socket=wayland\n"_s << QString()
                                    << u"lacks --socket=wayland"_s;
        QTest::newRow("old runtime") << u"runtime-version: '6.8'"_s << u"runtime-version: '6.7'"_s
                                     << u"older than the KDE 6.8 runtime"_s;
        QTest::newRow("base branch") << u"base-version: '6.8'"_s << u"base-version: '6.9'"_s
                                     << u"base-version is '6.9'"_s;
        QTest::newRow("no webengine base")
            << u"base: io.qt.qtwebengine.BaseApp"_s << u"base: other"_s << u"base is 'other'"_s;
        QTest::newRow("md4c tag") << u"tag: release-"_s << u"tag: v"_s << u"md4c tag"_s;
        QTest::newRow("source dir") << u"path: ..\n"_s << u"path: ../..\n"_s << u"not this checkout"_s;
        QTest::newRow("id") << u"id: io.github.goprep.GoPrep"_s << u"id: io.github.goprep.Other"_s
                            << u"id is 'io.github.goprep.Other'"_s;
        QTest::newRow("unreadable") << u"command: goprep"_s << u"command: [goprep]"_s << u"not readable"_s;
    }

    void manifestProblems_reportsABrokenManifest() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, problem);
        QVERIFY2(m_text.contains(from), qPrintable(from));
        QString broken = m_text;
        broken.replace(from, to);
        const QStringList problems = manifestProblems(broken, m_dir);
        QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
    }

private:
    QString m_text;
    QString m_dir;
};

QTEST_GUILESS_MAIN(TestFlatpakManifest)
#include "tst_flatpakmanifest.moc"
