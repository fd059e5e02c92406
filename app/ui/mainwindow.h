// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace goprep::core {
struct SearchResult;
class ActivityLog;
class AppSettings;
class AttemptLog;
class ChecklistProgress;
class Guide;
class MarkdownRenderer;
class PracticeSession;
class ReadingProgress;
class StudyHints;
class StudySettingsEditor;
} // namespace goprep::core

namespace goprep::reader {
class ReaderView;
}

namespace goprep::ui {

class Appearance;
class ChecklistPane;
class FlashcardPane;
class NavigatorPane;
class PreferencesDialog;
class SearchPopup;
class PracticeIndicator;
class ReadinessPane;
class TasksPane;

// Navigator | reader | right column (flashcards above; checklist, coding tasks and readiness as tabs below),
// in splitters whose sizes persist.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    enum class StudyTab { Checklist, Tasks, Readiness };

    // `clock` defaults to the system time; tests pass their own.
    MainWindow(const core::Guide &guide, core::AppSettings &settings, Clock clock = {},
               QWidget *parent = nullptr);
    // With a reader made beforehand (see ReaderView's constructor); the window takes it over.
    MainWindow(const core::Guide &guide, core::AppSettings &settings,
               std::unique_ptr<reader::ReaderView> reader, Clock clock = {}, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // "chapter-id" or "chapter-id#section-id"; false when nothing by that id exists.
    bool openLocation(const QString &location);
    void restoreLastLocation();
    void showAbout();
    // Opens guide-wide search (Ctrl+K), with `query` typed in when given.
    void showSearch(const QString &query = {});
    // Opens (or raises) the Preferences dialog; not modal, so changes show in the window at once.
    void showPreferences();
    // After an import or reset replaced the progress in the settings file: every pane shows it at once.
    void reloadProgress();
    // One line for the user about stored progress that could not be read on start; empty when all was read.
    QString loadProblem() const;
    // Once the first chapter is painted: the flashcards, and what the review journal could not read.
    void startStudy();

    reader::ReaderView *reader() const { return m_reader; }
    const core::MarkdownRenderer &renderer() const;
    NavigatorPane *navigator() const { return m_navigator; }
    ChecklistPane *checklistPane() const { return m_checklist; }
    FlashcardPane *flashcardPane() const { return m_flashcards; }
    SearchPopup *searchPopup() const { return m_search; }
    TasksPane *tasksPane() const { return m_tasks; }
    ReadinessPane *readinessPane() const { return m_readiness; }
    QTabWidget *studyTabs() const { return m_studyTabs; }
    PracticeIndicator *practiceIndicator() const { return m_practiceIndicator; }
    core::PracticeSession *practiceSession() const { return m_practice.get(); }
    core::AttemptLog *attemptLog() const { return m_attempts.get(); }
    core::ActivityLog *activityLog() const { return m_activity.get(); }
    // Shows the right column with the given tab in front.
    void showStudyTab(StudyTab tab);
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *rightColumn() const { return m_rightColumn; }
    Appearance *appearance() const { return m_appearance; }
    core::ReadingProgress *readingProgress() const { return m_readingProgress.get(); }
    core::ChecklistProgress *checklistProgress() const { return m_checklistProgress.get(); }
    core::StudySettingsEditor *studySettings() const { return m_studySettings.get(); }
    PreferencesDialog *preferencesDialog() const { return m_preferences; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void applyAppearance();
    void openChapter(const QString &chapterId, const QString &sectionId);
    void openSearchResult(const core::SearchResult &result);
    void onReaderPosition(const QString &chapterId, double fraction, const QString &sectionId, bool atEnd);
    void updateStatus();
    void onPracticeChanged();
    void saveLayout();
    void restoreLayout();

    const core::Guide &m_guide;
    core::AppSettings &m_settings;
    std::unique_ptr<core::MarkdownRenderer> m_renderer;
    std::unique_ptr<core::ReadingProgress> m_readingProgress;
    std::unique_ptr<core::ChecklistProgress> m_checklistProgress;
    std::unique_ptr<core::AttemptLog> m_attempts;
    std::unique_ptr<core::PracticeSession> m_practice;
    std::unique_ptr<core::ActivityLog> m_activity;
    std::unique_ptr<core::StudyHints> m_hints;
    Clock m_clock;
    std::unique_ptr<core::StudySettingsEditor> m_studySettings;
    Appearance *m_appearance = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightColumn = nullptr;
    NavigatorPane *m_navigator = nullptr;
    reader::ReaderView *m_reader = nullptr;
    ChecklistPane *m_checklist = nullptr;
    FlashcardPane *m_flashcards = nullptr;
    SearchPopup *m_search = nullptr;
    TasksPane *m_tasks = nullptr;
    ReadinessPane *m_readiness = nullptr;
    QTabWidget *m_studyTabs = nullptr;
    QAction *m_toggleStudyPanes = nullptr;
    PracticeIndicator *m_practiceIndicator = nullptr;
    QTimer *m_practiceTicker = nullptr;
    QLabel *m_readStatus = nullptr;
    PreferencesDialog *m_preferences = nullptr;
};

} // namespace goprep::ui
