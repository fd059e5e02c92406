// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace goprep::core {

class Guide;
class ReviewStore;

// Every card of the guide in content order, then the cards known only to the review store (removed from the
// guide, kept with their history), with their schedule. Follows the store: an answer, reset or suspension
// anywhere updates the row. Display text for the view; SortRole gives values that sort naturally (numbers,
// dates, content order) and SearchRole the text a search looks in.
class CardTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardTableModel)

public:
    using Clock = std::function<QDateTime()>;

    enum Column {
        QuestionColumn,
        PartColumn,
        LevelColumn,
        StateColumn,
        DueColumn,
        StabilityColumn,
        DifficultyColumn,
        RepsColumn,
        LapsesColumn,
        RetrievabilityColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, SearchRole, CardIdRole, RemovedRole };
    // The phases plus "suspended", which hides the phase in the browser as it does in Anki.
    enum class DisplayState { New, Learning, Review, Relearning, Suspended };

    CardTableModel(const Guide &guide, ReviewStore *store, const FsrsScheduler *scheduler, Clock clock,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString cardId(int row) const;
    // -1 when the id has no row.
    int rowOf(const QString &cardId) const;
    bool isRemoved(int row) const;
    CardState state(int row) const;

    static DisplayState displayState(const CardState &state);
    static QString stateName(DisplayState state);

private:
    struct Row {
        QString id;
        QString question; // first line of the plain text
        QString fullText; // question, answer and id: what a search looks in
        QString tooltip;  // the whole question
        QString part;     // chapter title
        qint64 order = 0; // content order, for sorting by part
        QString level;
        bool removed = false;
        CardState state;
    };

    void onCardChanged(const QString &cardId);
    void onStoreReloaded();
    Row removedRow(const QString &cardId) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    std::optional<double> retrievability(const CardState &state) const;

    ReviewStore *m_store = nullptr;
    const FsrsScheduler *m_scheduler = nullptr;
    Clock m_clock;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace goprep::core
