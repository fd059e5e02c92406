// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace goprep::core {

// Search and sort on top of CardTableModel: every word of the search must occur, in any order and case, in
// the card's question, answer or id; columns sort by their natural values (numbers, dates, content order),
// and cards without a value (a new card has no due date) stay at the end in either order.
class CardSearchModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardSearchModel)

public:
    explicit CardSearchModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    // The pattern a search text becomes: one look-ahead per word, so the words may come in any order.
    static QRegularExpression searchPattern(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};

} // namespace goprep::core
