// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstyle.h"
#include "appearance.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
// A standard icon that asks the style for its images only when it is first drawn or measured.
class DeferredIconEngine final : public QIconEngine {
public:
    DeferredIconEngine(const QStyle *style, QStyle::StandardPixmap which, Qt::LayoutDirection direction)
        : m_style(style)
        , m_which(which)
        , m_direction(direction) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    bool isNull() override { return false; } // a standard icon; asking must not load it
    QString key() const override { return u"goprep-deferred"_s; }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon &icon() {
        if (!m_loaded) {
            m_loaded = true;
            QStyleOption option;
            option.direction = m_direction; // the clear button's icon points away from the text
            if (m_style)
                m_icon = m_style->standardIcon(m_which, &option);
        }
        return m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    Qt::LayoutDirection m_direction;
    bool m_loaded = false;
    QIcon m_icon;
};
} // namespace

AppStyle::AppStyle()
    : QProxyStyle(u"fusion"_s) {}

void AppStyle::installIfFusion() {
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) == 0)
        QApplication::setStyle(new AppStyle);
}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const {
    if (icon == SP_LineEditClearButton || icon == SP_ToolBarHorizontalExtensionButton ||
        icon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredIconEngine(baseStyle(), icon,
                                            option   ? option->direction
                                            : widget ? widget->layoutDirection()
                                                     : QGuiApplication::layoutDirection()));
    return QProxyStyle::standardIcon(icon, option, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
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
