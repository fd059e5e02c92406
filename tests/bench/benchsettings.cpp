// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsettings.h"

#include "appsettings.h"
#include "fsrs.h"
#include "guide.h"
#include "reviewcodec.h"
#include "reviewjournal.h"
#include "reviewstore.h"

#include <QFile>
#include <QSettings>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace goprep::bench {

void writeWellUsedSettings(const QString &path, const core::Guide &guide, int cards, int reviews) {
    QFile::remove(path);
    QFile::remove(core::ReviewJournal::pathFor(path));
    {
        // Written as a file of an earlier version (the whole log in the settings file), then opened once
        // below, which moves the log into the journal as it would for a user: fast, and the move is exercised
        // too.
        QSettings out(path, QSettings::IniFormat);
        core::SchedulerSettings schedulerSettings;
        schedulerSettings.enableFuzz = true;
        const core::FsrsScheduler scheduler(schedulerSettings);
        QStringList ids;
        for (const core::Card &card : guide.cards())
            ids << card.id;
        for (int i = int(ids.size()); i < cards; ++i)
            ids << u"removed-card-%1"_s.arg(i); // cards no longer in the guide are kept too
        ids = ids.mid(0, cards);
        const int perCard = qMax(1, reviews / qMax(1, cards));
        // Two years of history before the benchmark's day; every answer is dated in the past.
        const QDateTime start(QDate(2024, 1, 8), QTime(8, 0), QTimeZone::UTC);
        int written = 0;
        for (qsizetype c = 0; c < ids.size(); ++c) {
            core::CardState state;
            QDateTime now = start.addSecs(c * 37);
            for (int r = 0; r < perCard && written < reviews; ++r, ++written) {
                // Mostly Good, sometimes Again or Easy, deterministic.
                const int roll = int((c * 31 + r * 17) % 20);
                const core::Rating rating = roll == 0   ? core::Rating::Again
                                            : roll == 1 ? core::Rating::Hard
                                            : roll == 2 ? core::Rating::Easy
                                                        : core::Rating::Good;
                const core::CardState after = scheduler.review(ids.at(c), state, rating, now);
                core::ReviewLogEntry entry;
                entry.cardId = ids.at(c);
                entry.time = now;
                entry.rating = rating;
                entry.before = state;
                entry.elapsedDays =
                    state.lastReview.isValid() ? core::FsrsScheduler::elapsedDays(state.lastReview, now) : 0;
                entry.scheduledDays = after.lastReview.isValid() ? after.lastReview.daysTo(after.due) : 0;
                out.setValue(u"reviewlog/%1"_s.arg(qint64(written) + 1, 10, 10, QChar(u'0')),
                             QString::fromUtf8(core::reviewcodec::encodeEntry(entry)));
                state = after;
                // Reviewed when due, or early once intervals grow long, so each card gets its share of the
                // log and the history stays within two years.
                now = after.due.isValid() ? std::min(after.due, now.addDays(60)) : now.addDays(1);
            }
            if (state != core::CardState{})
                out.setValue(u"cards/"_s + ids.at(c),
                             QString::fromUtf8(core::reviewcodec::encodeState(state)));
        }
        QStringList read;
        for (const core::Chapter &chapter : guide.chapters().mid(0, 12))
            read << chapter.id;
        out.setValue(QLatin1StringView(core::keys::readChapters), read);
        out.setValue(QLatin1StringView(core::keys::lastChapter), u"language-fundamentals"_s);
        // As GoPrep leaves it, so opening it writes nothing.
        out.setValue(QLatin1StringView(core::keys::settingsVersion), core::AppSettings::currentVersion);
        out.sync();
    }
    QSettings settings(path, QSettings::IniFormat);
    const core::ReviewStore store(&settings);
    Q_ASSERT(store.loadProblems().isEmpty());
}

} // namespace goprep::bench
