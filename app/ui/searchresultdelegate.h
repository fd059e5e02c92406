// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace goprep::ui {

// One search result in two parts: a line with the kind, the title and the part, then up to two lines of
// snippet whose matched words (<b> in SearchResultModel::SnippetRole) are drawn bold.
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SearchResultDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int padding = 6;
    static constexpr int snippetLines = 2;
};

} // namespace goprep::ui
