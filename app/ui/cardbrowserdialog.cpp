// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardbrowserdialog.h"

#include "cardsearchmodel.h"
#include "cardtablemodel.h"
#include "guide.h"
#include "reviewstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

CardBrowserDialog::CardBrowserDialog(const core::Guide &guide, core::ReviewStore *store,
                                     const core::FsrsScheduler *scheduler, Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_guide(guide)
    , m_store(store)
    , m_model(new core::CardTableModel(guide, store, scheduler, std::move(clock), this))
    , m_proxy(new core::CardSearchModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_reset(new QPushButton(tr("&Reset…"), this))
    , m_suspend(new QPushButton(tr("&Suspend"), this))
    , m_open(new QPushButton(tr("&Open in Guide"), this)) {
    setObjectName(u"cardBrowser"_s);
    setWindowTitle(tr("Browse Cards"));
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(u"cardSearch"_s);
    m_search->setPlaceholderText(tr("Search questions, answers and card ids"));
    m_search->setClearButtonEnabled(true);
    m_reset->setObjectName(u"resetCards"_s);
    m_reset->setToolTip(tr("Make the selected cards new again; their review history is kept"));
    m_suspend->setObjectName(u"suspendCards"_s);
    m_suspend->setToolTip(tr("Suspended cards are never shown for study (Ctrl+J)"));
    m_open->setObjectName(u"openCardInGuide"_s);
    m_open->setToolTip(tr("Show the section the card comes from"));

    m_table->setObjectName(u"cardTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // No sort column at first: the cards stay in the guide's order until a header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    // The question is what a reader scans for; part titles are long and only need their beginning.
    header->setSectionResizeMode(core::CardTableModel::QuestionColumn, QHeaderView::Stretch);
    header->resizeSection(core::CardTableModel::PartColumn,
                          std::min(header->sectionSize(core::CardTableModel::PartColumn), 170));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reset, QDialogButtonBox::ActionRole);
    buttons->addButton(m_suspend, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    // Enter in the search field must not close the dialog through a default button.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1180, 680);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &CardBrowserDialog::setSearchText);
    connect(m_reset, &QPushButton::clicked, this, &CardBrowserDialog::resetSelected);
    connect(m_suspend, &QPushButton::clicked, this, &CardBrowserDialog::toggleSuspendSelected);
    connect(m_open, &QPushButton::clicked, this, &CardBrowserDialog::openSelectedInGuide);
    // Double-click or Enter, as the platform activates items.
    connect(m_table, &QTableView::activated, this, &CardBrowserDialog::openSelectedInGuide);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CardBrowserDialog::updateActions);
    // A suspension or reset changes what the buttons offer even when the selection stays the same.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CardBrowserDialog::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CardBrowserDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CardBrowserDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CardBrowserDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CardBrowserDialog::updateCount);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *suspend = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_J), this);
    connect(suspend, &QShortcut::activated, this, &CardBrowserDialog::toggleSuspendSelected);

    m_search->setFocus();
    updateCount();
    updateActions();
}

CardBrowserDialog::~CardBrowserDialog() = default;

void CardBrowserDialog::setSearchText(const QString &text) {
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    else
        m_proxy->setSearchText(text);
    updateCount();
    updateActions();
}

int CardBrowserDialog::selectCards(const QStringList &cardIds) {
    QItemSelection selection;
    int selected = 0;
    for (const QString &id : cardIds) {
        const int row = m_model->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue; // unknown, or hidden by the search
        selection.select(index, index);
        ++selected;
    }
    m_table->selectionModel()->select(selection,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().first());
    return selected;
}

QStringList CardBrowserDialog::selectedCardIds() const {
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(core::CardTableModel::CardIdRole).toString();
    return ids;
}

void CardBrowserDialog::resetSelected() {
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1 ? tr("Reset this card to new?")
                                             : tr("Reset %n cards to new?", nullptr, int(ids.size()));
    const auto answer = QMessageBox::question(
        this, tr("Reset Cards"),
        question + u' ' +
            tr("The schedule is forgotten and suspended cards are unsuspended; the review history is kept."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    for (const QString &id : ids)
        m_store->resetCard(id);
}

void CardBrowserDialog::toggleSuspendSelected() {
    const QStringList ids = selectedCardIds();
    if (ids.isEmpty())
        return;
    const bool allSuspended = std::all_of(ids.cbegin(), ids.cend(),
                                          [this](const QString &id) { return m_store->state(id).suspended; });
    for (const QString &id : ids)
        m_store->setSuspended(id, !allSuspended);
}

void CardBrowserDialog::openSelectedInGuide() {
    for (const QString &id : selectedCardIds()) {
        const int row = m_model->rowOf(id);
        const core::Card *card = row >= 0 && !m_model->isRemoved(row) ? m_guide.card(id) : nullptr;
        if (card) {
            Q_EMIT sectionRequested(card->topicId.isEmpty() ? card->sectionId : card->topicId);
            return;
        }
    }
}

void CardBrowserDialog::updateActions() {
    const QStringList ids = selectedCardIds();
    bool allSuspended = !ids.isEmpty();
    bool anyInGuide = false;
    for (const QString &id : ids) {
        allSuspended = allSuspended && m_store->state(id).suspended;
        const int row = m_model->rowOf(id);
        anyInGuide = anyInGuide || (row >= 0 && !m_model->isRemoved(row));
    }
    m_reset->setEnabled(!ids.isEmpty());
    m_suspend->setEnabled(!ids.isEmpty());
    m_suspend->setText(allSuspended ? tr("Un&suspend") : tr("&Suspend"));
    m_open->setEnabled(anyInGuide);
}

void CardBrowserDialog::updateCount() {
    const QLocale locale;
    m_count->setText(
        tr("%1 of %2 shown").arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
}

} // namespace goprep::ui
