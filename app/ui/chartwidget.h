// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace goprep::ui {

// A small chart drawn with QPainter: stacked bars or a line, one slot per day, in the colours of the current
// palette so it reads in light and dark. Values come from core; the chart only lays them out.
class ChartWidget final : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Bars, Line };

    struct Series {
        QString name;
        QColor color;         // invalid: the palette's highlight colour
        QList<double> values; // one per slot; NaN is "no value" (a line skips it)
    };

    explicit ChartWidget(Kind kind, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChartWidget)

    // `labels` name the slots under the axis; an empty label leaves its slot unlabelled.
    void setData(const QStringList &labels, const QList<Series> &series);
    // One tooltip per slot, shown on hover.
    void setToolTips(const QStringList &toolTips) { m_toolTips = toolTips; }
    // A fixed value axis (for a line of shares); bars otherwise start at zero and grow to fit.
    void setValueRange(double min, double max);
    void setPercentAxis(bool percent);
    // A dashed horizontal line, e.g. the desired retention.
    void setReferenceLine(std::optional<double> value, const QString &label = {});
    // Shown across the plot when no slot has a value.
    void setEmptyText(const QString &text);

    Kind kind() const { return m_kind; }
    qsizetype slotCount() const { return m_labels.size(); }
    // The colour a series is drawn in with the current palette.
    QColor seriesColor(qsizetype series) const;
    // The slot under a point of the widget, or -1.
    int slotAt(const QPointF &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Axis {
        double min = 0.0;
        double max = 1.0;
        double step = 1.0;
    };

    bool isDark() const;
    bool hasValues() const;
    Axis axis() const;
    QString axisLabel(double value) const;
    QRectF plotRect(const Axis &axis) const;
    double legendHeight() const;
    void drawLegend(QPainter &painter) const;
    void drawBars(QPainter &painter, const QRectF &plot, const Axis &axis) const;
    void drawLine(QPainter &painter, const QRectF &plot, const Axis &axis) const;

    Kind m_kind = Kind::Bars;
    QStringList m_labels;
    QList<Series> m_series;
    QStringList m_toolTips;
    std::optional<std::pair<double, double>> m_range;
    bool m_percent = false;
    std::optional<double> m_reference;
    QString m_referenceLabel;
    QString m_emptyText;
    int m_hover = -1;
};

} // namespace goprep::ui
