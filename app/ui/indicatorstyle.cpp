// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorstyle.h"
#include "appearance.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace goprep::ui {

IndicatorStyle::IndicatorStyle()
    : QProxyStyle(u"fusion"_s) {}

void IndicatorStyle::installIfFusion() {
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) == 0)
        QApplication::setStyle(new IndicatorStyle);
}

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox;
    if ((!box && element != PE_IndicatorRadioButton) || !Appearance::isDarkPalette(option->palette))
        return;
    // Keyboard focus: Fusion draws the edge in the highlight colour, which stands out already.
    if (option->state.testFlags(State_HasFocus | State_KeyboardFocusChange))
        return;
    QColor edge = option->palette.color(QPalette::Text);
    edge.setAlphaF(option->state & State_Enabled ? 0.55f : 0.3f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(edge, 1));
    if (box) {
        // Fusion's own box edge: the rectangle less a pixel, on pixel centres.
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    } else {
        // Fusion's circle: centred a pixel right of and below the rectangle's centre.
        const QRect rect = option->rect;
        const qreal radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1;
        painter->drawEllipse(QPointF(rect.center()) + QPointF(1, 1), radius, radius);
    }
    painter->restore();
}

} // namespace goprep::ui
