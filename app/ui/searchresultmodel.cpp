// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include "guide.h"

using namespace Qt::StringLiterals;

namespace goprep::ui {

SearchResultModel::SearchResultModel(const core::Guide &guide, QObject *parent)
    : QAbstractListModel(parent)
    , m_guide(guide) {}

void SearchResultModel::setResults(QList<core::SearchResult> results) {
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

const core::SearchResult *SearchResultModel::result(int row) const {
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const {
    const core::SearchResult *result = this->result(index.row());
    if (!result || index.parent().isValid())
        return {};
    using Kind = core::SearchResult::Kind;
    switch (role) {
    case Qt::DisplayRole:
        return result->title;
    case Qt::ToolTipRole:
        if (const core::Chapter *chapter = m_guide.chapter(result->chapterId))
            return chapter->title;
        return {};
    case KindRole:
        return int(result->kind);
    case KindLabelRole:
        switch (result->kind) {
        case Kind::Section:
            return tr("Section");
        case Kind::Card:
            return tr("Card");
        case Kind::Checklist:
            return tr("Checklist");
        }
        return {};
    case SnippetRole:
        return result->snippet;
    case PartRole:
        if (const core::Chapter *chapter = m_guide.chapter(result->chapterId))
            return chapter->partNumber > 0 ? tr("Part %1").arg(chapter->partNumber) : chapter->title;
        return {};
    case IdRole:
        return result->id;
    default:
        return {};
    }
}

} // namespace goprep::ui
