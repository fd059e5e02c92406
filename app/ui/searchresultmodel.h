// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchindex.h"

#include <QAbstractListModel>

namespace goprep::core {
class Guide;
}

namespace goprep::ui {

// The results of one search, for the popup's list. Display is the title; the other roles feed the delegate.
class SearchResultModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // core::SearchResult::Kind as int
        KindLabelRole,               // "Section", "Card", "Checklist"
        SnippetRole,                 // HTML with <b> around the matched words
        PartRole,                    // "Part 8", or the chapter's title outside the numbered parts
        IdRole,
    };

    explicit SearchResultModel(const core::Guide &guide, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchResultModel)

    void setResults(QList<core::SearchResult> results);
    // Null when `row` is out of range.
    const core::SearchResult *result(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    const core::Guide &m_guide;
    QList<core::SearchResult> m_results;
};

} // namespace goprep::ui
