// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QSet>
#include <QString>

#include <functional>

class QLabel;
class QTimer;

namespace goprep::core {
class Guide;
class ReviewStore;
} // namespace goprep::core

namespace goprep::ui {

class ChartWidget;

// Reviews per day and true retention over the last 30 days, and the cards due over the next 30, from
// core::StudyStatistics. Follows the store while open.
class StatisticsDialog final : public QDialog {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    StatisticsDialog(const core::Guide &guide, core::ReviewStore *store, Clock clock,
                     QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StatisticsDialog)

    void setDayStartHour(int hour);
    void setDesiredRetention(double retention);

    ChartWidget *reviewsChart() const { return m_reviewsChart; }
    ChartWidget *retentionChart() const { return m_retentionChart; }
    ChartWidget *forecastChart() const { return m_forecastChart; }

    // Recomputes everything now (it also happens by itself, shortly after any change in the store).
    void refresh();

private:
    core::ReviewStore *m_store = nullptr;
    Clock m_clock;
    QSet<QString> m_cardIds;
    int m_dayStartHour = 4;
    double m_desiredRetention = 0.9;

    QLabel *m_cards = nullptr;
    QLabel *m_reviewsSummary = nullptr;
    QLabel *m_retentionSummary = nullptr;
    QLabel *m_forecastSummary = nullptr;
    ChartWidget *m_reviewsChart = nullptr;
    ChartWidget *m_retentionChart = nullptr;
    ChartWidget *m_forecastChart = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace goprep::ui
