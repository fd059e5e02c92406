// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpane.h"
#include "checklistdelegate.h"

#include "checklistprogress.h"
#include "guide.h"
#include "scopedtiming.h"
#include "studyhints.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int HintRole = ChecklistDelegate::HintRole;

QString plainText(const QString &markdown) {
    QString text = markdown;
    return text.remove(u'`');
}
} // namespace

ChecklistPane::ChecklistPane(const core::Guide &guide, core::ChecklistProgress &progress,
                             const core::StudyHints &hints, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_guide(guide)
    , m_progress(progress)
    , m_hints(hints)
    , m_clock(std::move(clock))
    , m_filterBox(new QComboBox(this))
    , m_bar(new QProgressBar(this))
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_reset(new QPushButton(tr("Reset…"), this))
    , m_undo(new QPushButton(tr("Undo Reset"), this)) {
    setObjectName(u"checklistPane"_s);
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(tr("Final Checklist")), this);
    m_filterBox->addItem(tr("All"), int(Filter::All));
    m_filterBox->addItem(tr("Open"), int(Filter::Open));
    m_filterBox->addItem(tr("Done"), int(Filter::Done));
    m_bar->setRange(0, int(m_guide.checklist().size()));
    m_bar->setFormat(tr("%v of %m"));
    m_list->setObjectName(u"checklistList"_s);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new ChecklistDelegate(m_list));
    setFocusProxy(m_list);
    m_list->setToolTip(tr("Arrows move, Space ticks or unticks"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(false);
    m_undo->setVisible(false);
    m_reset->setToolTip(tr("Clear every tick (can be undone)"));

    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_filterBox);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_bar, 1);
    bottom->addWidget(m_undo);
    bottom->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(bottom);

    connect(m_filterBox, &QComboBox::activated, this,
            [this](int index) { setFilter(Filter(m_filterBox->itemData(index).toInt())); });
    // The items are built once and updated in place: a tick arrives from inside the view's own event
    // handling (Space, a click), so the item must not be deleted under it.
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        m_progress.setChecked(item->data(IdRole).toString(), item->checkState() == Qt::Checked, m_clock());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &ChecklistPane::updateDetails);
    connect(m_details, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT sectionRequested(link.mid(1)); });
    connect(m_reset, &QPushButton::clicked, this, &ChecklistPane::resetWithConfirmation);
    connect(m_undo, &QPushButton::clicked, &m_progress, &core::ChecklistProgress::undoReset);
    connect(&m_progress, &core::ChecklistProgress::changed, this, &ChecklistPane::refresh);
    buildItems();
    refresh();
}

void ChecklistPane::buildItems() {
    m_updating = true;
    for (const core::ChecklistItem &entry : m_guide.checklist()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(IdRole, entry.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_updating = false;
}

void ChecklistPane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Recall fades with time alone, without any change to react to: look again whenever the list is shown.
    updateHints();
}

void ChecklistPane::setFilter(Filter filter) {
    m_filter = filter;
    m_filterBox->setCurrentIndex(m_filterBox->findData(int(filter)));
    refresh();
}

QString ChecklistPane::hintFor(const core::StudyHint &hint) const {
    QStringList numbers;
    QStringList titles;
    for (const QString &chapterId : hint.chapterIds) {
        if (const core::Chapter *chapter = m_guide.chapter(chapterId)) {
            if (chapter->partNumber > 0)
                numbers << QString::number(chapter->partNumber);
            else
                titles << chapter->title;
        }
    }
    const QLocale locale;
    if (titles.isEmpty() && numbers.size() == 1)
        return tr("Review Part %1 first").arg(numbers.first());
    if (titles.isEmpty() && numbers.size() > 1)
        return tr("Review Parts %1 first").arg(locale.createSeparatedList(numbers));
    QStringList labels;
    for (const QString &number : std::as_const(numbers))
        labels << tr("Part %1").arg(number);
    labels << titles;
    return labels.isEmpty() ? QString() : tr("Review %1 first").arg(locale.createSeparatedList(labels));
}

QString ChecklistPane::hintText(const QString &itemId) {
    if (m_hintsDirty)
        updateHints();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == itemId)
            return m_list->item(row)->data(HintRole).toString();
    }
    return {};
}

void ChecklistPane::refreshHints() {
    m_hintsDirty = true;
    if (m_hintsQueued || !isVisible())
        return; // showEvent() brings them up to date
    m_hintsQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_hintsQueued = false;
        if (m_hintsDirty && isVisible())
            updateHints();
    });
}

void ChecklistPane::updateHints() {
    const core::ScopedTiming timing("checklist hints");
    m_hintsDirty = false;
    const QDateTime now = m_clock();
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const core::ChecklistItem &entry = m_guide.checklist().at(row);
        item->setData(HintRole, hintFor(m_hints.forSections(entry.sectionIds, now)));
    }
    m_updating = false;
    refresh();
}

void ChecklistPane::refresh() {
    const QLocale locale;
    m_updating = true;
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const core::ChecklistItem &entry = m_guide.checklist().at(row);
        ids << entry.id;
        const bool checked = m_progress.isChecked(entry.id);
        QString text = plainText(entry.text);
        if (checked) {
            const QDateTime when = m_progress.checkedAt(entry.id);
            if (when.isValid())
                text +=
                    u'\n' +
                    tr("checked on %1").arg(locale.toString(when.toLocalTime().date(), QLocale::ShortFormat));
        }
        if (item->text() != text)
            item->setText(text);
        const QString hint = item->data(HintRole).toString();
        item->setToolTip(hint.isEmpty() ? QString() : hint + u'.');
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setHidden((m_filter == Filter::Open && checked) || (m_filter == Filter::Done && !checked));
    }
    // A tick under the "Open" filter hides the item: keep the keyboard on the next one.
    if (QListWidgetItem *current = m_list->currentItem(); current && current->isHidden()) {
        const int from = m_list->row(current);
        QListWidgetItem *next = nullptr;
        for (int row = from + 1; row < m_list->count() && !next; ++row)
            next = m_list->item(row)->isHidden() ? nullptr : m_list->item(row);
        for (int row = from - 1; row >= 0 && !next; --row)
            next = m_list->item(row)->isHidden() ? nullptr : m_list->item(row);
        m_list->setCurrentItem(next);
    }
    m_updating = false;
    // Texts and hints change the rows' heights. Each change makes the list measure its rows again before it
    // next paints, once however many changed; measuring now as well, while the window is being shown,
    // would lay every row's wrapped text out at a width the list does not keep.
    m_bar->setValue(m_progress.checkedCount(ids));
    m_undo->setVisible(m_progress.canUndoReset());
    updateDetails();
}

QString ChecklistPane::sectionLinks(const QStringList &ids) const {
    QStringList links;
    for (const QString &id : ids) {
        const core::Section *section = m_guide.section(id);
        const core::Chapter *chapter = m_guide.chapterOfSection(id);
        if (!section || !chapter)
            continue;
        const QString label = section->id == chapter->id ? chapter->title : section->title;
        QString link = u"<a href=\"#%1\">%2</a>"_s.arg(section->id.toHtmlEscaped(), label.toHtmlEscaped());
        if (!m_hints.isSectionRead(section->id))
            link += u" <i>(%1)</i>"_s.arg(tr("not read yet"));
        links << link;
    }
    return links.join(u", "_s);
}

void ChecklistPane::updateDetails() {
    const QListWidgetItem *item = m_list->currentItem();
    const int row = item ? m_list->row(item) : -1;
    if (row < 0 || row >= m_guide.checklist().size()) {
        m_details->setVisible(false);
        return;
    }
    const core::ChecklistItem &entry = m_guide.checklist().at(row);
    QString html = tr("Study: %1").arg(sectionLinks(entry.sectionIds));
    const core::StudyHint hint = m_hints.forSections(entry.sectionIds, m_clock());
    if (!hint.weakCardIds.isEmpty())
        html += u"<br>"_s +
                tr("Cards on these sections still new or fading: %n", nullptr, int(hint.weakCardIds.size()));
    m_details->setText(html);
    m_details->setVisible(true);
}

void ChecklistPane::resetWithConfirmation() {
    const auto answer = QMessageBox::question(this, tr("Reset Checklist"),
                                              tr("Clear every tick of the checklist? You can undo this."),
                                              QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Reset)
        m_progress.reset();
}

} // namespace goprep::ui
