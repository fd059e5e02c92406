// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for GoPrep that makes progress changes through the same classes the app uses (goprep_core only),
// so tst_durability can kill it with SIGKILL and check that nothing reported as done was lost.
//
//   goprep-durability-driver SETTINGS KIND N    one change, prints "done ...", then waits to be killed
//   goprep-durability-driver SETTINGS loop N    changes of every kind, "done ..." after each, until killed
//
// KIND is grade (the next card of the whole deck, through StudyQueue), check (toggles checklist item N),
// position (a reading position derived from N) or setting (a study limit derived from N). Before any change
// it prints "loaded log=L checked=C problems=P", what a restarted GoPrep would find.
#include "appsettings.h"
#include "attemptlog.h"
#include "checklistprogress.h"
#include "fsrs.h"
#include "guide.h"
#include "readingprogress.h"
#include "reviewstore.h"
#include "studyqueue.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace goprep::core;

namespace {

void say(const QString &line) {
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout); // the test acts on this line at once
}

struct Progress {
    AppSettings &settings;
    const Guide &guide;
    ReviewStore store{&settings.settings(), guide};
    ChecklistProgress checklist{settings, guide};
    ReadingProgress reading{settings, guide};
    AttemptLog attempts{settings};
    FsrsScheduler scheduler;
    QStringList deck;

    Progress(AppSettings &s, const Guide &g)
        : settings(s)
        , guide(g) {
        for (const Card &card : guide.cards())
            deck << card.id;
    }

    int checkedCount() const {
        int count = 0;
        for (const ChecklistItem &item : guide.checklist())
            count += checklist.isChecked(item.id) ? 1 : 0;
        return count;
    }

    // Each returns the "done" line, or an empty string when the change could not be made.
    QString grade() {
        StudyQueue queue(deck, &store, &scheduler, [] { return QDateTime::currentDateTimeUtc(); });
        queue.setNewCardsPerDay(100'000);
        queue.setReviewsPerDay(100'000);
        const auto card = queue.nextCard();
        if (!card || !queue.grade(Rating::Good))
            return {};
        return u"done grade %1 %2"_s.arg(*card).arg(store.log().last().seq);
    }

    QString check(int n) {
        const ChecklistItem &item = guide.checklist().at(n % guide.checklist().size());
        const bool checked = !checklist.isChecked(item.id);
        checklist.setChecked(item.id, checked, QDateTime::currentDateTimeUtc());
        return u"done check %1 %2"_s.arg(item.id).arg(checked ? 1 : 0);
    }

    QString position(int n) {
        const Chapter &chapter = guide.chapters().at(n % guide.chapters().size());
        const double fraction = double(n % 997) / 997.0;
        const QString section = chapter.sections.at(n % chapter.sections.size()).id;
        reading.setPosition(chapter.id, fraction, section);
        return u"done position %1 %2 %3"_s.arg(chapter.id, QString::number(fraction, 'g', 17), section);
    }

    QString setting(int n) {
        const int limit = 100 + n;
        settings.setValue(keys::reviewsPerDay, limit);
        return u"done setting %1"_s.arg(limit);
    }

    QString attempt(int n) {
        Attempt a;
        a.taskId = guide.tasks().at(n % guide.tasks().size()).id;
        a.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        a.usedSecs = 600;
        a.minutes = 45;
        a.rating = AttemptRating::Partly;
        a.note = u"attempt %1"_s.arg(n);
        if (!attempts.append(a))
            return {};
        return u"done attempt %1 %2"_s.arg(a.taskId).arg(n);
    }

    QString change(const QString &kind, int n) {
        if (kind == u"grade"_s)
            return grade();
        if (kind == u"check"_s)
            return check(n);
        if (kind == u"position"_s)
            return position(n);
        if (kind == u"setting"_s)
            return setting(n);
        if (kind == u"attempt"_s)
            return attempt(n);
        return {};
    }
};

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool numberOk = false;
    const int n = args.value(3).toInt(&numberOk);
    if (args.size() != 4 || !numberOk || n < 0) {
        std::fputs("usage: goprep-durability-driver SETTINGS grade|check|position|setting|attempt|loop N\n",
                   stderr);
        return 2;
    }
    const QString kind = args.at(2);
    const Guide guide = Guide::loadBuiltIn();
    AppSettings settings(args.at(1));
    Progress progress(settings, guide);
    say(u"loaded log=%1 checked=%2 attempts=%3 problems=%4"_s.arg(progress.store.log().size())
            .arg(progress.checkedCount())
            .arg(progress.attempts.all().size())
            .arg(progress.store.loadProblems().size() + progress.attempts.loadProblems().size() +
                 (settings.loadProblem().isEmpty() ? 0 : 1)));

    if (kind == u"loop"_s) {
        static const QStringList kinds{u"grade"_s, u"check"_s, u"position"_s, u"setting"_s, u"attempt"_s};
        for (int i = n;; ++i) {
            const QString done = progress.change(kinds.at(i % kinds.size()), i);
            if (done.isEmpty())
                return 1;
            say(done);
        }
    }
    const QString done = progress.change(kind, n);
    if (done.isEmpty()) {
        say(u"failed"_s);
        return 1;
    }
    say(done);
    // Wait to be killed: a normal exit would run the destructors and sync again, hiding a missing sync. A
    // driver the test forgot is gone after a minute, still without running any destructor.
    QTimer::singleShot(60'000, [] { std::_Exit(3); });
    return app.exec();
}
