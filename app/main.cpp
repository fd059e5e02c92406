// SPDX-License-Identifier: GPL-3.0-or-later
// GoPrep: wires the layers together and handles the command line.
#include "appicon.h"
#include "appscheme.h"
#include "appsettings.h"
#include "appstyle.h"
#include "guide.h"
#include "localization.h"
#include "mainwindow.h"
#include "processmodel.h"
#include "readerview.h"
#include "scopedtiming.h"
#include "screenshot.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The options, translated: made after the language is installed.
struct Options {
    // The value names show in --help as "--screenshot <file>".
    QString file = QApplication::translate("main", "file", "value name in --help");
    QCommandLineOption screenshot{
        u"screenshot"_s, QApplication::translate("main", "Save a PNG of the main window and exit."), file};
    QCommandLineOption settingsFile{u"settings-file"_s,
                                    QApplication::translate("main", "Keep progress in this INI file."), file};
    QCommandLineOption chapter{u"chapter"_s,
                               QApplication::translate("main", "Open this chapter (ID or ID#section)."),
                               QApplication::translate("main", "id", "value name in --help")};
    QCommandLineOption search{u"search"_s,
                              QApplication::translate("main", "Open the search (Ctrl+K) with this query."),
                              QApplication::translate("main", "query", "value name in --help")};
    // For ./dev bench: print "goprep-marker <event>" on stderr when the window shows and the first chapter
    // has been painted, so start-up is timed from outside the process.
    QCommandLineOption benchMarkers{u"bench-markers"_s, u"Print start-up markers for the benchmark."_s};

    Options() { benchMarkers.setFlags(QCommandLineOption::HiddenFromHelp); }
    void addTo(QCommandLineParser &parser) const {
        parser.addOptions({screenshot, settingsFile, chapter, search, benchMarkers});
    }
};

// --help and --version print and exit; so does a command line QCommandLineParser refuses, which is not
// looked for here (QtWebEngine is then started for nothing, which does no harm).
bool printsAndLeaves(const QStringList &arguments) {
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"--"_s)
            break;
        for (const QLatin1StringView option :
             {"-h"_L1, "-?"_L1, "--help"_L1, "--help-all"_L1, "-v"_L1, "--version"_L1}) {
            if (argument == option)
                return true;
        }
    }
    return false;
}

void complain(const QString &message) {
    std::fprintf(stderr, "goprep: %s\n", qPrintable(message));
}

// What QCommandLineParser::process() does, without leaving through exit(): a started QtWebEngine does not
// survive that. The exit code, or -1 to go on. For a command line printsAndLeaves() did not see coming
// ("-hv", a mistyped option).
int printAndLeave(QCommandLineParser &parser, const QCommandLineOption &help,
                  const QCommandLineOption &version) {
    if (!parser.parse(QCoreApplication::arguments())) {
        complain(parser.errorText());
        return 1;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    return -1;
}

bool openChapterOption(goprep::ui::MainWindow &window, const QString &location) {
    if (window.openLocation(location))
        return true;
    complain(QApplication::translate("main", "no chapter or section “%1”").arg(location));
    return false;
}

// Runs the event loop for a bounded time, user input held back.
void runEventsFor(int msecs, QEventLoop &loop) {
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

// Each step of the reader page's navigation needs the GUI thread: its request is served here, and the
// response goes on to the page's renderer a moment later. Shown first, the window would hold both up by its
// first paint (10-15 ms). So the event loop runs until the page is served (at most 20 ms), then 3 ms more
// for the response to leave (three runs of 30 alternated pairs: start-up 1-5% shorter; with the renderer in
// this process, 15 pairs: 3.5% shorter than not waiting, 3.7% than not waiting the 3 ms). The window is
// complete, so nothing run here can see it half-built.
void letThePageLoadBeforeShowing(goprep::reader::ReaderView &reader) {
    if (reader.isPageServed())
        return;
    QEventLoop untilServed;
    QObject::connect(&reader, &goprep::reader::ReaderView::pageServed, &untilServed, &QEventLoop::quit);
    runEventsFor(20, untilServed);
    if (reader.isPageServed()) {
        QEventLoop responseLeaves;
        runEventsFor(3, responseLeaves);
    }
}

// The window icon decodes a PNG for each of its sizes (about 1.5 ms); a desktop shell finds the icon through
// the desktop file anyway, so it is set once the first chapter is painted rather than on the way to it (or
// after two seconds, should the page never report).
void setWindowIconAfterFirstPaint(goprep::ui::MainWindow &window) {
    const auto done = std::make_shared<bool>(false);
    const auto setIcon = [done] {
        if (!std::exchange(*done, true))
            QApplication::setWindowIcon(goprep::ui::applicationIcon());
    };
    QObject::connect(window.reader(), &goprep::reader::ReaderView::chapterShown, &window, setIcon,
                     Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    QTimer::singleShot(2000, &window, setIcon);
}

// The command line of a later launch, handed over by SingleInstance: bring the window forward and open what
// it asked for.
void handleLaterLaunch(goprep::ui::MainWindow &window, const QStringList &arguments) {
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        complain(QApplication::translate("main", "ignoring a later launch’s command line: %1")
                     .arg(parser.errorText()));
    } else {
        if (parser.isSet(options.chapter))
            openChapterOption(window, parser.value(options.chapter));
        if (parser.isSet(options.search))
            window.showSearch(parser.value(options.search));
    }
    window.show();
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.raise();
    window.activateWindow();
}

} // namespace

int main(int argc, char *argv[]) {
    goprep::reader::registerAppScheme();                        // must precede QApplication
    goprep::reader::ProcessModel::chooseBeforeEngineStarts();   // so must this
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine asks for it before the app
    QApplication app(argc, argv);
    const goprep::core::ScopedTiming startup("start-up"); // from the application object on
    QApplication::setOrganizationName(u"GoPrep"_s);
    QApplication::setApplicationName(u"goprep"_s);
    QApplication::setApplicationDisplayName(u"GoPrep"_s);
    QApplication::setApplicationVersion(QStringLiteral(GOPREP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(GOPREP_APP_ID));
    goprep::ui::AppStyle::installIfFusion(); // before the first widget

    // QtWebEngine first. Its start and the boot of the page's renderer (a thread of this process, see
    // ProcessModel) are most of the time to the first chapter; the renderer boots on another core while the
    // rest below runs (the language, the single-instance check, the settings, the guide, the window). Only a
    // launch that prints text and leaves has no use for it. A second launch that hands over to the first
    // starts it for nothing; such a launch takes about 95 ms in all (140 ms with helper processes).
    std::unique_ptr<goprep::reader::ReaderView> reader;
    if (!printsAndLeaves(QCoreApplication::arguments()))
        reader = std::make_unique<goprep::reader::ReaderView>();
    goprep::reader::ProcessModel::restoreEnvironment(); // the engine has read it
    startup.mark("reader started");

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

    startup.mark("language");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Study companion for a Go interview guide"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options options;
    options.addTo(parser);
    if (!reader) {
        parser.process(app); // prints the help or the version, or what is wrong, and exits
    } else if (const int exitCode = printAndLeave(parser, help, version); exitCode >= 0) {
        return exitCode;
    }

    // Before anything writes the settings: a second GoPrep on the same file hands its command line to the
    // first and leaves. A screenshot is a one-off rendering that changes no progress, so it runs anyway.
    const QString settingsPath = goprep::core::AppSettings::resolvePath(parser.value(options.settingsFile));
    goprep::ui::SingleInstance instance(settingsPath);
    if (!parser.isSet(options.screenshot)) {
        switch (instance.start(QCoreApplication::arguments())) {
        case goprep::ui::SingleInstance::Role::HandedOver:
            return 0;
        case goprep::ui::SingleInstance::Role::NoAnswer:
            complain(instance.errorString());
            return 1;
        case goprep::ui::SingleInstance::Role::Unguarded:
        case goprep::ui::SingleInstance::Role::Primary:
            break;
        }
    }

    startup.mark("single instance");
    goprep::core::AppSettings settings(settingsPath);
    startup.mark("settings read");
    const goprep::core::Guide guide = goprep::core::Guide::loadBuiltIn();
    startup.mark("guide loaded");
    if (guide.chapters().isEmpty()) {
        complain(QApplication::translate("main", "the built-in guide could not be loaded"));
        return 1;
    }

    goprep::ui::MainWindow window(guide, settings, std::move(reader));
    startup.mark("window built");
    if (!parser.isSet(options.chapter) || !openChapterOption(window, parser.value(options.chapter)))
        window.restoreLastLocation();

    if (parser.isSet(options.search))
        window.showSearch(parser.value(options.search));

    if (parser.isSet(options.screenshot)) {
        const QString error = goprep::ui::takeScreenshot(window, parser.value(options.screenshot));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "goprep: screenshot failed: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    QObject::connect(&instance, &goprep::ui::SingleInstance::argumentsReceived, &window,
                     [&window](const QStringList &arguments) { handleLaterLaunch(window, arguments); });
    QObject::connect(
        window.reader(), &goprep::reader::ReaderView::chapterShown, &window,
        [&startup] { startup.mark("first chapter shown"); }, Qt::SingleShotConnection);
    startup.mark("location restored");

    setWindowIconAfterFirstPaint(window);
    letThePageLoadBeforeShowing(*window.reader());

    if (parser.isSet(options.benchMarkers)) {
        QObject::connect(window.reader(), &goprep::reader::ReaderView::chapterShown, &window, [] {
            static bool first = true;
            if (std::exchange(first, false))
                std::fputs("goprep-marker painted\n", stderr);
        });
        QTimer::singleShot(0, &window, [] { std::fputs("goprep-marker window-visible\n", stderr); });
    }
    window.show();
    startup.mark("window shown");
    return app.exec();
}
