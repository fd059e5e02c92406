// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardtablemodel.h"

#include "guide.h"
#include "markdowntext.h"
#include "reviewstore.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

// Removed cards sort after every card of the guide.
constexpr qint64 kRemovedOrder = std::numeric_limits<qint64>::max();

bool isNumeric(int column) {
    return column >= CardTableModel::StabilityColumn;
}

} // namespace

CardTableModel::CardTableModel(const Guide &guide, ReviewStore *store, const FsrsScheduler *scheduler,
                               Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {
    Q_ASSERT(m_store);
    Q_ASSERT(m_scheduler);
    QHash<QString, int> chapterIndex;
    for (const Chapter &chapter : guide.chapters())
        chapterIndex.insert(chapter.id, chapter.index);

    const QList<Card> &cards = guide.cards();
    m_rows.reserve(cards.size());
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const Card &card = cards.at(i);
        Row row;
        row.id = card.id;
        const QStringList question = markdownTextLines(card.question);
        row.question = question.value(0);
        row.tooltip = question.join(u'\n');
        row.fullText = row.tooltip + u'\n' + markdownTextLines(card.answer).join(u'\n') + u'\n' + card.id;
        const Chapter *chapter = guide.chapter(card.chapterId);
        row.part = chapter ? chapter->title : card.chapterId;
        row.order = qint64(chapterIndex.value(card.chapterId)) * 1'000'000 + i;
        row.level = card.level == CardLevel::Senior ? tr("Senior") : tr("Mid");
        row.state = m_store->state(card.id);
        m_rowOf.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }

    // Cards the store knows but the guide no longer has: kept and shown, so no history is lost from view.
    QStringList unknown;
    const QHash<QString, CardState> states = m_store->allStates();
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (!m_rowOf.contains(it.key()))
            unknown << it.key();
    }
    unknown.sort();
    for (const QString &id : std::as_const(unknown)) {
        m_rowOf.insert(id, int(m_rows.size()));
        m_rows.append(removedRow(id));
    }

    connect(m_store, &ReviewStore::cardChanged, this, &CardTableModel::onCardChanged);
    connect(m_store, &ReviewStore::reloaded, this, &CardTableModel::onStoreReloaded);
}

CardTableModel::Row CardTableModel::removedRow(const QString &cardId) const {
    Row row;
    row.id = cardId;
    row.question = cardId;
    row.fullText = cardId;
    row.tooltip = tr("This card is no longer in the guide. Its schedule and history are kept.");
    row.part = tr("removed from the guide");
    row.order = kRemovedOrder;
    row.removed = true;
    row.state = m_store->state(cardId);
    return row;
}

void CardTableModel::onCardChanged(const QString &cardId) {
    const int row = rowOf(cardId);
    if (row < 0) {
        // A card unknown to the guide got a state (another window answered it before an update removed it).
        if (!m_store->hasState(cardId))
            return;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rowOf.insert(cardId, at);
        m_rows.append(removedRow(cardId));
        endInsertRows();
        return;
    }
    if (m_rows.at(row).removed && !m_store->hasState(cardId)) {
        // A removed card that was reset has nothing left to show.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_rowOf.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows.at(i).id, i);
        endRemoveRows();
        return;
    }
    m_rows[row].state = m_store->state(cardId);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CardTableModel::onStoreReloaded() {
    // An import replaced every state: each row, and each card the store now knows, is brought up to date.
    QStringList ids;
    for (const Row &row : std::as_const(m_rows))
        ids << row.id;
    const QHash<QString, CardState> states = m_store->allStates();
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (!m_rowOf.contains(it.key()))
            ids << it.key();
    }
    for (const QString &id : std::as_const(ids))
        onCardChanged(id);
}

int CardTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CardTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CardTableModel::cardId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CardTableModel::rowOf(const QString &cardId) const {
    return m_rowOf.value(cardId, -1);
}

bool CardTableModel::isRemoved(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows.at(row).removed;
}

CardState CardTableModel::state(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : CardState{};
}

CardTableModel::DisplayState CardTableModel::displayState(const CardState &state) {
    if (state.suspended)
        return DisplayState::Suspended;
    switch (state.phase) {
    case CardPhase::New:
        return DisplayState::New;
    case CardPhase::Learning:
        return DisplayState::Learning;
    case CardPhase::Review:
        return DisplayState::Review;
    case CardPhase::Relearning:
        return DisplayState::Relearning;
    }
    return DisplayState::New;
}

QString CardTableModel::stateName(DisplayState state) {
    switch (state) {
    case DisplayState::New:
        return tr("new");
    case DisplayState::Learning:
        return tr("learning");
    case DisplayState::Review:
        return tr("review");
    case DisplayState::Relearning:
        return tr("relearning");
    case DisplayState::Suspended:
        return tr("suspended");
    }
    return {};
}

std::optional<double> CardTableModel::retrievability(const CardState &state) const {
    if (state.isNew() || !state.lastReview.isValid())
        return std::nullopt;
    return m_scheduler->currentRetrievability(state, m_clock().toUTC());
}

QVariant CardTableModel::display(const Row &row, int column) const {
    const CardState &s = row.state;
    const QLocale locale;
    switch (column) {
    case QuestionColumn:
        return row.question;
    case PartColumn:
        return row.part;
    case LevelColumn:
        return row.level;
    case StateColumn:
        return stateName(displayState(s));
    case DueColumn:
        return s.isNew() || !s.due.isValid()
                   ? QString()
                   : locale.toString(s.due.toLocalTime().date(), QLocale::ShortFormat);
    case StabilityColumn:
        // Days; small values need the second decimal to tell learning cards apart.
        return s.isNew() ? QString() : locale.toString(s.stability, 'f', s.stability < 10 ? 2 : 1);
    case DifficultyColumn:
        return s.isNew() ? QString() : locale.toString(s.difficulty, 'f', 1);
    case RepsColumn:
        return locale.toString(s.reps);
    case LapsesColumn:
        return locale.toString(s.lapses);
    case RetrievabilityColumn:
        if (const auto r = retrievability(s))
            return QString(locale.toString(*r * 100.0, 'f', 0) + locale.percent());
        return QString();
    default:
        return {};
    }
}

QVariant CardTableModel::sortValue(const Row &row, int column) const {
    const CardState &s = row.state;
    // An invalid QVariant sorts after every value, so new cards go last in ascending order.
    switch (column) {
    case QuestionColumn:
        return row.question;
    case PartColumn:
        return row.order;
    case LevelColumn:
        return row.removed ? QVariant() : QVariant(row.level);
    case StateColumn:
        return int(displayState(s));
    case DueColumn:
        return s.isNew() || !s.due.isValid() ? QVariant() : QVariant(s.due);
    case StabilityColumn:
        return s.isNew() ? QVariant() : QVariant(s.stability);
    case DifficultyColumn:
        return s.isNew() ? QVariant() : QVariant(s.difficulty);
    case RepsColumn:
        return s.reps;
    case LapsesColumn:
        return s.lapses;
    case RetrievabilityColumn:
        if (const auto r = retrievability(s))
            return *r;
        return {};
    default:
        return {};
    }
}

QVariant CardTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case SearchRole:
        return row.fullText;
    case CardIdRole:
        return row.id;
    case RemovedRole:
        return row.removed;
    case Qt::ToolTipRole:
        if (index.column() == QuestionColumn || (row.removed && index.column() == PartColumn))
            return row.tooltip;
        if (index.column() == DueColumn && !row.state.isNew() && row.state.due.isValid())
            return QLocale().toString(row.state.due.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::FontRole:
        if (row.removed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CardTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case QuestionColumn:
            return tr("Question");
        case PartColumn:
            return tr("Part");
        case LevelColumn:
            return tr("Level");
        case StateColumn:
            return tr("State");
        case DueColumn:
            return tr("Due");
        case StabilityColumn:
            return tr("Stability");
        case DifficultyColumn:
            return tr("Difficulty");
        case RepsColumn:
            return tr("Reviews");
        case LapsesColumn:
            return tr("Lapses");
        case RetrievabilityColumn:
            return tr("Recall now");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StabilityColumn:
            return tr("Days until the chance of recall falls to 90%");
        case DifficultyColumn:
            return tr("From 1 (easiest) to 10 (hardest)");
        case RepsColumn:
            return tr("Answers given");
        case LapsesColumn:
            return tr("Times a learned card was forgotten");
        case RetrievabilityColumn:
            return tr("Chance of recalling the card now (retrievability)");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace goprep::core
