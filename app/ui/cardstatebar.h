// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readinessreport.h"

#include <QWidget>

namespace goprep::ui {

// The flashcards by state as one stacked bar with a legend: new, learning, young, mature.
class CardStateBar final : public QWidget {
    Q_OBJECT
public:
    explicit CardStateBar(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CardStateBar)

    void setCounts(const core::CardStateCounts &counts);
    const core::CardStateCounts &counts() const { return m_counts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    core::CardStateCounts m_counts;
};

} // namespace goprep::ui
