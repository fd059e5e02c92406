// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>

#include <memory>

namespace goprep::core {

// Owns the one QSettings of the application. Every persisted key is defined once, here.
namespace keys {
inline constexpr auto settingsVersion = "meta/settingsVersion";
inline constexpr auto windowGeometry = "window/geometry";
inline constexpr auto windowState = "window/state";
inline constexpr auto mainSplitter = "window/mainSplitter";
inline constexpr auto rightSplitter = "window/rightSplitter";
inline constexpr auto studyTab = "window/studyTab";           // checklist | tasks | readiness
inline constexpr auto colorScheme = "appearance/colorScheme"; // system | light | dark
inline constexpr auto codeThemeLight = "appearance/codeThemeLight";
inline constexpr auto codeThemeDark = "appearance/codeThemeDark";
inline constexpr auto readerZoom = "appearance/readerZoom";
inline constexpr auto studyTrack = "reading/track"; // all | mid | senior
inline constexpr auto lastChapter = "reading/lastChapter";
inline constexpr auto readChapters = "reading/readChapters";
inline constexpr auto seenSections = "reading/seenSections";
inline constexpr auto positionsGroup = "readingPositions";
inline constexpr auto checklistGroup = "checklist";
inline constexpr auto flashcardDeck = "study/deck";
inline constexpr auto newCardsPerDay = "study/newCardsPerDay";
inline constexpr auto reviewsPerDay = "study/reviewsPerDay";
inline constexpr auto dayStartHour = "study/dayStartHour";
inline constexpr auto desiredRetention = "study/desiredRetention"; // 0.70-0.99
inline constexpr auto learningSteps = "study/learningSteps";       // e.g. "1m 10m" (see StudySettings)
inline constexpr auto relearningSteps = "study/relearningSteps";   // e.g. "10m"; empty for none
// Study days with reading or ticks (yyyy-MM-dd); reviews and attempts carry their own times.
inline constexpr auto activityDays = "activity/days";
// The coding-task attempt in progress: enough to resume it with the right time after a restart.
inline constexpr auto practiceTask = "practice/task";
inline constexpr auto practiceState = "practice/state"; // running | paused | stopped
inline constexpr auto practiceMinutes = "practice/minutes";
inline constexpr auto practiceStartedAt = "practice/startedAt";     // UTC, ISO 8601 with ms
inline constexpr auto practicePausedMsecs = "practice/pausedMsecs"; // paused intervals already closed
inline constexpr auto practicePausedAt = "practice/pausedAt";       // start of the open pause, if any
inline constexpr auto practiceStoppedAt = "practice/stoppedAt";
inline constexpr auto practiceAlerts = "practice/alerts"; // 0 none, 1 five-minute warning, 2 time up
inline constexpr auto practiceRequirements = "practice/requirementsDone"; // indices ticked
inline constexpr auto practiceGroup = "practice";
// Finished attempts: attempts/<task id>/<sequence number> = one JSON object.
inline constexpr auto attemptsGroup = "attempts";
inline constexpr auto language = "ui/language"; // empty: the system's; else "de", "es", "uk" or "en"
// ReviewStore: card states are cards/<card id>; the review log is a journal file beside this one. Journal
// records up to this sequence number are reflected in the card states here; later ones are applied on load.
inline constexpr auto reviewJournalCheckpoint = "reviewjournal/checkpoint";
// The journal's size in bytes at that checkpoint: when it still is, the journal holds nothing newer.
inline constexpr auto reviewJournalSize = "reviewjournal/size";
} // namespace keys

class AppSettings final : public QObject {
    Q_OBJECT
public:
    static constexpr int currentVersion = 1;

    // The file a path option names; an empty path means the per-user default location. Lets main() read
    // the language before anything is written. Absolute, with symbolic links of the folder resolved, so two
    // spellings of one file give one path (the single-instance lock depends on it).
    static QString resolvePath(const QString &filePath);
    // Keeps a byte-for-byte copy of a damaged file beside it (<path>.unreadable-<UTC time>), so whatever
    // cannot be read stays with the user. Returns the copy's path, or an empty string when no copy could be
    // made.
    static QString keepCopy(const QString &path);

    // INI format on every platform; `filePath` as for resolvePath().
    explicit AppSettings(const QString &filePath = {}, QObject *parent = nullptr);
    ~AppSettings() override;
    Q_DISABLE_COPY_MOVE(AppSettings)

    QSettings &settings() { return *m_settings; }
    QString fileName() const { return m_settings->fileName(); }
    // One line for the user when the file could not be read as it was; empty otherwise.
    QString loadProblem() const { return m_loadProblem; }
    // Where the unreadable original was copied to; empty when the file was read as it was.
    QString keptCopy() const { return m_keptCopy; }

    QVariant value(const char *key, const QVariant &fallback = {}) const;
    // A number stored under `key`, or `fallback` when the stored text is missing, not a number, not finite or
    // outside [min, max]: a damaged value must not become 0 (for a limit, "nothing to study").
    int intValue(const char *key, int fallback, int min, int max) const;
    double realValue(const char *key, double fallback, double min, double max) const;
    // Writes and syncs at once: a kill right after a change loses nothing. A value the file already holds
    // writes nothing.
    void setValue(const char *key, const QVariant &value);
    // Whether the file already holds `value` under `key`. Each sync rewrites the whole file (90 KB for a
    // well-used one, 5 ms with its fdatasync), so a value that changes nothing should not cause one.
    bool holds(QAnyStringView key, const QVariant &value) const;
    // Writes what was changed through settings() to disk; emits writeFailed when it could not. Inside a
    // SyncOnce the write waits for its end (and true means only that).
    bool sync();

    // While one lives, the syncs asked for are done once, when the last one ends: a handler that changes
    // several values (a reading position, the section it reached, the day's activity) rewrites the file
    // once, not once for each.
    class SyncOnce final {
    public:
        explicit SyncOnce(AppSettings &settings);
        ~SyncOnce();
        Q_DISABLE_COPY_MOVE(SyncOnce)

    private:
        AppSettings &m_settings;
    };

Q_SIGNALS:
    void writeFailed(const QString &fileName);

private:
    void checkReadable(const QString &path);
    void addProblem(const QString &problem);

    std::unique_ptr<QSettings> m_settings;
    QString m_loadProblem;
    QString m_keptCopy;
    int m_syncHolds = 0;        // SyncOnce objects alive
    bool m_syncWaiting = false; // a sync was asked for meanwhile
};

} // namespace goprep::core
