// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardsearchmodel.h"

#include "cardtablemodel.h"

using namespace Qt::StringLiterals;

namespace goprep::core {

CardSearchModel::CardSearchModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CardTableModel::SortRole);
    setFilterRole(CardTableModel::SearchRole);
    setFilterKeyColumn(CardTableModel::QuestionColumn);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // A card whose state changes (suspended, reset, answered) moves to its new place in the sort order.
    setDynamicSortFilter(true);
}

void CardSearchModel::setSearchText(const QString &text) {
    m_text = text;
    setFilterRegularExpression(searchPattern(text));
}

bool CardSearchModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const bool leftHasValue = left.data(sortRole()).isValid();
    const bool rightHasValue = right.data(sortRole()).isValid();
    // Descending order asks lessThan(right, left); answering by the order keeps empty values last in both.
    if (leftHasValue != rightHasValue)
        return (sortOrder() == Qt::AscendingOrder) == leftHasValue;
    return QSortFilterProxyModel::lessThan(left, right);
}

QRegularExpression CardSearchModel::searchPattern(const QString &text) {
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QRegularExpression();
    QString pattern = u"^"_s;
    for (const QString &word : words)
        pattern += u"(?=.*"_s + QRegularExpression::escape(word) + u')';
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
}

} // namespace goprep::core
