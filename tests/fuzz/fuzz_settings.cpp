// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as the settings file, loaded as the app loads it (AppSettings, ReviewStore,
// ReadingProgress, ChecklistProgress, AttemptLog, StudySettings, ActivityLog, PracticeSession) and then used:
// the study queue is built and asked for a card, reading positions and ticks are read, and one answer is
// saved into the file. Afterwards the file must read cleanly: whatever GoPrep writes, it can read back
// without a problem.
#include "activitylog.h"
#include "appsettings.h"
#include "attemptlog.h"
#include "checklistprogress.h"
#include "fsrs.h"
#include "fuzzsupport.h"
#include "guide.h"
#include "practicesession.h"
#include "readingprogress.h"
#include "reviewstore.h"
#include "studyqueue.h"
#include "studysettings.h"

#include <QFile>

#include <QTimeZone>

#include <cstdint>

using namespace Qt::StringLiterals;
using namespace goprep::core;
using namespace goprep::fuzz;

namespace {

const QDateTime now(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);

// The attempt each run saves, and looks for after reading the file again.
Attempt fuzzAttempt(const Guide &guide) {
    Attempt attempt;
    attempt.taskId = guide.tasks().first().id;
    attempt.startedAt = now;
    attempt.minutes = 45;
    attempt.note = u"fuzz"_s;
    return attempt;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    goprep::fuzz::initializeQuietly(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const Guide guide = Guide::loadBuiltIn();
    static QStringList deck = [] {
        QStringList ids;
        for (const Card &card : guide.cards())
            ids << card.id;
        return ids;
    }();
    const QString path = freshPath(u"settings"_s, u"ini"_s);
    writeInput(path, data, size);
    qsizetype problems = 0;
    qsizetype attemptProblems = 0;
    qint64 answer = 0;
    qsizetype savedAttempts = 0; // attempts like the one saved below, before and after
    {
        AppSettings settings(path);
        ReviewStore store(&settings.settings(), guide);
        ReadingProgress reading(settings, guide);
        ChecklistProgress checklist(settings, guide);
        AttemptLog attempts(settings, &guide);
        const StudySettings study = StudySettings::read(settings);
        ActivityLog activity(settings, study.dayStartHour);
        PracticeSession practice(settings, [] { return now; });
        (void)practice.loadProblem();
        (void)attempts.all();

        FsrsScheduler scheduler(study.scheduler);
        StudyQueue queue(deck, &store, &scheduler, [] { return now; });
        queue.setNewCardsPerDay(study.newCardsPerDay);
        queue.setReviewsPerDay(study.reviewsPerDay);
        queue.setDayStartHour(study.dayStartHour);
        (void)queue.counts();
        (void)queue.nextDueTime();
        for (const Chapter &chapter : guide.chapters()) {
            const double position = reading.position(chapter.id);
            if (!(position >= 0.0 && position <= 1.0))
                fail("position out of range", chapter.id);
            (void)reading.chapterPercent(chapter.id);
            (void)reading.positionSection(chapter.id);
        }
        (void)reading.lastChapter();
        for (const ChecklistItem &item : guide.checklist())
            (void)checklist.checkedAt(item.id);
        for (auto it = store.allStates().cbegin(); it != store.allStates().cend(); ++it)
            (void)scheduler.preview(it.key(), it.value(), now);
        problems = store.loadProblems().size();
        if (queue.nextCard()) {
            if (!queue.grade(Rating::Good))
                fail("a card was offered but its answer could not be saved", path);
            answer = store.log().last().seq;
        }
        checklist.setChecked(guide.checklist().first().id, true, now);
        const Attempt attempt = fuzzAttempt(guide);
        savedAttempts = attempts.attempts(attempt.taskId).count(attempt);
        if (!attempts.append(attempt))
            fail("an attempt could not be saved", path);
        attemptProblems = attempts.loadProblems().size();
    }
    {
        // What GoPrep wrote, it reads back: no damage found, no new problem, the answer and the tick there.
        AppSettings settings(path);
        ReviewStore store(&settings.settings(), guide);
        ChecklistProgress checklist(settings, guide);
        if (!settings.keptCopy().isEmpty()) {
            QFile written(settings.keptCopy());
            written.open(QIODevice::ReadOnly);
            QByteArray text = written.readAll();
            for (char &c : text)
                c = (c >= 0x20 && c < 0x7f) || c == '\n' ? c : '?';
            fail("GoPrep could not read its own file", QString::fromLatin1(text));
        }
        if (store.loadProblems().size() > problems)
            fail("writing made values unreadable", store.loadProblems().join(u'\n'));
        if (answer != 0 && (store.log().isEmpty() || store.log().last().seq != answer))
            fail("the answer saved above is missing", path);
        if (!checklist.isChecked(guide.checklist().first().id))
            fail("the tick saved above is missing", path);
        AttemptLog attempts(settings, &guide);
        if (attempts.loadProblems().size() > attemptProblems)
            fail("writing made attempts unreadable", attempts.loadProblems().join(u'\n'));
        // Listed by start time, so a stored attempt dated later may come after it.
        const Attempt saved = fuzzAttempt(guide);
        if (attempts.attempts(saved.taskId).count(saved) != savedAttempts + 1)
            fail("the attempt saved above is missing", path);
    }
    clearScratch(); // the files of this input, kept copies and QSettings' lock files
    return 0;
}
