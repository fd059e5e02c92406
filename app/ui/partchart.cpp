// SPDX-License-Identifier: GPL-3.0-or-later
#include "partchart.h"

#include "chartcolors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
constexpr int kGap = 6;
constexpr int kMargin = 4;

QString shareText(int done, int total) {
    return total > 0 ? u"%1/%2"_s.arg(done).arg(total) : u"–"_s;
}
} // namespace

PartChart::PartChart(QWidget *parent)
    : QWidget(parent) {
    setObjectName(u"partChart"_s);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Readiness per part"));
}

void PartChart::setParts(const QList<core::PartReadiness> &parts, const QString &weakestChapterId) {
    m_parts = parts;
    m_weakest = weakestChapterId;
    m_current = std::clamp(m_current, 0, std::max(0, int(m_parts.size()) - 1));
    updateGeometry();
    update();
}

int PartChart::rowHeight() const {
    return fontMetrics().height() + 8;
}

int PartChart::headerHeight() const {
    return fontMetrics().height() + 6;
}

int PartChart::barWidth() const {
    // Wide enough for "12/34"; the headers may use the gaps beside their bar.
    return std::clamp((width() - 2 * kMargin) * 2 / 13, 52, 110);
}

QSize PartChart::sizeHint() const {
    return {340, headerHeight() + int(m_parts.size()) * rowHeight() + kMargin};
}

QSize PartChart::minimumSizeHint() const {
    return {240, sizeHint().height()};
}

QRect PartChart::rowRect(int row) const {
    return {0, headerHeight() + row * rowHeight(), width(), rowHeight()};
}

int PartChart::rowAt(const QPoint &pos) const {
    if (pos.y() < headerHeight())
        return -1;
    const int row = (pos.y() - headerHeight()) / rowHeight();
    return row < m_parts.size() ? row : -1;
}

void PartChart::paintBar(QPainter &p, const QRect &rect, double share, double lighterShare,
                         const QColor &colour, const QString &text) const {
    const QPalette &pal = palette();
    QColor track = pal.color(QPalette::Text);
    track.setAlphaF(0.10f);
    p.setPen(Qt::NoPen);
    p.setBrush(track);
    p.drawRoundedRect(rect, 3, 3);
    const auto fill = [&](double from, double to, float alpha) {
        if (to <= from)
            return;
        QRectF part(rect.left() + rect.width() * from, rect.top(), rect.width() * (to - from), rect.height());
        QColor c = colour;
        c.setAlphaF(alpha);
        p.setBrush(c);
        p.drawRoundedRect(part, 3, 3);
    };
    fill(0.0, std::clamp(share, 0.0, 1.0), 0.70f);
    fill(std::clamp(share, 0.0, 1.0), std::clamp(share + lighterShare, 0.0, 1.0), 0.30f);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(rect, Qt::AlignCenter, text);
}

void PartChart::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int bar = barWidth();
    const int barsLeft = width() - kMargin - 3 * bar - 2 * kGap;
    const int titleWidth = barsLeft - kGap - kMargin;
    const auto barRect = [&](int column, const QRect &row) {
        return QRect(barsLeft + column * (bar + kGap), row.top() + 3, bar, row.height() - 6);
    };

    // Header.
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QRect header(0, 0, width(), headerHeight());
    p.drawText(QRect(kMargin, 0, titleWidth, header.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("Part"));
    const QStringList columns{tr("Read"), tr("Cards"), tr("Checklist")};
    for (int c = 0; c < 3; ++c) {
        QRect r = barRect(c, header).adjusted(-kGap, 0, kGap, 0);
        r.setRight(std::min(r.right(), width() - 1));
        p.drawText(r, Qt::AlignCenter, columns.at(c));
    }

    for (int row = 0; row < m_parts.size(); ++row) {
        const core::PartReadiness &part = m_parts.at(row);
        const QRect r = rowRect(row);
        const bool weakest = part.chapterId == m_weakest;
        if (weakest) {
            QColor band = chartcolors::warning();
            band.setAlphaF(0.18f);
            p.fillRect(r, band);
            p.fillRect(QRect(r.left(), r.top(), 3, r.height()), chartcolors::warning());
        }
        if (row == m_hover) {
            QColor hover = pal.color(QPalette::Highlight);
            hover.setAlphaF(0.15f);
            p.fillRect(r, hover);
        }
        if (row == m_current && hasFocus()) {
            QColor focus = pal.color(QPalette::Highlight);
            p.setPen(QPen(focus, 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(r).adjusted(0.75, 0.75, -0.75, -0.75));
        }
        // "6  Goroutines, Channels, …": the number is what people scan for.
        QString title = part.title;
        if (title.startsWith(u"Part "_s)) {
            const qsizetype dash = title.indexOf(u'—');
            if (dash > 0)
                title = title.mid(dash + 1).trimmed();
        }
        QFont numberFont = font();
        numberFont.setBold(weakest);
        p.setFont(numberFont);
        p.setPen(pal.color(QPalette::Text));
        const int numberWidth = fontMetrics().horizontalAdvance(u"22"_s) + kGap;
        p.drawText(QRect(kMargin + 2, r.top(), numberWidth, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(part.partNumber));
        const QRect titleRect(kMargin + 2 + numberWidth + kGap, r.top(), titleWidth - numberWidth - kGap - 2,
                              r.height());
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(numberFont).elidedText(title, Qt::ElideRight, titleRect.width()));
        p.setFont(font());

        paintBar(p, barRect(0, r), part.readingPercent / 100.0, 0.0, chartcolors::reading(),
                 u"%1%"_s.arg(part.readingPercent));
        const double cards = part.cardsTotal > 0 ? double(part.cardsMature) / part.cardsTotal : 0.0;
        const double young = part.cardsTotal > 0 ? double(part.cardsYoung) / part.cardsTotal : 0.0;
        paintBar(p, barRect(1, r), cards, young, chartcolors::mature(),
                 shareText(part.cardsMature, part.cardsTotal));
        const double ticks = part.checklistTotal > 0 ? double(part.checklistDone) / part.checklistTotal : 0.0;
        paintBar(p, barRect(2, r), ticks, 0.0, chartcolors::checklist(),
                 shareText(part.checklistDone, part.checklistTotal));
    }
}

QString PartChart::rowToolTip(int row) const {
    const core::PartReadiness &part = m_parts.at(row);
    QStringList lines{part.title.toHtmlEscaped(), tr("Read: %1%").arg(part.readingPercent)};
    if (part.cardsTotal > 0)
        lines << tr("Cards: %1 of %2 mature, %3 young")
                     .arg(part.cardsMature)
                     .arg(part.cardsTotal)
                     .arg(part.cardsYoung);
    if (part.checklistTotal > 0)
        lines << tr("Checklist: %1 of %2 items ticked").arg(part.checklistDone).arg(part.checklistTotal);
    if (part.chapterId == m_weakest)
        lines << u"<b>%1</b>"_s.arg(tr("The weakest part: start here."));
    lines << u"<i>%1</i>"_s.arg(tr("Click to open it in the reader."));
    return u"<qt>%1</qt>"_s.arg(lines.join(u"<br>"_s));
}

bool PartChart::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), rowToolTip(row), this, rowRect(row));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void PartChart::mouseMoveEvent(QMouseEvent *event) {
    const int row = rowAt(event->position().toPoint());
    if (row != m_hover) {
        m_hover = row;
        setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void PartChart::leaveEvent(QEvent *) {
    m_hover = -1;
    update();
}

void PartChart::mouseReleaseEvent(QMouseEvent *event) {
    const int row = rowAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || row < 0)
        return;
    m_current = row;
    update();
    Q_EMIT chapterActivated(m_parts.at(row).chapterId);
}

void PartChart::keyPressEvent(QKeyEvent *event) {
    if (m_parts.isEmpty())
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Up:
        m_current = std::max(0, m_current - 1);
        break;
    case Qt::Key_Down:
        m_current = std::min(int(m_parts.size()) - 1, m_current + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT chapterActivated(m_parts.at(m_current).chapterId);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    update();
}

} // namespace goprep::ui
