// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace goprep::core {
class AttemptLog;
class Guide;
class PracticeSession;
struct CodingTask;
} // namespace goprep::core

namespace goprep::ui {

// The guide's coding tasks with a timed attempt: start with the task's time box, pause, stop, rate it and
// keep a log per task. The timer itself lives in core::PracticeSession, so it keeps running (and shows in
// the status bar) while the user works elsewhere.
class TasksPane final : public QWidget {
    Q_OBJECT
public:
    TasksPane(const core::Guide &guide, core::PracticeSession &session, core::AttemptLog &log,
              QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TasksPane)

    QString currentTaskId() const;
    void showTask(const QString &taskId);

    // The controls, for tests and for the main window's shortcuts.
    QSpinBox *minutesBox() const { return m_minutes; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *stopButton() const { return m_stop; }
    QWidget *ratingForm() const { return m_ratingForm; }
    QButtonGroup *ratingButtons() const { return m_ratings; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QListWidget *requirementsList() const { return m_requirements; }
    QTreeWidget *attemptLog() const { return m_log; }
    QLabel *clockLabel() const { return m_clock; }

Q_SIGNALS:
    void sectionRequested(const QString &sectionId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitRequirements();
    const core::CodingTask *currentTask() const;
    bool isAttemptOnThisTask() const;
    void fillTaskBox();
    void updateTask();
    void updateRequirements();
    void updateControls();
    void updateClock();
    void updateLog();
    void startAttempt();
    void saveAttempt();
    void discardAttempt();

    const core::Guide &m_guide;
    core::PracticeSession &m_session;
    core::AttemptLog &m_attempts;
    QComboBox *m_taskBox = nullptr;
    QLabel *m_links = nullptr;
    QListWidget *m_requirements = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_elsewhere = nullptr;
    QWidget *m_ratingForm = nullptr;
    QButtonGroup *m_ratings = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_logTitle = nullptr;
    QTreeWidget *m_log = nullptr;
    int m_endStretchIndex = -1;
    bool m_updating = false;
};

} // namespace goprep::ui
