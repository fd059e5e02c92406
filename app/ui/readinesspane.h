// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readinessreport.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;

namespace goprep::ui {

class CardStateBar;
class PartChart;

// "How ready am I?": reading, cards, checklist, tasks and the streak on one page. Every number comes from
// core::ReadinessReport; the pane only lays them out, and recomputes lazily when shown after a change.
class ReadinessPane final : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    ReadinessPane(const core::ReadinessReport::Sources &sources, Clock clock, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReadinessPane)

    // Something the report depends on changed: recompute now if visible, else when next shown.
    void invalidate();
    // Recomputes at once, visible or not.
    void refresh();
    const std::optional<core::ReadinessReport> &report() const { return m_report; }
    PartChart *partChart() const { return m_parts; }
    CardStateBar *cardStateBar() const { return m_cards; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void chapterRequested(const QString &chapterId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString summaryHtml(const core::ReadinessReport &report) const;
    QString tasksHtml(const core::ReadinessReport &report) const;

    core::ReadinessReport::Sources m_sources;
    Clock m_clock;
    std::optional<core::ReadinessReport> m_report;
    bool m_dirty = true;
    bool m_refreshQueued = false;
    QLabel *m_summary = nullptr;
    QLabel *m_cardsTitle = nullptr;
    CardStateBar *m_cards = nullptr;
    QLabel *m_weakest = nullptr;
    PartChart *m_parts = nullptr;
    QLabel *m_tasks = nullptr;
};

} // namespace goprep::ui
