// SPDX-License-Identifier: GPL-3.0-or-later
// Content ids renamed in a new version of the guide (content/renames.txt): progress under the old id follows
// the card, checklist item, chapter or section to its new id, and nothing of it is lost.
#include "appsettings.h"
#include "attemptlog.h"
#include "checklistprogress.h"
#include "guide.h"
#include "readingprogress.h"
#include "reviewjournal.h"
#include "reviewstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace goprep::core;

namespace {

// A card state as ReviewStore stores it, reviewed at `lastMsecs`.
QString cardText(qint64 lastMsecs, int reps) {
    return u"2;3.5;5.1;0;%1;%2;%3;0;0"_s.arg(lastMsecs + 86'400'000).arg(lastMsecs).arg(reps);
}

bool copyTree(const QString &from, const QString &to) {
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

} // namespace

class TestRenames final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Guide m_guide; // the real content plus renames into it

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString content = m_dir.filePath(u"content"_s);
        QVERIFY(copyTree(qEnvironmentVariable("GOPREP_SOURCE_DIR") + u"/content"_s, content));
        QFile renames(content + u"/renames.txt"_s);
        QVERIFY(renames.open(QIODevice::Append));
        renames.write("old-errors-is p04-errors-is   # a card\n"
                      "older-errors-as\told-errors-as\nold-errors-as p04-errors-as # renamed twice\n"
                      "old-both p04-wrap-w-vs-v\n"
                      "check-old-maps check-maps\n"
                      "old-testing testing\nold-table-driven table-driven-tests\n"
                      "task-old-pool task-worker-pool\n");
        renames.close();
        m_guide = Guide::loadFromDirectory(content);
        QVERIFY2(m_guide.problems().isEmpty(), qPrintable(m_guide.problems().join(u'\n')));
        QCOMPARE(m_guide.currentId(u"older-errors-as"_s), u"p04-errors-as"_s);
    }

    void renamedIds_carryTheirProgressToTheNewIds() {
        const QString path = m_dir.filePath(u"renamed.ini"_s);
        const qint64 day = 1'766'966'400'000;
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(u"cards/old-errors-is"_s, cardText(day, 3));
            raw.setValue(u"cards/older-errors-as"_s, cardText(day, 4));
            // Studied under both ids: the more recent state wins.
            raw.setValue(u"cards/old-both"_s, cardText(day + 86'400'000, 7));
            raw.setValue(u"cards/p04-wrap-w-vs-v"_s, cardText(day, 2));
            raw.setValue(u"reviewlog/0000000001"_s, u"old-errors-is;%1;3;0;0;0;0;0;0;;;0;0"_s.arg(day));
            raw.setValue(u"checklist/check-old-maps"_s, u"2025-12-01T10:00:00.000Z"_s);
            raw.setValue(QLatin1StringView(keys::readChapters), QStringList{u"old-testing"_s});
            raw.setValue(u"readingPositions/old-testing/fraction"_s, 0.5);
            raw.setValue(u"readingPositions/old-testing/section"_s, u"old-table-driven"_s);
        }
        {
            AppSettings settings(path);
            ReviewStore store(&settings.settings(), m_guide);
            ChecklistProgress checklist(settings, m_guide);
            ReadingProgress reading(settings, m_guide);
            QVERIFY(store.loadProblems().isEmpty());
            QCOMPARE(store.state(u"p04-errors-is"_s).reps, 3);
            QCOMPARE(store.state(u"p04-errors-as"_s).reps, 4);
            QCOMPARE(store.state(u"p04-wrap-w-vs-v"_s).reps, 7);
            QVERIFY(!store.hasState(u"old-errors-is"_s));
            QCOMPARE(store.log().first().cardId, u"p04-errors-is"_s);
            QVERIFY(checklist.isChecked(u"check-maps"_s));
            QCOMPARE(checklist.checkedAt(u"check-maps"_s),
                     QDateTime(QDate(2025, 12, 1), QTime(10, 0), QTimeZone::UTC));
            QVERIFY(reading.isRead(u"testing"_s));
            QCOMPARE(reading.position(u"testing"_s), 0.5);
            QCOMPARE(reading.positionSection(u"testing"_s), u"table-driven-tests"_s);
            // A reset of the renamed card stays a reset: the old entry is gone, not waiting to come back.
            QVERIFY(store.resetCard(u"p04-errors-is"_s));
        }
        QSettings raw(path, QSettings::IniFormat);
        for (const QString &gone : {u"cards/old-errors-is"_s, u"cards/older-errors-as"_s, u"cards/old-both"_s,
                                    u"checklist/check-old-maps"_s, u"cards/p04-errors-is"_s})
            QVERIFY2(!raw.contains(gone), qPrintable(gone));
        QVERIFY(raw.contains(u"cards/p04-errors-as"_s));
        QVERIFY(raw.contains(u"checklist/check-maps"_s));
        // The log, moved to the journal beside the file, keeps the id the card had when it was answered.
        QVERIFY(!raw.contains(u"reviewlog/0000000001"_s));
        QFile journal(ReviewJournal::pathFor(path));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray lines = journal.readAll();
        QVERIFY2(lines.contains("\ne;1;old-errors-is;"), lines.constData());
        AppSettings settings(path);
        ReviewStore again(&settings.settings(), m_guide);
        QVERIFY(again.state(u"p04-errors-is"_s).isNew());
        QCOMPARE(again.state(u"p04-errors-as"_s).reps, 4);
    }

    void renamedTask_carriesItsAttempts() {
        const QString path = m_dir.filePath(u"attempts.ini"_s);
        const auto attempt = [](const QString &taskId, int day, AttemptRating rating) {
            Attempt a;
            a.taskId = taskId;
            a.startedAt = QDateTime(QDate(2026, 10, day), QTime(9, 0), QTimeZone::UTC);
            a.usedSecs = 1800;
            a.minutes = 45;
            a.rating = rating;
            a.note = u"day %1"_s.arg(day);
            return a;
        };
        const auto stored = [](const Attempt &a) {
            return QString::fromUtf8(QJsonDocument(AttemptLog::toJson(a)).toJson(QJsonDocument::Compact));
        };
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(u"attempts/task-old-pool/01"_s,
                         stored(attempt(u"task-old-pool"_s, 3, AttemptRating::NotYet)));
            raw.setValue(u"attempts/task-old-pool/02"_s, u"{not json"_s); // unreadable: stays, reported
            raw.setValue(u"attempts/task-old-pool/03"_s,
                         stored(attempt(u"task-old-pool"_s, 9, AttemptRating::Solved)));
            raw.setValue(u"attempts/task-worker-pool/01"_s,
                         stored(attempt(u"task-worker-pool"_s, 5, AttemptRating::Partly)));
        }
        const auto checkLoaded = [](const AttemptLog &log) {
            const QList<Attempt> attempts = log.attempts(u"task-worker-pool"_s);
            QCOMPARE(attempts.size(), 3);
            QCOMPARE(attempts.at(0).note, u"day 3"_s); // oldest first, whichever id they were stored under
            QCOMPARE(attempts.at(1).note, u"day 5"_s);
            QCOMPARE(attempts.at(2).note, u"day 9"_s);
            QCOMPARE(log.bestRating(u"task-worker-pool"_s), AttemptRating::Solved);
            QVERIFY(log.attempts(u"task-old-pool"_s).isEmpty());
            QCOMPARE(log.loadProblems().size(), 1);
        };
        {
            AppSettings settings(path);
            AttemptLog log(settings, &m_guide);
            checkLoaded(log);
        }
        {
            QSettings raw(path, QSettings::IniFormat);
            QVERIFY(!raw.contains(u"attempts/task-old-pool/01"_s));
            QVERIFY(!raw.contains(u"attempts/task-old-pool/03"_s));
            QCOMPARE(raw.value(u"attempts/task-old-pool/02"_s).toString(), u"{not json"_s);
        }
        // Loaded again, the moved attempts are found once, under the new id.
        AppSettings settings(path);
        AttemptLog again(settings, &m_guide);
        checkLoaded(again);
    }

    void idsThatDisappear_areKept() {
        const QString path = m_dir.filePath(u"gone.ini"_s);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(u"cards/card-removed-from-the-guide"_s, cardText(1'766'966'400'000, 5));
            raw.setValue(u"checklist/check-removed"_s, u"2025-12-01T10:00:00.000Z"_s);
        }
        {
            AppSettings settings(path);
            ReviewStore store(&settings.settings(), m_guide);
            ChecklistProgress checklist(settings, m_guide);
            QCOMPARE(store.state(u"card-removed-from-the-guide"_s).reps, 5);
            checklist.setChecked(u"check-maps"_s, true, QDateTime::currentDateTimeUtc());
            QVERIFY(store.setSuspended(u"p04-errors-is"_s, true));
        }
        QSettings raw(path, QSettings::IniFormat);
        QVERIFY(raw.contains(u"cards/card-removed-from-the-guide"_s));
        QVERIFY(raw.contains(u"checklist/check-removed"_s));
    }

    void renameCycle_isAContentProblem() {
        QTemporaryDir dir;
        QVERIFY(copyTree(qEnvironmentVariable("GOPREP_SOURCE_DIR") + u"/content"_s, dir.path()));
        QFile renames(dir.filePath(u"renames.txt"_s));
        QVERIFY(renames.open(QIODevice::Append));
        renames.write("a-id b-id\nb-id a-id\nthree words here\n");
        renames.close();
        const Guide guide = Guide::loadFromDirectory(dir.path());
        QCOMPARE(guide.problems().size(), 3); // two ids in the cycle and the malformed line
    }
};

QTEST_GUILESS_MAIN(TestRenames)
#include "tst_renames.moc"
