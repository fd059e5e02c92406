// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistdelegate.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
constexpr int kHintGap = 1;
constexpr qsizetype kMaxCachedSizes = 512; // a few widths of a list of dozens of rows
} // namespace

ChecklistDelegate::ChecklistDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QFont ChecklistDelegate::hintFont(const QFont &base) {
    QFont font = base;
    font.setItalic(true);
    return font;
}

QSize ChecklistDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    const QString hint = index.data(HintRole).toString();
    const QString key = index.data(Qt::DisplayRole).toString() + QChar(0) + hint + QChar(0) +
                        QString::number(option.rect.width()) + QChar(0) + option.font.key();
    if (const auto cached = m_sizes.constFind(key); cached != m_sizes.cend())
        return *cached;
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!hint.isEmpty())
        size.rheight() += QFontMetrics(hintFont(option.font)).height() + kHintGap;
    if (m_sizes.size() >= kMaxCachedSizes)
        m_sizes.clear();
    m_sizes.insert(key, size);
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
