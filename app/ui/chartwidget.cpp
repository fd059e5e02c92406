// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"
#include "appearance.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {

constexpr double kGap = 8.0;
constexpr double kSwatch = 10.0;

// 1, 2, 5 or 10 times a power of ten: axis steps a reader can add up at a glance.
double niceStep(double rough, bool allowQuarter) {
    if (!(rough > 0.0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double r = rough / magnitude;
    double m = 10.0;
    if (r <= 1.0)
        m = 1.0;
    else if (r <= 2.0)
        m = 2.0;
    else if (allowQuarter && r <= 2.5)
        m = 2.5;
    else if (r <= 5.0)
        m = 5.0;
    return m * magnitude;
}

QColor withAlpha(QColor color, int alpha) {
    color.setAlpha(alpha);
    return color;
}

} // namespace

ChartWidget::ChartWidget(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartWidget::setData(const QStringList &labels, const QList<Series> &series) {
    m_labels = labels;
    m_series = series;
    m_hover = -1;
    updateGeometry();
    update();
}

void ChartWidget::setValueRange(double min, double max) {
    if (max > min)
        m_range = std::pair{min, max};
    else
        m_range.reset();
    update();
}

void ChartWidget::setPercentAxis(bool percent) {
    m_percent = percent;
    update();
}

void ChartWidget::setReferenceLine(std::optional<double> value, const QString &label) {
    m_reference = value;
    m_referenceLabel = label;
    update();
}

void ChartWidget::setEmptyText(const QString &text) {
    m_emptyText = text;
    update();
}

QSize ChartWidget::sizeHint() const {
    return {620, 170};
}

QSize ChartWidget::minimumSizeHint() const {
    return {280, 110};
}

bool ChartWidget::isDark() const {
    return Appearance::isDarkPalette(palette());
}

QColor ChartWidget::seriesColor(qsizetype series) const {
    if (series < 0 || series >= m_series.size())
        return palette().color(QPalette::Highlight);
    const QColor base = m_series.at(series).color;
    if (!base.isValid())
        return palette().color(QPalette::Highlight);
    // The same hues read on both backgrounds once they are lifted a little on dark ones.
    return isDark() ? base.lighter(125) : base;
}

bool ChartWidget::hasValues() const {
    for (const Series &s : m_series) {
        for (const double v : s.values) {
            if (std::isfinite(v) && (m_kind == Kind::Line || v > 0.0))
                return true;
        }
    }
    return false;
}

ChartWidget::Axis ChartWidget::axis() const {
    Axis a;
    if (m_range) {
        a.min = m_range->first;
        a.max = m_range->second;
        a.step = niceStep((a.max - a.min) / 4.0, true);
        return a;
    }
    double top = 0.0;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        double sum = 0.0;
        for (const Series &s : m_series) {
            const double v = s.values.value(i, 0.0);
            if (std::isfinite(v))
                sum = m_kind == Kind::Bars ? sum + std::max(0.0, v) : std::max(sum, v);
        }
        top = std::max(top, sum);
    }
    if (m_reference)
        top = std::max(top, *m_reference);
    // Counts: whole-number steps, and an empty chart still shows a small scale.
    a.step = std::max(1.0, niceStep(top / 4.0, false));
    a.max = std::max(a.step * std::ceil(top / a.step), 4.0);
    if (a.max / a.step > 6)
        a.step = niceStep(a.max / 4.0, false);
    return a;
}

QString ChartWidget::axisLabel(double value) const {
    const QLocale locale;
    if (m_percent)
        return locale.toString(value * 100.0, 'f', 0) + locale.percent();
    return locale.toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 1);
}

double ChartWidget::legendHeight() const {
    bool any = m_reference.has_value() && !m_referenceLabel.isEmpty();
    for (const Series &s : m_series)
        any = any || !s.name.isEmpty();
    return any ? fontMetrics().height() + 6.0 : 0.0;
}

QRectF ChartWidget::plotRect(const Axis &a) const {
    const QFontMetricsF fm(font());
    double labelWidth = 0.0;
    for (double v = a.min; v <= a.max + a.step / 2; v += a.step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(axisLabel(v)));
    const double top = legendHeight() + fm.height() / 2 + 2;
    const double bottom = fm.height() + 6;
    return QRectF(rect()).adjusted(labelWidth + kGap, top, -kGap, -bottom);
}

int ChartWidget::slotAt(const QPointF &pos) const {
    const QRectF plot = plotRect(axis());
    if (m_labels.isEmpty() || pos.x() < plot.left() || pos.x() >= plot.right() || pos.y() < 0 ||
        pos.y() > height())
        return -1;
    const double slot = plot.width() / m_labels.size();
    const int index = int((pos.x() - plot.left()) / slot);
    return index >= 0 && index < m_labels.size() ? index : -1;
}

void ChartWidget::drawLegend(QPainter &painter) const {
    const QFontMetricsF fm(font());
    const double y = 2.0;
    double x = 0.0;
    painter.setPen(palette().color(QPalette::WindowText));
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const QString &name = m_series.at(i).name;
        if (name.isEmpty())
            continue;
        const QRectF swatch(x, y + (fm.height() - kSwatch) / 2, kSwatch, kSwatch);
        if (m_kind == Kind::Bars) {
            painter.fillRect(swatch, seriesColor(i));
        } else {
            painter.save();
            painter.setPen(QPen(seriesColor(i), 2));
            painter.drawLine(QPointF(x, swatch.center().y()), QPointF(x + kSwatch, swatch.center().y()));
            painter.restore();
        }
        x += kSwatch + 4;
        painter.drawText(QPointF(x, y + fm.ascent()), name);
        x += fm.horizontalAdvance(name) + 2 * kGap;
    }
    if (m_reference && !m_referenceLabel.isEmpty()) {
        painter.save();
        painter.setPen(QPen(withAlpha(palette().color(QPalette::WindowText), 160), 1, Qt::DashLine));
        const double cy = y + fm.height() / 2;
        painter.drawLine(QPointF(x, cy), QPointF(x + 2 * kSwatch, cy));
        painter.restore();
        x += 2 * kSwatch + 4;
        painter.drawText(QPointF(x, y + fm.ascent()), m_referenceLabel);
    }
}

void ChartWidget::drawBars(QPainter &painter, const QRectF &plot, const Axis &a) const {
    const double slot = plot.width() / m_labels.size();
    const double barWidth = std::max(1.0, slot * 0.72);
    const auto yOf = [&](double v) { return plot.bottom() - (v - a.min) / (a.max - a.min) * plot.height(); };
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const double x = plot.left() + i * slot + (slot - barWidth) / 2;
        double base = 0.0;
        for (qsizetype s = 0; s < m_series.size(); ++s) {
            const double v = m_series.at(s).values.value(i, 0.0);
            if (!std::isfinite(v) || v <= 0.0)
                continue;
            const double y0 = yOf(base);
            const double y1 = yOf(base + v);
            painter.fillRect(QRectF(x, y1, barWidth, y0 - y1), seriesColor(s));
            base += v;
        }
    }
}

void ChartWidget::drawLine(QPainter &painter, const QRectF &plot, const Axis &a) const {
    const double slot = plot.width() / m_labels.size();
    const auto yOf = [&](double v) {
        const double clamped = std::clamp(v, a.min, a.max);
        return plot.bottom() - (clamped - a.min) / (a.max - a.min) * plot.height();
    };
    for (qsizetype s = 0; s < m_series.size(); ++s) {
        QPainterPath path;
        QList<QPointF> points;
        for (qsizetype i = 0; i < m_labels.size(); ++i) {
            const double v = m_series.at(s).values.value(i, std::nan(""));
            if (!std::isfinite(v))
                continue;
            const QPointF point(plot.left() + (i + 0.5) * slot, yOf(v));
            // Days without a value are skipped: the line joins the days that have one.
            if (points.isEmpty())
                path.moveTo(point);
            else
                path.lineTo(point);
            points << point;
        }
        const QColor color = seriesColor(s);
        painter.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(QPen(palette().color(QPalette::Window), 1));
        painter.setBrush(color);
        for (const QPointF &point : std::as_const(points))
            painter.drawEllipse(point, 3.5, 3.5);
    }
}

void ChartWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Axis a = axis();
    const QRectF plot = plotRect(a);
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    if (plot.width() <= 0 || plot.height() <= 0)
        return;

    drawLegend(painter);

    // Hovered slot first, so everything else draws over it.
    if (m_hover >= 0 && m_hover < m_labels.size()) {
        const double slot = plot.width() / m_labels.size();
        painter.fillRect(QRectF(plot.left() + m_hover * slot, plot.top(), slot, plot.height()),
                         withAlpha(palette().color(QPalette::Highlight), 50));
    }

    // Grid and value labels.
    const auto yOf = [&](double v) { return plot.bottom() - (v - a.min) / (a.max - a.min) * plot.height(); };
    for (double v = a.min; v <= a.max + a.step / 2; v += a.step) {
        const double y = yOf(v);
        painter.setPen(QPen(withAlpha(text, v == a.min ? 130 : isDark() ? 55 : 40), 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(withAlpha(text, 190));
        const QString label = axisLabel(v);
        painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - kGap / 2, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // Slot labels, skipping any that would run into the previous one.
    if (!m_labels.isEmpty()) {
        const double slot = plot.width() / m_labels.size();
        double lastRight = -1e9;
        painter.setPen(withAlpha(text, 190));
        for (qsizetype i = 0; i < m_labels.size(); ++i) {
            const QString &label = m_labels.at(i);
            if (label.isEmpty())
                continue;
            const double w = fm.horizontalAdvance(label);
            double left = plot.left() + (i + 0.5) * slot - w / 2;
            left = std::clamp(left, 0.0, width() - w);
            if (left < lastRight + kGap)
                continue;
            painter.drawText(QPointF(left, plot.bottom() + 4 + fm.ascent()), label);
            lastRight = left + w;
        }
    }

    if (!m_labels.isEmpty()) {
        if (m_kind == Kind::Bars)
            drawBars(painter, plot, a);
        else
            drawLine(painter, plot, a);
    }

    if (m_reference && *m_reference >= a.min && *m_reference <= a.max) {
        painter.setPen(QPen(withAlpha(text, 160), 1, Qt::DashLine));
        const double y = yOf(*m_reference);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    if (!hasValues() && !m_emptyText.isEmpty()) {
        painter.setPen(withAlpha(text, 170));
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
}

bool ChartWidget::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int slot = slotAt(help->pos());
        if (slot >= 0 && slot < m_toolTips.size() && !m_toolTips.at(slot).isEmpty())
            QToolTip::showText(help->globalPos(), m_toolTips.at(slot), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event) {
    const int slot = slotAt(event->position());
    if (slot != m_hover) {
        m_hover = slot;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ChartWidget::leaveEvent(QEvent *event) {
    if (m_hover != -1) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

} // namespace goprep::ui
