// SPDX-License-Identifier: GPL-3.0-or-later
// ./dev bench: start-up, memory, rendering, chapter switch and grading, as ratios against a baseline run
// in the same session, because the machines are shared and noisy. Prints a table and writes JSON.
#include "benchsettings.h"

#include "appscheme.h"
#include "appsettings.h"
#include "flashcardpane.h"
#include "guide.h"
#include "mainwindow.h"
#include "markdownrenderer.h"
#include "processmodel.h"
#include "readerprofile.h"
#include "readerview.h"
#include "reviewstore.h"
#include "searchindex.h"
#include "studyqueue.h"

#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace goprep;

namespace {

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

QJsonArray toJson(const QList<double> &values) {
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

// The middle half of the values: on a shared machine, how far a ratio moves from pair to pair tells
// whether a median near a target is a verdict or noise.
QList<double> quartiles(const QList<double> &values) {
    return {percentile(values, 25), percentile(values, 75)};
}

QString ratioWithSpread(const QList<double> &ratios) {
    const QList<double> middle = quartiles(ratios);
    return u"%1, middle half %2-%3"_s.arg(median(ratios), 0, 'f', 2)
        .arg(middle.at(0), 0, 'f', 2)
        .arg(middle.at(1), 0, 'f', 2);
}

void say(const QString &line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// --- Processes: start-up time and proportional set size ---------------------------------------------------

// The /proc directories of a process's threads.
QStringList threadDirs(qint64 pid) {
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    QStringList dirs;
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        dirs << tasks.filePath(task);
    return dirs;
}

QList<qint64> processTree(qint64 pid) {
    QList<qint64> pids{pid};
    for (qsizetype i = 0; i < pids.size(); ++i) {
        for (const QString &thread : threadDirs(pids.at(i))) {
            QFile children(thread + u"/children"_s);
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &child : children.readAll().split(' '))
                if (const qint64 id = child.trimmed().toLongLong(); id > 0 && !pids.contains(id))
                    pids << id;
        }
    }
    return pids;
}

double pssMegabytes(qint64 pid) {
    qint64 kilobytes = 0;
    for (qint64 id : processTree(pid)) {
        QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(id));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : rollup.readAll().split('\n'))
            if (line.startsWith("Pss:"))
                kilobytes += line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return double(kilobytes) / 1024.0;
}

// CPU time every thread of the process tree has run so far (the first field of each thread's schedstat). On
// a machine with few cores start-up is bound by CPU, and this moves less from run to run than wall time.
double cpuMilliseconds(qint64 pid) {
    qint64 nanoseconds = 0;
    for (qint64 id : processTree(pid)) {
        for (const QString &thread : threadDirs(id)) {
            QFile schedstat(thread + u"/schedstat"_s);
            if (schedstat.open(QIODevice::ReadOnly))
                nanoseconds += schedstat.readAll().split(' ').value(0).toLongLong();
        }
    }
    return double(nanoseconds) / 1e6;
}

struct StartupRun {
    double visibleMs = -1;
    double paintedMs = -1;
    double cpuToPaintedMs = -1;
    double pssMb = -1;
};

StartupRun launch(const QString &program, const QStringList &arguments) {
    StartupRun run;
    QProcess process;
    QElapsedTimer clock;
    QEventLoop loop;
    QByteArray pending;
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        pending += process.readAllStandardError();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (line == "goprep-marker window-visible" && run.visibleMs < 0)
                run.visibleMs = double(clock.nsecsElapsed()) / 1e6;
            if (line == "goprep-marker painted" && run.paintedMs < 0) {
                run.paintedMs = double(clock.nsecsElapsed()) / 1e6;
                run.cpuToPaintedMs = cpuMilliseconds(process.processId());
                loop.quit();
            }
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    clock.start();
    process.start(program, arguments);
    loop.exec();
    if (run.paintedMs >= 0) {
        // Memory a few seconds after start-up, once the helper processes have settled.
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        loop.exec();
        run.pssMb = pssMegabytes(process.processId());
    }
    for (qint64 id : processTree(process.processId()))
        ::kill(pid_t(id), SIGKILL);
    process.waitForFinished(5000);
    return run;
}

// --- In-process measurements -----------------------------------------------------------------------------

bool waitForShown(reader::ReaderView *reader, const QString &chapterId, int timeoutMs = 20000) {
    if (reader->isShowing(chapterId))
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    const auto connection =
        QObject::connect(reader, &reader::ReaderView::chapterShown, &loop, [&](const QString &id) {
            if (id == chapterId)
                loop.quit();
        });
    loop.exec();
    QObject::disconnect(connection);
    return reader->isShowing(chapterId);
}

QString cpuModel() {
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray &line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return u"unknown"_s;
}

QString verdict(bool met) {
    return met ? u"met"_s : u"NOT met"_s;
}

} // namespace

int main(int argc, char *argv[]) {
    reader::registerAppScheme();
    reader::ProcessModel::chooseBeforeEngineStarts(); // the reader here runs as in the application
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // Started now, so its flags can be taken back before the programs timed here inherit them: the baseline
    // must run as any QtWebEngine application does, and GoPrep chooses for itself.
    reader::ReaderProfile::profile();
    reader::ProcessModel::restoreEnvironment();
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(u"out"_s, u"Write the results as JSON here."_s, u"file"_s,
                                       u"build/bench/results.json"_s);
    const QCommandLineOption pairsOption(u"pairs"_s, u"Start-up runs per program after a warm-up."_s, u"n"_s,
                                         u"7"_s);
    const QCommandLineOption writeOption(
        u"write-settings"_s, u"Only write the well-used settings file here (for profiling), then exit."_s,
        u"file"_s);
    const QCommandLineOption onlyOption(
        u"only"_s, u"Run only these parts, comma-separated: render, search, startup, switch, grade."_s,
        u"parts"_s);
    parser.addOptions({outOption, pairsOption, writeOption, onlyOption});
    parser.process(app);
    const int pairs = qMax(1, parser.value(pairsOption).toInt());
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    const auto runs = [&only](const QString &part) { return only.isEmpty() || only.contains(part); };

    const core::Guide guide = core::Guide::loadBuiltIn();
    if (parser.isSet(writeOption)) {
        bench::writeWellUsedSettings(parser.value(writeOption), guide, 1000, 10000);
        return 0;
    }
    QTemporaryDir dir;
    const QString emptySettings = dir.filePath(u"empty.ini"_s);
    const QString usedSettings = dir.filePath(u"used.ini"_s);
    bench::writeWellUsedSettings(usedSettings, guide, 1000, 10000);
    QJsonObject results;
    QJsonObject targets;

    // Rendering: Markdown + highlighting of every chapter, cold (cache cleared) and cached. Highlighted here,
    // not taken from what the build prerendered: this is what the build, or a guide from elsewhere, costs.
    if (runs(u"render"_s)) {
        core::MarkdownRenderer renderer(core::MarkdownRenderer::Prerendered::Ignore);
        renderer.render(u"```go\nfunc main() {}\n```"_s); // loads the repository and the Go definition once
        QJsonArray chapters;
        double largestCold = 0, largestCached = 0;
        qsizetype largestSize = 0;
        QString largestId;
        for (const core::Chapter &chapter : guide.chapters()) {
            QList<double> cold, cached;
            for (int i = 0; i < 5; ++i) {
                renderer.clearCache();
                QElapsedTimer t;
                t.start();
                renderer.renderChapter(chapter);
                cold << double(t.nsecsElapsed()) / 1e6;
                t.restart();
                renderer.renderChapter(chapter);
                cached << double(t.nsecsElapsed()) / 1e6;
            }
            chapters.append(QJsonObject{{u"id"_s, chapter.id},
                                        {u"markdownBytes"_s, chapter.markdown.size()},
                                        {u"coldMs"_s, median(cold)},
                                        {u"cachedMs"_s, median(cached)}});
            if (chapter.markdown.size() > largestSize) {
                largestSize = chapter.markdown.size();
                largestId = chapter.id;
                largestCold = median(cold);
                largestCached = median(cached);
            }
        }
        results.insert(u"render"_s, QJsonObject{{u"chapters"_s, chapters},
                                                {u"largestChapter"_s, largestId},
                                                {u"largestColdMs"_s, largestCold},
                                                {u"largestCachedMs"_s, largestCached}});
        targets.insert(u"renderLargestCold<20ms"_s, largestCold < 20);
        targets.insert(u"renderLargestCached<1ms"_s, largestCached < 1);
        say(u"render     largest chapter %1: cold %2 ms, cached %3 ms"_s.arg(largestId)
                .arg(largestCold, 0, 'f', 2)
                .arg(largestCached, 0, 'f', 4));
    }

    // Search: every keystroke of realistic queries typed letter by letter.
    if (runs(u"search"_s)) {
        QElapsedTimer build;
        build.start();
        const core::SearchIndex index(guide);
        const double buildMs = double(build.nsecsElapsed()) / 1e6;
        const QStringList queries = {u"zero value"_s,
                                     u"sync.Mutex"_s,
                                     u"ctx.Done()"_s,
                                     u"errors.As"_s,
                                     u"goroutine leak"_s,
                                     u"GOMAXPROCS"_s,
                                     u"table driven tests"_s,
                                     u"graceful shutdown"_s,
                                     u"nil interface"_s,
                                     u"go test -race"_s,
                                     u"slice capacity append"_s,
                                     u"escape analysis"_s,
                                     u"http middleware timeout"_s,
                                     u"rate limiter"_s,
                                     u"select default"_s,
                                     u"database/sql pool"_s};
        QList<double> keystrokes;
        for (int pass = 0; pass < 3; ++pass) {
            for (const QString &query : queries) {
                for (qsizetype n = 1; n <= query.size(); ++n) {
                    QElapsedTimer t;
                    t.start();
                    const auto hits = index.search(QStringView(query).left(n));
                    const double ms = double(t.nsecsElapsed()) / 1e6;
                    Q_UNUSED(hits);
                    if (pass > 0) // the first pass warms caches
                        keystrokes << ms;
                }
            }
        }
        results.insert(u"search"_s, QJsonObject{{u"keystrokes"_s, keystrokes.size()},
                                                {u"indexBuildMs"_s, buildMs},
                                                {u"p50Ms"_s, median(keystrokes)},
                                                {u"p95Ms"_s, percentile(keystrokes, 95)}});
        targets.insert(u"searchKeystrokeP95<2ms"_s, percentile(keystrokes, 95) < 2);
        say(u"search     per keystroke (%1 keystrokes): p50 %2 ms, p95 %3 ms; index built in %4 ms"_s
                .arg(keystrokes.size())
                .arg(median(keystrokes), 0, 'f', 3)
                .arg(percentile(keystrokes, 95), 0, 'f', 3)
                .arg(buildMs, 0, 'f', 1));
    }

    // Start-up and memory: GoPrep (empty and well-used settings) against the baseline, alternating.
    if (runs(u"startup"_s)) {
        const QString app = QStringLiteral(GOPREP_APP_PATH);
        const QString baseline = QStringLiteral(GOPREP_BASELINE_PATH);
        const auto runApp = [&](const QString &settings) {
            return launch(app, {u"--settings-file"_s, settings, u"--bench-markers"_s});
        };
        runApp(emptySettings); // warm-up: disk cache, fontconfig cache
        launch(baseline, {});
        QList<double> base, empty, used, ratioEmpty, ratioUsed, pssBase, pssEmpty, pssUsed, visibleApp,
            visibleBase, cpuBase, cpuEmpty, cpuUsed;
        for (int i = 0; i < pairs; ++i) {
            const StartupRun a = runApp(emptySettings);
            const StartupRun b = launch(baseline, {});
            const StartupRun c = runApp(usedSettings);
            if (a.paintedMs < 0 || b.paintedMs < 0 || c.paintedMs < 0) {
                say(u"start-up   run %1 did not reach the painted marker; skipped"_s.arg(i + 1));
                continue;
            }
            base << b.paintedMs;
            empty << a.paintedMs;
            used << c.paintedMs;
            visibleApp << a.visibleMs;
            visibleBase << b.visibleMs;
            ratioEmpty << a.paintedMs / b.paintedMs;
            ratioUsed << c.paintedMs / b.paintedMs;
            pssBase << b.pssMb;
            pssEmpty << a.pssMb;
            pssUsed << c.pssMb;
            cpuBase << b.cpuToPaintedMs;
            cpuEmpty << a.cpuToPaintedMs;
            cpuUsed << c.cpuToPaintedMs;
        }
        results.insert(u"startup"_s, QJsonObject{{u"pairs"_s, base.size()},
                                                 {u"baselinePaintedMs"_s, toJson(base)},
                                                 {u"goprepEmptyPaintedMs"_s, toJson(empty)},
                                                 {u"goprepUsedPaintedMs"_s, toJson(used)},
                                                 {u"goprepVisibleMs"_s, toJson(visibleApp)},
                                                 {u"baselineVisibleMs"_s, toJson(visibleBase)},
                                                 {u"medianRatioEmpty"_s, median(ratioEmpty)},
                                                 {u"medianRatioUsed"_s, median(ratioUsed)},
                                                 {u"ratioEmptyQuartiles"_s, toJson(quartiles(ratioEmpty))},
                                                 {u"ratioUsedQuartiles"_s, toJson(quartiles(ratioUsed))},
                                                 {u"baselineCpuToPaintedMs"_s, toJson(cpuBase)},
                                                 {u"goprepEmptyCpuToPaintedMs"_s, toJson(cpuEmpty)},
                                                 {u"goprepUsedCpuToPaintedMs"_s, toJson(cpuUsed)}});
        results.insert(u"memory"_s, QJsonObject{{u"baselinePssMb"_s, median(pssBase)},
                                                {u"goprepEmptyPssMb"_s, median(pssEmpty)},
                                                {u"goprepUsedPssMb"_s, median(pssUsed)}});
        targets.insert(u"startup<=1.15xBaseline"_s, median(ratioUsed) <= 1.15 && median(ratioEmpty) <= 1.15);
        targets.insert(u"pss<=baseline+40MB"_s, median(pssUsed) <= median(pssBase) + 40);
        say(u"start-up   to painted, median of %1 runs: baseline %2 ms, GoPrep empty %3 ms (x%4), "
            "well-used %5 ms (x%6); window visible: baseline %7 ms, GoPrep %8 ms"_s.arg(base.size())
                .arg(median(base), 0, 'f', 0)
                .arg(median(empty), 0, 'f', 0)
                .arg(ratioWithSpread(ratioEmpty))
                .arg(median(used), 0, 'f', 0)
                .arg(ratioWithSpread(ratioUsed))
                .arg(median(visibleBase), 0, 'f', 0)
                .arg(median(visibleApp), 0, 'f', 0));
        say(u"start-up   CPU of the process tree to painted, median: baseline %1 ms, GoPrep empty %2 ms, "
            "well-used %3 ms"_s.arg(median(cpuBase), 0, 'f', 0)
                .arg(median(cpuEmpty), 0, 'f', 0)
                .arg(median(cpuUsed), 0, 'f', 0));
        say(u"memory     PSS of the process tree: baseline %1 MB, GoPrep empty %2 MB, well-used %3 MB"_s
                .arg(median(pssBase), 0, 'f', 1)
                .arg(median(pssEmpty), 0, 'f', 1)
                .arg(median(pssUsed), 0, 'f', 1));
    }

    // Chapter switch: from selecting a chapter to its content painted, for every chapter.
    if (runs(u"switch"_s)) {
        core::AppSettings settings(dir.filePath(u"switch.ini"_s));
        ui::MainWindow window(guide, settings);
        window.resize(1280, 800);
        window.show();
        window.restoreLastLocation();
        waitForShown(window.reader(), guide.chapters().first().id);
        QJsonArray perChapter;
        QList<double> all;
        double worst = 0;
        for (int pass = 0; pass < 2; ++pass) {
            for (const core::Chapter &chapter : guide.chapters()) {
                if (window.reader()->currentChapter() == chapter.id)
                    continue;
                QElapsedTimer t;
                t.start();
                window.openLocation(chapter.id);
                waitForShown(window.reader(), chapter.id);
                const double ms = double(t.nsecsElapsed()) / 1e6;
                all << ms;
                worst = std::max(worst, ms);
                if (pass == 0)
                    perChapter.append(QJsonObject{{u"id"_s, chapter.id}, {u"firstVisitMs"_s, ms}});
            }
        }
        results.insert(u"chapterSwitch"_s, QJsonObject{{u"chapters"_s, perChapter},
                                                       {u"p50Ms"_s, median(all)},
                                                       {u"p95Ms"_s, percentile(all, 95)},
                                                       {u"maxMs"_s, worst}});
        targets.insert(u"chapterSwitch<50ms"_s, worst < 50);
        say(u"switch     chapter to painted: p50 %1 ms, p95 %2 ms, max %3 ms"_s.arg(median(all), 0, 'f', 1)
                .arg(percentile(all, 95), 0, 'f', 1)
                .arg(worst, 0, 'f', 1));
    }

    // Grading: from the grade to the next card shown, with the well-used settings.
    if (runs(u"grade"_s)) {
        core::AppSettings settings(usedSettings);
        ui::MainWindow window(guide, settings);
        window.resize(1280, 800);
        window.show();
        ui::FlashcardPane *pane = window.flashcardPane();
        pane->setDeck(u"all"_s);
        pane->setCram(false);
        QList<double> grades, settle;
        for (int i = 0; i < 60 && !pane->currentCardId().isEmpty(); ++i) {
            pane->showAnswer();
            QApplication::processEvents();
            QElapsedTimer t;
            t.start();
            pane->grade(i % 7 == 0 ? core::Rating::Again : core::Rating::Good);
            pane->repaint();
            grades << double(t.nsecsElapsed()) / 1e6;
            // What the grade left for the event loop (listeners that coalesce their updates), after the
            // paint.
            t.restart();
            QApplication::processEvents();
            settle << double(t.nsecsElapsed()) / 1e6;
        }
        // Where the time goes: the journal append (with its data sync), the settings file catching up (once
        // per pause in answering), and the queue's bookkeeping.
        QList<double> storeMs, saveMs, countsMs;
        core::ReviewStore *store = pane->store();
        store->saveStates();
        for (int i = 0; i < 15; ++i) {
            const QString id = store->log().last().cardId;
            core::ReviewLogEntry entry = store->log().last();
            entry.seq = 0;
            entry.time = entry.time.addSecs(1);
            QElapsedTimer t;
            t.start();
            store->recordReview(entry, store->state(id));
            storeMs << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            store->saveStates();
            saveMs << double(t.nsecsElapsed()) / 1e6;
            store->undoLastReview();
            store->saveStates();
            t.restart();
            pane->queue()->counts();
            countsMs << double(t.nsecsElapsed()) / 1e6;
        }
        QList<double> syncMs;
        {
            QFile::copy(usedSettings, dir.filePath(u"synconly.ini"_s));
            QSettings raw(dir.filePath(u"synconly.ini"_s), QSettings::IniFormat);
            raw.allKeys();
            for (int i = 0; i < 15; ++i) {
                raw.setValue(u"bench/probe"_s, i);
                QElapsedTimer t;
                t.start();
                raw.sync();
                syncMs << double(t.nsecsElapsed()) / 1e6;
            }
        }
        say(u"grade      QSettings::sync alone on that settings file: p50 %1 ms"_s.arg(median(syncMs), 0, 'f',
                                                                                       2));
        say(u"grade      breakdown: journal append+sync p50 %1 ms, settings catch-up (once per pause) p50 %2 "
            u"ms, "
            "queue counts p50 %3 ms; left to the event loop after the paint p50 %4 ms, p95 %5 ms"_s
                .arg(median(storeMs), 0, 'f', 2)
                .arg(median(saveMs), 0, 'f', 2)
                .arg(median(countsMs), 0, 'f', 3)
                .arg(median(settle), 0, 'f', 2)
                .arg(percentile(settle, 95), 0, 'f', 2));
        results.insert(u"grade"_s, QJsonObject{{u"samples"_s, grades.size()},
                                               {u"journalAppendP50Ms"_s, median(storeMs)},
                                               {u"settingsSaveP50Ms"_s, median(saveMs)},
                                               {u"settingsSyncP50Ms"_s, median(syncMs)},
                                               {u"queueCountsP50Ms"_s, median(countsMs)},
                                               {u"afterPaintP50Ms"_s, median(settle)},
                                               {u"afterPaintP95Ms"_s, percentile(settle, 95)},
                                               {u"p50Ms"_s, median(grades)},
                                               {u"p95Ms"_s, percentile(grades, 95)}});
        targets.insert(u"gradeToNext<10ms"_s, percentile(grades, 95) < 10);
        say(u"grade      grade to next card shown (%1 grades, 10,000-entry log): p50 %2 ms, p95 %3 ms"_s
                .arg(grades.size())
                .arg(median(grades), 0, 'f', 2)
                .arg(percentile(grades, 95), 0, 'f', 2));
    }

    results.insert(u"targets"_s, targets);
    results.insert(u"machine"_s, QJsonObject{{u"cpu"_s, cpuModel()},
                                             {u"cores"_s, QThread::idealThreadCount()},
                                             {u"qt"_s, QString::fromLatin1(qVersion())},
                                             {u"kf6SyntaxHighlighting"_s,
                                              QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)}});
    say(u"\ntargets"_s);
    for (auto it = targets.constBegin(); it != targets.constEnd(); ++it)
        say(u"  %1 %2"_s.arg(it.key(), -28).arg(verdict(it.value().toBool())));
    say(u"machine    %1, %2 cores, Qt %3"_s.arg(cpuModel())
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion())));

    const QString out = parser.value(outOption);
    QDir().mkpath(QFileInfo(out).absolutePath());
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    file.write(QJsonDocument(results).toJson());
    say(u"results    %1"_s.arg(QFileInfo(out).absoluteFilePath()));
    return 0;
}
