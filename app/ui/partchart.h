// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readinessreport.h"

#include <QWidget>

namespace goprep::ui {

// One row per part: reading, cards (mature, with young ones lighter) and checklist items, side by side, so
// the weakest part stands out. Drawn with QPainter from the palette, so it follows light and dark. A click,
// Enter or Space on a row opens that part.
class PartChart final : public QWidget {
    Q_OBJECT
public:
    explicit PartChart(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PartChart)

    void setParts(const QList<core::PartReadiness> &parts, const QString &weakestChapterId);
    const QList<core::PartReadiness> &parts() const { return m_parts; }
    // The row at a point in widget coordinates, or -1.
    int rowAt(const QPoint &pos) const;
    QRect rowRect(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void chapterActivated(const QString &chapterId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    int barWidth() const;
    QString rowToolTip(int row) const;
    void paintBar(QPainter &p, const QRect &rect, double share, double lighterShare, const QColor &colour,
                  const QString &text) const;

    QList<core::PartReadiness> m_parts;
    QString m_weakest;
    int m_hover = -1;
    int m_current = 0;
};

} // namespace goprep::ui
