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
} // namespace goprep::core

namespace goprep::ui {

// The guide's final checklist: tick what you can honestly say yes to.
class ChecklistPane final : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    enum class Filter { All, Open, Done };

    ChecklistPane(const core::Guide &guide, core::ChecklistProgress &progress, Clock clock,
                  QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChecklistPane)

    QListWidget *list() const { return m_list; }
    void setFilter(Filter filter);
    // Asks first; the reset can be undone until the next tick.
    void resetWithConfirmation();

Q_SIGNALS:
    void sectionRequested(const QString &sectionId);

private:
    void rebuild();
    void updateDetails();
    QString sectionLinks(const QStringList &ids) const;

    const core::Guide &m_guide;
    core::ChecklistProgress &m_progress;
    Clock m_clock;
    QComboBox *m_filterBox = nullptr;
    QProgressBar *m_bar = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_undo = nullptr;
    Filter m_filter = Filter::All;
    bool m_rebuilding = false;
};

} // namespace goprep::ui
