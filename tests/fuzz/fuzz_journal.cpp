// SPDX-License-Identifier: GPL-3.0-or-later
// The review journal as whatever bytes a crash, a sync tool or an editor could leave beside the settings
// file. Oracle: loading never crashes; an answer and an undo are stored; what was written reads back exactly
// (the same log and card states), with no new problem, both with the settings file caught up and without it.
#include "appsettings.h"
#include "fsrs.h"
#include "fuzzsupport.h"
#include "guide.h"
#include "reviewcodec.h"
#include "reviewjournal.h"
#include "reviewstore.h"
#include "studyqueue.h"

#include <QFile>

#include <QTimeZone>

#include <cstdint>

using namespace Qt::StringLiterals;
using namespace goprep::core;
using namespace goprep::fuzz;

namespace {

const QDateTime now(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);

// Loads a store as a fresh start of the app would, and checks it against what the writer had in memory.
void expectSame(const QString &iniPath, const ReviewStore &written, qsizetype problems, const Guide &guide,
                const char *when) {
    QSettings settings(iniPath, QSettings::IniFormat);
    const ReviewStore read(&settings, guide);
    if (read.loadProblems().size() > problems)
        fail(when, u"writing made lines unreadable: "_s + read.loadProblems().join(u'\n'));
    if (read.log() != written.log())
        fail(when, u"the log read back differs from the one written"_s);
    if (read.allStates() != written.allStates())
        fail(when, u"the card states read back differ from the ones written"_s);
}

// The highest sequence number of any line of the input, readable or not, as the store reserves them.
qint64 highestSeq(const uint8_t *data, size_t size) {
    qint64 highest = 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView fields[3];
        qint64 seq = 0;
        if (reviewcodec::split(bytes.sliced(start, end - start), fields, 2) >= 2 &&
            reviewcodec::parseSeq(fields[1], seq))
            highest = std::max(highest, seq);
        start = end + 1;
    }
    return highest;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    goprep::fuzz::initializeQuietly(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const Guide guide = Guide::loadBuiltIn();
    static const QStringList deck = [] {
        QStringList ids;
        for (int i = 0; i < 5 && i < guide.cards().size(); ++i)
            ids << guide.cards().at(i).id;
        return ids;
    }();
    const QString iniPath = freshPath(u"progress"_s, u"ini"_s);
    const QString journalPath = ReviewJournal::pathFor(iniPath);
    writeInput(journalPath, data, size);
    {
        QSettings settings(iniPath, QSettings::IniFormat);
        ReviewStore store(&settings, guide);
        const qsizetype problems = store.loadProblems().size();
        FsrsScheduler scheduler;
        StudyQueue queue(deck, &store, &scheduler, [] { return now; });
        (void)queue.counts();
        if (queue.nextCard()) {
            const qsizetype before = store.log().size();
            const bool graded = queue.grade(Rating::Good) && queue.grade(Rating::Again) && queue.undo();
            // The one refusal allowed: a line in the input took the numbers up to the last one there is.
            if (!graded && highestSeq(data, size) < reviewcodec::maxSeq - 2)
                fail("a card was offered but its answer or undo could not be saved", journalPath);
            if (graded && store.log().size() != before + 1)
                fail("the log lost or gained an entry", journalPath);
        }
        // Killed now: the settings file has not caught up, the journal has everything.
        if (QFile::exists(journalPath)) {
            QFile::remove(iniPath + u".killed.ini"_s);
            QFile::copy(journalPath, ReviewJournal::pathFor(iniPath + u".killed.ini"_s));
            QSettings killed(iniPath + u".killed.ini"_s, QSettings::IniFormat);
            for (const QString &key : settings.allKeys())
                killed.setValue(key, settings.value(key));
            killed.sync();
        }
        expectSame(iniPath + u".killed.ini"_s, store, problems, guide, "after a kill");
        store.saveStates();
        expectSame(iniPath, store, problems, guide, "after a save");
    }
    clearScratch(); // the files of this input, kept copies and QSettings' lock files
    return 0;
}
