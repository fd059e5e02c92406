// SPDX-License-Identifier: GPL-3.0-or-later
// GoPrep: wires the layers together and handles the command line.
#include "appicon.h"
#include "appscheme.h"
#include "appsettings.h"
#include "guide.h"
#include "localization.h"
#include "mainwindow.h"
#include "readerview.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[]) {
    goprep::reader::registerAppScheme();                        // must precede QApplication
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine asks for it before the app
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GoPrep"_s);
    QApplication::setApplicationName(u"goprep"_s);
    QApplication::setApplicationDisplayName(u"GoPrep"_s);
    QApplication::setApplicationVersion(QStringLiteral(GOPREP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(GOPREP_APP_ID));
    QApplication::setWindowIcon(goprep::ui::applicationIcon());

    // The language is a preference in the settings file, and the help text should be in it, so the file's
    // name is looked up before the translated options are made. Reading it writes nothing.
    {
        QCommandLineParser early;
        const QCommandLineOption earlySettingsFile(u"settings-file"_s, QString(), u"file"_s);
        early.addOption(earlySettingsFile);
        early.parse(QCoreApplication::arguments()); // other options are an error here, and do not matter
        const QSettings stored(goprep::core::AppSettings::resolvePath(early.value(earlySettingsFile)),
                               QSettings::IniFormat);
        const QString language = stored.value(QLatin1StringView(goprep::core::keys::language)).toString();
        goprep::core::Localization::install(app, goprep::core::Localization::isOffered(language) ? language
                                                                                                 : QString());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Study companion for a Go interview guide"));
    parser.addHelpOption();
    parser.addVersionOption();
    // The value names show in --help as "--screenshot <file>".
    const QString file = QApplication::translate("main", "file", "value name in --help");
    const QCommandLineOption screenshot(
        u"screenshot"_s, QApplication::translate("main", "Save a PNG of the main window and exit."), file);
    const QCommandLineOption settingsFile(
        u"settings-file"_s, QApplication::translate("main", "Keep progress in this INI file."), file);
    const QCommandLineOption chapter(u"chapter"_s,
                                     QApplication::translate("main", "Open this chapter (ID or ID#section)."),
                                     QApplication::translate("main", "id", "value name in --help"));
    const QCommandLineOption search(
        u"search"_s, QApplication::translate("main", "Open the search (Ctrl+K) with this query."),
        QApplication::translate("main", "query", "value name in --help"));
    // For ./dev bench: print "goprep-marker <event>" on stderr when the window shows and the first chapter
    // has been painted, so start-up is timed from outside the process.
    QCommandLineOption benchMarkers(u"bench-markers"_s, u"Print start-up markers for the benchmark."_s);
    benchMarkers.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, settingsFile, chapter, search, benchMarkers});
    parser.process(app);

    goprep::core::AppSettings settings(parser.value(settingsFile));
    const goprep::core::Guide guide = goprep::core::Guide::loadBuiltIn();
    if (guide.chapters().isEmpty()) {
        std::fprintf(stderr, "goprep: %s\n",
                     qPrintable(QApplication::translate("main", "the built-in guide could not be loaded")));
        return 1;
    }

    goprep::ui::MainWindow window(guide, settings);
    if (parser.isSet(chapter)) {
        if (!window.openLocation(parser.value(chapter))) {
            std::fprintf(stderr, "goprep: %s\n",
                         qPrintable(QApplication::translate("main", "no chapter or section “%1”")
                                        .arg(parser.value(chapter))));
            window.restoreLastLocation();
        }
    } else {
        window.restoreLastLocation();
    }

    if (parser.isSet(search))
        window.showSearch(parser.value(search));

    if (parser.isSet(screenshot)) {
        const QString error = goprep::ui::takeScreenshot(window, parser.value(screenshot));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "goprep: screenshot failed: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    if (parser.isSet(benchMarkers)) {
        QObject::connect(window.reader(), &goprep::reader::ReaderView::chapterShown, &window, [] {
            static bool first = true;
            if (std::exchange(first, false))
                std::fputs("goprep-marker painted\n", stderr);
        });
        QTimer::singleShot(0, &window, [] { std::fputs("goprep-marker window-visible\n", stderr); });
    }
    window.show();
    if (!settings.loadProblem().isEmpty())
        QTimer::singleShot(0, &window,
                           [&] { window.statusBar()->showMessage(settings.loadProblem(), 15000); });
    return app.exec();
}
