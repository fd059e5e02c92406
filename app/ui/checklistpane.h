// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;

namespace goprep::core {
class ChecklistProgress;
class Guide;
class StudyHints;
struct StudyHint;
} // namespace goprep::core

namespace goprep::ui {

// The guide's final checklist: tick what you can honestly say yes to. Items whose sections are unread or
// whose cards are weak carry a gentle hint saying which part to review first.
class ChecklistPane final : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    enum class Filter { All, Open, Done };

    ChecklistPane(const core::Guide &guide, core::ChecklistProgress &progress, const core::StudyHints &hints,
                  Clock clock, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChecklistPane)

    QListWidget *list() const { return m_list; }
    void setFilter(Filter filter);
    // Asks first; the reset can be undone until the next tick.
    void resetWithConfirmation();
    // Reading or card progress changed: hints may have too. They are worked out again once, when the event
    // loop is next idle and the pane can be seen (an answer changes a card and the log in one go, and nobody
    // reads hints of a hidden tab), or when asked for.
    void refreshHints();
    // The hint line shown for an item, empty when there is nothing to review first.
    QString hintText(const QString &itemId);

Q_SIGNALS:
    void sectionRequested(const QString &sectionId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildItems();
    void updateHints();
    void refresh();
    void updateDetails();
    QString sectionLinks(const QStringList &ids) const;
    QString hintFor(const core::StudyHint &hint) const;

    const core::Guide &m_guide;
    core::ChecklistProgress &m_progress;
    const core::StudyHints &m_hints;
    Clock m_clock;
    QComboBox *m_filterBox = nullptr;
    QProgressBar *m_bar = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_undo = nullptr;
    Filter m_filter = Filter::All;
    bool m_updating = false;
    bool m_hintsDirty = true;   // built without hints: the first show (or question) works them out
    bool m_hintsQueued = false; // an update waits for the event loop
};

} // namespace goprep::ui
