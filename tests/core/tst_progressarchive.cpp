// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylog.h"
#include "appsettings.h"
#include "attemptlog.h"
#include "checklistprogress.h"
#include "fsrs.h"
#include "guide.h"
#include "progressarchive.h"
#include "readingprogress.h"
#include "reviewjournal.h"
#include "reviewstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace goprep::core;
using Data = ProgressArchive::Data;
using Mode = ProgressArchive::Mode;

namespace {

QDateTime utc(int day, int hour, int minute = 0) {
    return QDateTime(QDate(2025, 3, day), QTime(hour, minute), QTimeZone::utc());
}

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Answers `cardId` with each rating in turn, a day after the previous due time, as the reviewer would.
void review(ReviewStore &store, const QString &cardId, const QList<Rating> &ratings, QDateTime now) {
    const FsrsScheduler scheduler;
    CardState state = store.state(cardId);
    for (Rating rating : ratings) {
        const CardState after = scheduler.review(cardId, state, rating, now);
        ReviewLogEntry entry;
        entry.cardId = cardId;
        entry.time = now;
        entry.rating = rating;
        entry.before = state;
        entry.elapsedDays =
            state.lastReview.isValid() ? FsrsScheduler::elapsedDays(state.lastReview, now) : 0;
        entry.scheduledDays = FsrsScheduler::elapsedDays(now, after.due);
        QVERIFY(store.recordReview(entry, after) > 0);
        state = after;
        now = after.due.addSecs(3600);
    }
}

} // namespace

class TestProgressArchive final : public QObject {
    Q_OBJECT
    Guide m_guide;
    QTemporaryDir m_dir;
    QByteArray m_validJson;  // a complete export, mutated by the malformed-file rows
    QString m_populatedFile; // the settings file it was exported from
    int m_fileCounter = 0;

    QString freshPath(const QString &stem) {
        QDir().mkpath(m_dir.filePath(QString::number(++m_fileCounter)));
        return m_dir.filePath(QString::number(m_fileCounter) + u'/' + stem + u".ini"_s);
    }
    static ProgressArchive::Clock fixedClock(const QDateTime &time = utc(14, 9, 15)) {
        return [time] { return time; };
    }

    // Progress of every kind, preferences and a group this GoPrep has no typed section for.
    void populate(AppSettings &settings, int variant) {
        ReadingProgress reading(settings, m_guide);
        const Chapter &chapter = m_guide.chapters().at(2 + variant);
        reading.setRead(chapter.id, true);
        reading.markSectionSeen(m_guide.chapters().at(4).sections.at(1).id);
        reading.setPosition(m_guide.chapters().at(5).id, 0.25 + 0.1 * variant,
                            m_guide.chapters().at(5).sections.last().id);
        reading.setLastChapter(m_guide.chapters().at(5).id);

        ChecklistProgress checklist(settings);
        checklist.setChecked(m_guide.checklist().at(variant).id, true, utc(3 + variant, 20, 30));

        ReviewStore store(&settings.settings());
        review(store, m_guide.cards().at(variant).id,
               {Rating::Good, Rating::Good, Rating::Again, Rating::Easy}, utc(1, 8));
        review(store, m_guide.cards().at(5 + variant).id, {Rating::Easy}, utc(2, 9));
        review(store, u"card-from-the-future"_s, {Rating::Hard, Rating::Good}, utc(1, 7));
        QVERIFY(store.setSuspended(m_guide.cards().at(5 + variant).id, true));

        AttemptLog attempts(settings);
        Attempt attempt;
        attempt.taskId = m_guide.tasks().at(variant).id;
        attempt.startedAt = utc(6 + variant, 19);
        attempt.usedSecs = 2400 + variant;
        attempt.minutes = 45;
        attempt.rating = AttemptRating::Partly;
        attempt.note = u"<script>alert(1)</script> forgot the context"_s;
        attempt.requirementsDone = {0, 2};
        QVERIFY(attempts.append(attempt));
        attempt.startedAt = utc(8 + variant, 7);
        attempt.rating = AttemptRating::Solved;
        attempt.note.clear();
        QVERIFY(attempts.append(attempt));
        ActivityLog activity(settings, 4);
        activity.markActive(utc(3 + variant, 20, 30));
        activity.markActive(utc(5, 12));
        // A running attempt belongs to this machine; a group this GoPrep does not know is progress.
        settings.setValue(keys::practiceTask, m_guide.tasks().at(variant).id);
        settings.settings().setValue(u"future/notes"_s, QStringList{u"first try"_s, u"second, better"_s});
        settings.settings().setValue(u"future/flag-%1"_s.arg(variant + 1), u"2025-03-02T10:00:00Z"_s);
        settings.setValue(keys::colorScheme, variant == 0 ? u"dark"_s : u"light"_s);
        settings.setValue(keys::desiredRetention, variant == 0 ? 0.85 : 0.9);
        settings.setValue(keys::windowGeometry, QByteArray("\x01\x02\x03", 3));
    }

    QString exportOf(AppSettings &settings) {
        const QString path = m_dir.filePath(u"export-%1.json"_s.arg(++m_fileCounter));
        ProgressArchive archive(settings, fixedClock());
        const QString error = archive.exportTo(path);
        return error.isEmpty() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_guide = Guide::loadBuiltIn();
        QVERIFY(m_guide.cards().size() > 10);
        m_populatedFile = freshPath(u"valid"_s);
        AppSettings settings(m_populatedFile);
        populate(settings, 0);
        m_validJson = fileBytes(exportOf(settings));
        QVERIFY(!m_validJson.isEmpty());
    }

    void export_isVersionedJsonWithEveryKindOfProgress() {
        const QJsonObject root = QJsonDocument::fromJson(m_validJson).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"goprep-progress"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QCOMPARE(root.value(u"exportedAt"_s).toString(), u"2025-03-14T09:15:00.000Z"_s);
        QCOMPARE(root.value(u"settingsVersion"_s).toInt(), AppSettings::currentVersion);
        const QJsonObject reading = root.value(u"reading"_s).toObject();
        QCOMPARE(reading.value(u"readChapters"_s).toArray().size(), 1);
        QCOMPARE(reading.value(u"seenSections"_s).toArray().size(), 1);
        QCOMPARE(reading.value(u"lastChapter"_s).toString(), m_guide.chapters().at(5).id);
        QCOMPARE(reading.value(u"positions"_s).toObject().size(), 1);
        const QJsonObject cards = root.value(u"cards"_s).toObject();
        QCOMPARE(cards.size(), 3);
        QVERIFY(cards.contains(u"card-from-the-future"_s));
        QCOMPARE(cards.value(m_guide.cards().at(5).id).toObject().value(u"suspended"_s).toBool(), true);
        QCOMPARE(root.value(u"reviewLog"_s).toArray().size(), 4 + 1 + 2);
        QCOMPARE(root.value(u"checklist"_s).toObject().value(m_guide.checklist().at(0).id).toString(),
                 u"2025-03-03T20:30:00.000Z"_s);
        // Unknown groups travel; preferences and the window layout stay with the machine.
        const QJsonObject other = root.value(u"other"_s).toObject();
        QCOMPARE(other.keys(), (QStringList{u"future/flag-1"_s, u"future/notes"_s}));
        QCOMPARE(other.value(u"future/notes"_s).toArray().size(), 2);
        QCOMPARE(root.value(u"activityDays"_s).toArray(), (QJsonArray{u"2025-03-03"_s, u"2025-03-05"_s}));
        const QJsonArray attempts =
            root.value(u"attempts"_s).toObject().value(m_guide.tasks().at(0).id).toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).toObject().value(u"rating"_s).toString(), u"partly"_s);
        QCOMPARE(attempts.at(1).toObject().value(u"started"_s).toString(), u"2025-03-08T07:00:00.000Z"_s);
    }

    void exportThenReplace_reproducesAllProgressAndKeepsPreferences() {
        const QString source = freshPath(u"source"_s);
        const QString target = freshPath(u"target"_s);
        QString exported;
        Data original;
        {
            AppSettings settings(source);
            populate(settings, 0);
            exported = exportOf(settings);
            original = ProgressArchive(settings, fixedClock()).collect();
        }
        {
            AppSettings settings(target);
            populate(settings, 1);
            ProgressArchive archive(settings, fixedClock());
            QVERIFY(archive.collect() != original);
            QCOMPARE(archive.importFile(exported, Mode::Replace), QString());
        }
        // What a restarted GoPrep reads from the file.
        AppSettings settings(target);
        ProgressArchive archive(settings, fixedClock());
        QCOMPARE(archive.collect(), original);
        QCOMPARE(archive.toJson(archive.collect()), fileBytes(exported));
        QCOMPARE(settings.value(keys::colorScheme).toString(), u"light"_s);
        QCOMPARE(settings.value(keys::desiredRetention).toDouble(), 0.9);
        QVERIFY(!settings.value(keys::windowGeometry).toByteArray().isEmpty());

        ReadingProgress reading(settings, m_guide);
        QVERIFY(reading.isRead(m_guide.chapters().at(2).id));
        QVERIFY(!reading.isRead(m_guide.chapters().at(3).id));
        QCOMPARE(reading.position(m_guide.chapters().at(5).id), 0.25);
        ReviewStore store(&settings.settings());
        QVERIFY(store.loadProblems().isEmpty());
        QCOMPARE(store.log().size(), 7);
        QCOMPARE(store.state(u"card-from-the-future"_s).reps, 2); // unknown ids are kept
        QVERIFY(store.state(m_guide.cards().at(5).id).suspended);
        QVERIFY(store.state(m_guide.cards().at(1).id).isNew());
        ChecklistProgress checklist(settings);
        QVERIFY(checklist.isChecked(m_guide.checklist().at(0).id));
        QVERIFY(!checklist.isChecked(m_guide.checklist().at(1).id));
        AttemptLog attempts(settings);
        QVERIFY(attempts.loadProblems().isEmpty());
        QCOMPARE(attempts.attempts(m_guide.tasks().at(0).id).size(), 2);
        QVERIFY(attempts.attempts(m_guide.tasks().at(1).id).isEmpty());
        QCOMPARE(attempts.attempts(m_guide.tasks().at(0).id).first().requirementsDone, (QList<int>{0, 2}));
        QCOMPARE(ActivityLog(settings, 4).days(), (QSet<QDate>{QDate(2025, 3, 3), QDate(2025, 3, 5)}));
        // The attempt running on this machine stays this machine's.
        QCOMPARE(settings.value(keys::practiceTask).toString(), m_guide.tasks().at(1).id);
    }

    void merge_keepsTheNewerStatePerCardAndEachReviewOnce() {
        const QString card = m_guide.cards().at(0).id;
        const QString other = m_guide.cards().at(1).id;
        const QString localPath = freshPath(u"local"_s);
        const QString remotePath = freshPath(u"remote"_s);
        QString exported;
        CardState remoteCard;
        CardState localOther;
        {
            // The other machine answered `card` once more, later; `other` it last saw before this one did.
            AppSettings settings(remotePath);
            ReviewStore store(&settings.settings());
            review(store, card, {Rating::Good}, utc(1, 8));
            review(store, card, {Rating::Good}, utc(2, 8));
            review(store, other, {Rating::Hard}, utc(2, 9));
            remoteCard = store.state(card);
            exported = exportOf(settings);
        }
        {
            AppSettings settings(localPath);
            ReviewStore store(&settings.settings());
            review(store, card, {Rating::Good}, utc(1, 8)); // the same answer, made before syncing
            review(store, other, {Rating::Again}, utc(3, 9));
            localOther = store.state(other);
            QString backup;
            QCOMPARE(ProgressArchive(settings, fixedClock()).importFile(exported, Mode::Merge, &backup),
                     QString());
            QVERIFY(QFile::exists(backup));
        }
        AppSettings settings(localPath);
        ReviewStore store(&settings.settings());
        QCOMPARE(store.state(card), remoteCard);
        QCOMPARE(store.state(other), localOther);
        const QList<ReviewLogEntry> &log = store.log();
        QCOMPARE(log.size(), 4); // card@1 once, card@2, other@2, other@3
        QList<QDateTime> times;
        for (const ReviewLogEntry &entry : log)
            times << entry.time;
        QCOMPARE(times, (QList<QDateTime>{utc(1, 8), utc(2, 8), utc(2, 9), utc(3, 9)}));
        QCOMPARE(log.at(2).rating, Rating::Hard);
        QCOMPARE(log.at(3).rating, Rating::Again);
    }

    void merge_unitesTicksWithEarliestDateReadStateAndUnknownKeys() {
        Data local;
        local.readChapters = {u"a"_s, u"b"_s};
        local.seenSections = {u"s1"_s};
        local.lastChapter = u"b"_s;
        local.positions.insert(u"b"_s, {0.5, u"b-2"_s});
        local.checklist.insert(u"tick-1"_s, utc(5, 10));
        local.checklist.insert(u"tick-2"_s, QDateTime());
        local.other.insert(u"tasks/x"_s, u"mine"_s);
        local.activityDays = {QDate(2025, 3, 1), QDate(2025, 3, 4)};
        Attempt attempt;
        attempt.taskId = u"task-a"_s;
        attempt.startedAt = utc(2, 10);
        attempt.minutes = 45;
        attempt.rating = AttemptRating::Partly;
        local.attempts = {attempt};
        Data incoming;
        incoming.readChapters = {u"c"_s, u"a"_s};
        incoming.seenSections = {u"s2"_s};
        incoming.lastChapter = u"c"_s;
        incoming.positions.insert(u"b"_s, {0.9, u"b-9"_s});
        incoming.positions.insert(u"c"_s, {0.1, u"c-1"_s});
        incoming.checklist.insert(u"tick-1"_s, utc(4, 10));
        incoming.checklist.insert(u"tick-2"_s, utc(6, 10));
        incoming.checklist.insert(u"tick-3"_s, utc(7, 10));
        incoming.other.insert(u"tasks/x"_s, u"theirs"_s);
        incoming.other.insert(u"tasks/y"_s, u"new"_s);
        incoming.activityDays = {QDate(2025, 3, 4), QDate(2025, 3, 2)};
        Attempt same = attempt; // the same attempt, rated differently since: this machine's stays
        same.rating = AttemptRating::Solved;
        Attempt earlier = attempt;
        earlier.startedAt = utc(1, 10);
        Attempt otherTask = attempt;
        otherTask.taskId = u"task-0"_s;
        incoming.attempts = {same, earlier, otherTask};

        const Data merged = ProgressArchive::merged(local, incoming);
        QCOMPARE(merged.readChapters, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(merged.seenSections, (QStringList{u"s1"_s, u"s2"_s}));
        QCOMPARE(merged.lastChapter, u"b"_s);
        QCOMPARE(merged.positions.value(u"b"_s).fraction, 0.5); // where this machine was reading
        QCOMPARE(merged.positions.value(u"c"_s).fraction, 0.1);
        QCOMPARE(merged.checklist.value(u"tick-1"_s), utc(4, 10)); // earliest
        QCOMPARE(merged.checklist.value(u"tick-2"_s), utc(6, 10)); // a known date beats an unknown one
        QCOMPARE(merged.checklist.value(u"tick-3"_s), utc(7, 10));
        QCOMPARE(merged.other.value(u"tasks/x"_s).toString(), u"mine"_s);
        QCOMPARE(merged.other.value(u"tasks/y"_s).toString(), u"new"_s);
        QCOMPARE(merged.activityDays,
                 (QList<QDate>{QDate(2025, 3, 1), QDate(2025, 3, 2), QDate(2025, 3, 4)}));
        QCOMPARE(merged.attempts, (QList<Attempt>{otherTask, earlier, attempt}));
        // Merging what is already there changes nothing.
        QCOMPARE(ProgressArchive::merged(merged, merged), merged);
    }

    void malformedFile_isRefusedAndLeavesSettingsByteIdentical_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // a part of the message

        const QJsonObject valid = QJsonDocument::fromJson(m_validJson).object();
        const QString someCard = valid.value(u"cards"_s).toObject().keys().first();
        const auto with = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject root = valid;
            change(root);
            return QJsonDocument(root).toJson();
        };
        const auto withCard = [&](const QString &field, const QJsonValue &value) {
            return with([&](QJsonObject &root) {
                QJsonObject cards = root.value(u"cards"_s).toObject();
                QJsonObject card = cards.value(someCard).toObject();
                card.insert(field, value);
                cards.insert(someCard, card);
                root.insert(u"cards"_s, cards);
            });
        };
        const auto withLog = [&](const QString &field, const QJsonValue &value) {
            return with([&](QJsonObject &root) {
                QJsonArray log = root.value(u"reviewLog"_s).toArray();
                QJsonObject entry = log.at(1).toObject();
                entry.insert(field, value);
                log.replace(1, entry);
                root.insert(u"reviewLog"_s, log);
            });
        };
        const auto withOther = [&](const QString &key, const QJsonValue &value) {
            return with([&](QJsonObject &root) {
                QJsonObject other = root.value(u"other"_s).toObject();
                other.insert(key, value);
                root.insert(u"other"_s, other);
            });
        };
        QByteArray garbage(4096, '\0');
        QRandomGenerator generator(7);
        for (char &c : garbage)
            c = char(generator.bounded(256));

        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("binary garbage") << garbage << u"not valid JSON"_s;
        QTest::newRow("plain text") << QByteArray("progress: lots") << u"not valid JSON"_s;
        QTest::newRow("truncated") << m_validJson.left(m_validJson.size() / 2) << u"not valid JSON"_s;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << u"not valid JSON"_s;
        QTest::newRow("top-level list") << QByteArray("[1, 2, 3]") << u"not a GoPrep progress file"_s;
        QTest::newRow("other format") << with([](QJsonObject &r) { r.insert(u"format"_s, u"anki"_s); })
                                      << u"not a GoPrep progress file"_s;
        QTest::newRow("future version") << with([](QJsonObject &r) { r.insert(u"version"_s, 2); })
                                        << u"newer GoPrep (format version 2)"_s;
        QTest::newRow("version as text")
            << with([](QJsonObject &r) { r.insert(u"version"_s, u"1"_s); }) << u"no valid format version"_s;
        QTest::newRow("future settings version")
            << with([](QJsonObject &r) { r.insert(u"settingsVersion"_s, 99); }) << u"settings version 99"_s;
        QTest::newRow("missing section")
            << with([](QJsonObject &r) { r.remove(u"reading"_s); }) << u"reading must be an object"_s;
        QTest::newRow("cards as list") << with([](QJsonObject &r) { r.insert(u"cards"_s, QJsonArray()); })
                                       << u"cards must be an object"_s;
        QTest::newRow("log as object")
            << with([](QJsonObject &r) { r.insert(u"reviewLog"_s, QJsonObject()); })
            << u"reviewLog must be a list"_s;
        QTest::newRow("read chapter as number") << with([](QJsonObject &r) {
            QJsonObject reading = r.value(u"reading"_s).toObject();
            reading.insert(u"readChapters"_s, QJsonArray{42});
            r.insert(u"reading"_s, reading);
        }) << u"reading.readChapters[0] must be text"_s;
        QTest::newRow("huge id") << with([](QJsonObject &r) {
            QJsonObject reading = r.value(u"reading"_s).toObject();
            reading.insert(u"seenSections"_s, QJsonArray{QString(300, u'x')});
            r.insert(u"reading"_s, reading);
        }) << u"longer than 200"_s;
        QTest::newRow("position beyond the end") << with([](QJsonObject &r) {
            QJsonObject reading = r.value(u"reading"_s).toObject();
            reading.insert(u"positions"_s, QJsonObject{{u"testing"_s, QJsonObject{{u"fraction"_s, 2.0},
                                                                                  {u"section"_s, u""_s}}}});
            r.insert(u"reading"_s, reading);
        }) << u"fraction must be a number from 0 to 1"_s;
        QTest::newRow("negative stability") << withCard(u"stability"_s, -3.5) << u"stability"_s;
        QTest::newRow("NaN stability") << withCard(u"stability"_s, u"NaN"_s) << u"stability"_s;
        // JSON has no NaN or infinity; Qt's parser refuses a number that overflows to one.
        QTest::newRow("infinite stability")
            << QByteArray(m_validJson).replace("\"stability\":", "\"stability\":1e999,\"x\":")
            << u"not valid JSON"_s;
        QTest::newRow("difficulty 11") << withCard(u"difficulty"_s, 11) << u"difficulty"_s;
        QTest::newRow("fractional reps") << withCard(u"reps"_s, 2.5) << u"reps must be a whole number"_s;
        QTest::newRow("lapses above reps") << withCard(u"lapses"_s, 1000) << u"bad counts"_s;
        QTest::newRow("due before last review")
            << withCard(u"due"_s, u"2001-01-01T00:00:00Z"_s) << u"bad date"_s;
        QTest::newRow("date in 1900")
            << withCard(u"lastReview"_s, u"1900-01-01T00:00:00Z"_s) << u"from 2000 to 2300"_s;
        QTest::newRow("unknown phase") << withCard(u"phase"_s, u"mastered"_s) << u"phase must be one of"_s;
        QTest::newRow("suspended as number") << withCard(u"suspended"_s, 1) << u"true or false"_s;
        QTest::newRow("card id with slash") << with([&](QJsonObject &r) {
            QJsonObject cards = r.value(u"cards"_s).toObject();
            cards.insert(u"a/b"_s, cards.value(someCard));
            r.insert(u"cards"_s, cards);
        }) << u"cannot be stored"_s;
        QTest::newRow("rating 7") << withLog(u"rating"_s, 7)
                                  << u"rating must be a whole number from 1 to 4"_s;
        QTest::newRow("time not a date") << withLog(u"time"_s, u"yesterday"_s) << u"reviewLog[1].time"_s;
        QTest::newRow("log without card") << withLog(u"card"_s, QJsonValue()) << u"reviewLog[1].card"_s;
        QTest::newRow("tick date garbage") << with([](QJsonObject &r) {
            r.insert(u"checklist"_s, QJsonObject{{u"item"_s, u"soon"_s}});
        }) << u"checklist[\"item\"]"_s;
        QTest::newRow("huge other value")
            << withOther(u"future/notes"_s, QString(2 * 1024 * 1024, u'n')) << u"longer than"_s;
        QTest::newRow("preference smuggled in other")
            << withOther(u"appearance/colorScheme"_s, u"dark"_s) << u"not a key that can be imported"_s;
        QTest::newRow("card smuggled in other")
            << withOther(u"cards/x"_s, u"0;0;0;0;;;0;0;0"_s) << u"not a key that can be imported"_s;
        const auto withAttempt = [&](const QString &field, const QJsonValue &value) {
            return with([&](QJsonObject &root) {
                QJsonObject attempts = root.value(u"attempts"_s).toObject();
                const QString task = attempts.keys().first();
                QJsonArray list = attempts.value(task).toArray();
                QJsonObject entry = list.at(0).toObject();
                entry.insert(field, value);
                list.replace(0, entry);
                attempts.insert(task, list);
                root.insert(u"attempts"_s, attempts);
            });
        };
        QTest::newRow("attempt rating") << withAttempt(u"rating"_s, u"great"_s) << u"bad rating"_s;
        QTest::newRow("attempt in 1990")
            << withAttempt(u"started"_s, u"1990-01-01T00:00:00Z"_s) << u"bad start time"_s;
        QTest::newRow("attempt note huge")
            << withAttempt(u"note"_s, QString(200'000, u'n')) << u"note too long"_s;
        QTest::newRow("attempt minutes") << withAttempt(u"minutes"_s, 0) << u"bad time box"_s;
        QTest::newRow("attempts for a task id with slash") << with([](QJsonObject &r) {
            r.insert(u"attempts"_s, QJsonObject{{u"a/b"_s, QJsonArray()}});
        }) << u"cannot be stored"_s;
        QTest::newRow("activity day garbage")
            << with([](QJsonObject &r) { r.insert(u"activityDays"_s, QJsonArray{u"yesterday"_s}); })
            << u"activityDays[0] must be a day"_s;
        QTest::newRow("running attempt smuggled in other")
            << withOther(u"practice/task"_s, u"task-1"_s) << u"not a key that can be imported"_s;
        QTest::newRow("other value as object") << withOther(u"tasks/x"_s, QJsonObject()) << u"must be text"_s;
    }

    void malformedFile_isRefusedAndLeavesSettingsByteIdentical() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString path = freshPath(u"victim"_s);
        QVERIFY(QFile::copy(m_populatedFile, path));
        const QString journal = ReviewJournal::pathFor(path);
        QVERIFY(QFile::copy(ReviewJournal::pathFor(m_populatedFile), journal));
        const QByteArray before = fileBytes(path);
        const QByteArray journalBefore = fileBytes(journal);
        QVERIFY(before.contains("cards"));
        QVERIFY(journalBefore.contains("card-from-the-future")); // the review log
        const QString file = m_dir.filePath(u"bad-%1.json"_s.arg(++m_fileCounter));
        QVERIFY(writeFile(file, json));

        AppSettings settings(path);
        ProgressArchive archive(settings, fixedClock());
        for (Mode mode : {Mode::Merge, Mode::Replace}) {
            const QString error = archive.importFile(file, mode);
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY(!error.contains(u'\n'));
        }
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(fileBytes(journal), journalBefore);
        QVERIFY(archive.backups().isEmpty());
    }

    void replace_writesABackupThatRestoresThePreviousProgress() {
        const QString path = freshPath(u"goprep"_s);
        AppSettings settings(path);
        populate(settings, 0);
        ProgressArchive archive(settings, fixedClock());
        const Data before = archive.collect();

        const QString otherPath = freshPath(u"other"_s);
        QString exported;
        {
            AppSettings other(otherPath);
            populate(other, 1);
            exported = exportOf(other);
        }
        QString backup;
        QCOMPARE(archive.importFile(exported, Mode::Replace, &backup), QString());
        QCOMPARE(QFileInfo(backup).fileName(), u"goprep-backup-20250314-091500.json"_s);
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
        QCOMPARE(archive.backups(), QStringList{backup});
        QVERIFY(archive.collect() != before);

        QString second;
        QCOMPARE(archive.importFile(backup, Mode::Replace, &second), QString());
        QCOMPARE(archive.collect(), before);
        // Restoring is itself undoable, and the newest backup is listed first.
        QCOMPARE(QFileInfo(second).fileName(), u"goprep-backup-20250314-091500_002.json"_s);
        QCOMPARE(archive.backups(), (QStringList{second, backup}));
    }

    void resetAll_clearsProgressKeepsPreferencesAndCanBeUndone() {
        const QString path = freshPath(u"reset"_s);
        AppSettings settings(path);
        populate(settings, 0);
        ProgressArchive archive(settings, fixedClock());
        const Data before = archive.collect();
        QString backup;
        QCOMPARE(archive.resetAll(&backup), QString());
        QVERIFY(archive.collect().isEmpty());
        {
            AppSettings reopened(path);
            QVERIFY(ProgressArchive(reopened, fixedClock()).collect().isEmpty());
            QCOMPARE(reopened.value(keys::colorScheme).toString(), u"dark"_s);
            QCOMPARE(reopened.value(keys::desiredRetention).toDouble(), 0.85);
        }
        QCOMPARE(archive.importFile(backup, Mode::Replace), QString());
        QCOMPARE(archive.collect(), before);
    }

    void unreadableStoredValues_areLeftOutAndTheExportStillImports() {
        const QString path = freshPath(u"damaged"_s);
        AppSettings settings(path);
        populate(settings, 0);
        settings.settings().setValue(u"cards/broken"_s, u"not;a;card"_s);
        settings.settings().setValue(u"reviewlog/0000000099"_s, u"garbage"_s);
        settings.setValue(keys::seenSections, QStringList{QString(500, u's'), u"ok"_s});
        ProgressArchive archive(settings, fixedClock());
        int unreadable = 0;
        const Data data = archive.collect(&unreadable);
        QCOMPARE(unreadable, 3);
        QCOMPARE(data.attempts.size(), 2);
        QCOMPARE(data.seenSections, QStringList{u"ok"_s});
        QString error;
        QVERIFY2(ProgressArchive::fromJson(archive.toJson(data), &error), qPrintable(error));
    }

    void largeReviewLog_roundTrips() {
        // Half a year of heavy use: 10,000 answers over 300 cards.
        const QString path = freshPath(u"large"_s);
        Data data;
        const FsrsScheduler scheduler;
        QDateTime now = utc(1, 6);
        for (int i = 0; i < 10000; ++i) {
            const QString card = u"card-%1"_s.arg(i % 300);
            const CardState before = data.cards.value(card);
            const Rating rating = Rating(1 + (i * 7) % 4);
            const CardState after = scheduler.review(card, before, rating, now);
            data.reviewLog.append({0, card, now, rating, before, 0, 0});
            data.cards.insert(card, after);
            now = now.addSecs(1500);
        }
        AppSettings settings(path);
        ProgressArchive archive(settings, fixedClock());
        QElapsedTimer timer;
        timer.start();
        const QByteArray json = archive.toJson(data);
        QString error;
        const auto parsed = ProgressArchive::fromJson(json, &error);
        QVERIFY2(parsed, qPrintable(error));
        const qint64 parseMs = timer.restart();
        QCOMPARE(archive.apply(*parsed, Mode::Replace), QString());
        const qint64 applyMs = timer.restart();
        AppSettings reopened(path);
        Data back = ProgressArchive(reopened, fixedClock()).collect();
        back.settingsVersion = 0;
        data.settingsVersion = 0;
        QCOMPARE(back.reviewLog.size(), data.reviewLog.size());
        QCOMPARE(back.cards, data.cards);
        QCOMPARE(back.reviewLog, data.reviewLog);
        qInfo("10,000 reviews: %lld KiB of JSON, written and parsed in %lld ms, imported in %lld ms",
              qint64(json.size() / 1024), parseMs, applyMs);
    }
};

QTEST_GUILESS_MAIN(TestProgressArchive)
#include "tst_progressarchive.moc"
