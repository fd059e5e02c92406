// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultdelegate.h"
#include "searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace goprep::ui {

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    const QFontMetrics metrics(option.font);
    return {option.rect.width(), 2 * padding + metrics.height() + 2 + snippetLines * metrics.lineSpacing()};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString title = opt.text;
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.65f);

    painter->save();
    const QRect area = opt.rect.adjusted(padding, padding, -padding, -padding);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int lineHeight = QFontMetrics(opt.font).height();

    // The kind, as a small outlined badge.
    const QString kind = index.data(SearchResultModel::KindLabelRole).toString();
    const int badgeWidth = smallMetrics.horizontalAdvance(kind) + 10;
    const QRect badge(area.left(), area.top() + (lineHeight - smallMetrics.height() - 2) / 2, badgeWidth,
                      smallMetrics.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(dimColor);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setFont(small);
    painter->drawText(badge, Qt::AlignCenter, kind);

    // The part on the right, the title elided between.
    const QString part = index.data(SearchResultModel::PartRole).toString();
    const int partWidth = smallMetrics.horizontalAdvance(part);
    const QRect partRect(area.right() - partWidth, area.top(), partWidth, lineHeight);
    painter->drawText(partRect, Qt::AlignRight | Qt::AlignVCenter, part);
    const QRect titleRect(badge.right() + 8, area.top(), partRect.left() - badge.right() - 16, lineHeight);
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    // The snippet, clipped to its lines.
    const QString snippet = index.data(SearchResultModel::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        QTextDocument document;
        document.setDefaultFont(opt.font);
        document.setDocumentMargin(0);
        document.setTextWidth(area.width());
        // The matched words stand out by weight and by full contrast against the dimmed rest.
        document.setDefaultStyleSheet(u"b { color: %1; }"_s.arg(textColor.name()));
        document.setHtml(snippet);
        const QRect snippetRect(area.left(), area.top() + lineHeight + 2, area.width(),
                                snippetLines * QFontMetrics(opt.font).lineSpacing());
        painter->translate(snippetRect.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), snippetRect.size()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, dimColor);
        context.clip = QRectF(QPoint(0, 0), snippetRect.size());
        document.documentLayout()->draw(painter, context);
    }
    painter->restore();
}

} // namespace goprep::ui
