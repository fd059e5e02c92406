// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistdelegate.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
constexpr int kHintGap = 1;
}

ChecklistDelegate::ChecklistDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QFont ChecklistDelegate::hintFont(const QFont &base) {
    QFont font = base;
    font.setItalic(true);
    return font;
}

QSize ChecklistDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(HintRole).toString().isEmpty())
        size.rheight() += QFontMetrics(hintFont(option.font)).height() + kHintGap;
    return size;
}

void ChecklistDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    const QString hint = index.data(HintRole).toString();
    if (hint.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    // The item text sits at the top; the hint takes the line freed below it.
    opt.displayAlignment = Qt::AlignLeft | Qt::AlignTop;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFont font = hintFont(opt.font);
    const QFontMetrics fm(font);
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    textRect.adjust(3, 0, -3, 0); // the style's own text margin
    const QRect hintRect(textRect.left(), opt.rect.bottom() - fm.height() - 1, textRect.width(), fm.height());
    const bool selected = opt.state & QStyle::State_Selected;
    QColor colour = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    colour.setAlphaF(0.62f);
    painter->save();
    painter->setFont(font);
    painter->setPen(colour);
    painter->drawText(hintRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(hint, Qt::ElideRight, hintRect.width()));
    painter->restore();
}

} // namespace goprep::ui
