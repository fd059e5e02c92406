// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "checklistprogress.h"
#include "guide.h"
#include "readingprogress.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace goprep::core;

class TestProgress final : public QObject {
    Q_OBJECT
    Guide m_guide;
    QTemporaryDir m_dir;

    QString freshFile(const QString &name) { return m_dir.filePath(name); }

    // Whether a file has been written since the watch began, even with the same bytes. QSettings writes a
    // new file and renames it over the old one; a hard link keeps the old one, and its inode number from
    // being reused, so the two names part once the file is written.
    class WriteWatch {
    public:
        explicit WriteWatch(const QString &path)
            : m_path(path)
            , m_link(path + u".watch"_s) {
            QFile::remove(m_link);
            ::link(QFile::encodeName(m_path).constData(), QFile::encodeName(m_link).constData());
        }
        ~WriteWatch() { QFile::remove(m_link); }
        bool isWatching() const { return inode(m_link) != 0; }
        bool written() const { return inode(m_path) != inode(m_link); }

    private:
        static ino_t inode(const QString &path) {
            struct stat info {};
            return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
        }
        QString m_path;
        QString m_link;
    };

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_guide = Guide::loadBuiltIn();
        QVERIFY(m_dir.isValid());
    }

    void readState_persistsAcrossInstances() {
        const QString path = freshFile(u"read.ini"_s);
        {
            AppSettings settings(path);
            ReadingProgress progress(settings, m_guide);
            progress.setRead(u"error-handling"_s, true);
            progress.setPosition(u"testing"_s, 0.42, u"table-driven-tests"_s);
            progress.setLastChapter(u"testing"_s);
            progress.markSectionSeen(u"zero-values"_s);
        }
        AppSettings settings(path);
        ReadingProgress progress(settings, m_guide);
        QVERIFY(progress.isRead(u"error-handling"_s));
        QVERIFY(!progress.isRead(u"testing"_s));
        QCOMPARE(progress.readCount(), 1);
        QCOMPARE(progress.position(u"testing"_s), 0.42);
        QCOMPARE(progress.positionSection(u"testing"_s), u"table-driven-tests"_s);
        QCOMPARE(progress.lastChapter(), u"testing"_s);
        QVERIFY(progress.isSectionSeen(u"zero-values"_s));
        QCOMPARE(progress.chapterPercent(u"error-handling"_s), 100);
        QVERIFY(progress.chapterPercent(u"language-fundamentals"_s) > 0);
    }

    void unknownReadIds_areKeptNotDropped() {
        const QString path = freshFile(u"unknown.ini"_s);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QLatin1StringView(keys::readChapters), QStringList{u"chapter-from-the-future"_s});
        }
        AppSettings settings(path);
        ReadingProgress progress(settings, m_guide);
        progress.setRead(u"testing"_s, true);
        const QStringList stored = settings.value(keys::readChapters).toStringList();
        QVERIFY(stored.contains(u"chapter-from-the-future"_s));
        QVERIFY(stored.contains(u"testing"_s));
        QCOMPARE(progress.readCount(), 1);
    }

    void badPositionValues_fallBackToTop() {
        const QString path = freshFile(u"badpos.ini"_s);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(u"readingPositions/testing/fraction"_s, u"nan"_s);
            raw.setValue(u"readingPositions/generics/fraction"_s, 7.5);
        }
        AppSettings settings(path);
        ReadingProgress progress(settings, m_guide);
        QCOMPARE(progress.position(u"testing"_s), 0.0);
        QCOMPARE(progress.position(u"generics"_s), 1.0);
    }

    void garbageSettingsFile_keepsACopyAndUsesDefaults() {
        const QString path = freshFile(u"garbage.ini"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[reading\nlastChapter=\xff\xfe\x00\x01 broken");
        }
        AppSettings settings(path);
        ReadingProgress progress(settings, m_guide);
        QCOMPARE(progress.lastChapter(), QString()); // unusable value: default
        progress.setLastChapter(u"testing"_s);
        QCOMPARE(progress.lastChapter(), u"testing"_s);
    }

    void newerSettingsVersion_isReportedAndKept() {
        const QString path = freshFile(u"future.ini"_s);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QLatin1StringView(keys::settingsVersion), 99);
        }
        AppSettings settings(path);
        QVERIFY(!settings.loadProblem().isEmpty());
        QCOMPARE(settings.value(keys::settingsVersion).toInt(), 99);
    }

    void unchangedValues_doNotRewriteTheFile() {
        const QString path = freshFile(u"unchanged.ini"_s);
        {
            AppSettings settings(path);
            settings.setValue(keys::studyTrack, u"mid"_s);
            settings.setValue(keys::newCardsPerDay, 12);
        }
        AppSettings settings(path); // read back: both values are now text
        {
            const WriteWatch watch(path);
            QVERIFY(watch.isWatching());
            settings.setValue(keys::studyTrack, u"mid"_s);
            settings.setValue(keys::newCardsPerDay, 12);
            QVERIFY(!watch.written());
        }
        QVERIFY(settings.holds(QLatin1StringView(keys::newCardsPerDay), u"12"_s));
        QVERIFY(!settings.holds(QLatin1StringView(keys::newCardsPerDay), 13));
        QVERIFY(!settings.holds(u"never/stored"_s, QString()));
        const WriteWatch watch(path);
        settings.setValue(keys::newCardsPerDay, 13);
        QVERIFY(watch.written());
        QCOMPARE(AppSettings(path).intValue(keys::newCardsPerDay, 0, 0, 100), 13);
    }

    void syncOnce_writesTheFileOnceAtItsEnd() {
        const QString path = freshFile(u"once.ini"_s);
        AppSettings settings(path);
        settings.setValue(keys::studyTrack, u"all"_s);
        const WriteWatch watch(path);
        QVERIFY(watch.isWatching());
        {
            const AppSettings::SyncOnce outer(settings);
            ReadingProgress progress(settings, m_guide);
            progress.setPosition(m_guide.chapters().at(1).id, 0.5, QString());
            {
                const AppSettings::SyncOnce inner(settings);
                settings.setValue(keys::studyTrack, u"senior"_s);
            }
            progress.setLastChapter(m_guide.chapters().at(1).id);
            QVERIFY(!watch.written());
        }
        QVERIFY(watch.written());
        AppSettings reread(path);
        QCOMPARE(reread.value(keys::studyTrack).toString(), u"senior"_s);
        QCOMPARE(ReadingProgress(reread, m_guide).position(m_guide.chapters().at(1).id), 0.5);
        QCOMPARE(ReadingProgress(reread, m_guide).lastChapter(), m_guide.chapters().at(1).id);
    }

    void unchangedPosition_doesNotRewriteTheFile() {
        const QString path = freshFile(u"position.ini"_s);
        const QString chapter = m_guide.chapters().at(1).id;
        const QString section = m_guide.chapters().at(1).sections.value(1).id;
        {
            AppSettings settings(path);
            ReadingProgress progress(settings, m_guide);
            progress.setPosition(chapter, 0.25, section);
        }
        AppSettings settings(path);
        ReadingProgress progress(settings, m_guide);
        {
            const WriteWatch watch(path);
            QVERIFY(watch.isWatching());
            progress.setPosition(chapter, 0.25, section);                      // where it was
            progress.setPosition(m_guide.chapters().at(2).id, 0.0, QString()); // a chapter opened at its top
            QVERIFY(!watch.written());
        }
        const WriteWatch watch(path);
        progress.setPosition(chapter, 0.5, section);
        QVERIFY(watch.written());
        AppSettings reread(path);
        QCOMPARE(ReadingProgress(reread, m_guide).position(chapter), 0.5);
        QCOMPARE(ReadingProgress(reread, m_guide).positionSection(chapter), section);
    }

    void checklist_checkUncheckResetAndUndo() {
        const QString path = freshFile(u"checklist.ini"_s);
        const QDateTime when(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::UTC);
        {
            AppSettings settings(path);
            ChecklistProgress checklist(settings);
            checklist.setChecked(u"check-a"_s, true, when);
            checklist.setChecked(u"check-b"_s, true, when.addDays(1));
            checklist.setChecked(u"check-b"_s, false, when.addDays(2));
            QCOMPARE(checklist.checkedCount({u"check-a"_s, u"check-b"_s}), 1);
        }
        AppSettings settings(path);
        ChecklistProgress checklist(settings);
        QVERIFY(checklist.isChecked(u"check-a"_s));
        QCOMPARE(checklist.checkedAt(u"check-a"_s), when);
        QVERIFY(!checklist.isChecked(u"check-b"_s));
        checklist.reset();
        QVERIFY(!checklist.isChecked(u"check-a"_s));
        QVERIFY(checklist.canUndoReset());
        checklist.undoReset();
        QVERIFY(checklist.isChecked(u"check-a"_s));
        QCOMPARE(checklist.checkedAt(u"check-a"_s), when);
        AppSettings reread(path);
        ChecklistProgress again(reread);
        QVERIFY(again.isChecked(u"check-a"_s));
    }

    void checklist_tickAfterReset_dropsTheUndo() {
        AppSettings settings(freshFile(u"checklist-undo.ini"_s));
        ChecklistProgress checklist(settings);
        const QDateTime when(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::UTC);
        checklist.setChecked(u"check-a"_s, true, when);
        checklist.reset();
        checklist.setChecked(u"check-b"_s, true, when);
        QVERIFY(!checklist.canUndoReset());
        checklist.undoReset(); // nothing to undo: the new tick stays, the old one stays cleared
        QVERIFY(checklist.isChecked(u"check-b"_s));
        QVERIFY(!checklist.isChecked(u"check-a"_s));
    }

    void checklist_unreadableDate_staysChecked() {
        const QString path = freshFile(u"checklist-date.ini"_s);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(u"checklist/check-a"_s, u"sometime"_s);
        }
        AppSettings settings(path);
        ChecklistProgress checklist(settings);
        QVERIFY(checklist.isChecked(u"check-a"_s));
        QVERIFY(!checklist.checkedAt(u"check-a"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
