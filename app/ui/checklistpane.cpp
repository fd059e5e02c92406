// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpane.h"

#include "checklistprogress.h"
#include "guide.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString plainText(const QString &markdown) {
    QString text = markdown;
    return text.remove(u'`');
}
} // namespace

ChecklistPane::ChecklistPane(const core::Guide &guide, core::ChecklistProgress &progress, Clock clock,
                             QWidget *parent)
    : QWidget(parent)
    , m_guide(guide)
    , m_progress(progress)
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
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
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
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding)
            return;
        m_progress.setChecked(item->data(IdRole).toString(), item->checkState() == Qt::Checked, m_clock());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &ChecklistPane::updateDetails);
    connect(m_details, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT sectionRequested(link.mid(1)); });
    connect(m_reset, &QPushButton::clicked, this, &ChecklistPane::resetWithConfirmation);
    connect(m_undo, &QPushButton::clicked, &m_progress, &core::ChecklistProgress::undoReset);
    connect(&m_progress, &core::ChecklistProgress::changed, this, &ChecklistPane::rebuild);
    rebuild();
}

void ChecklistPane::setFilter(Filter filter) {
    m_filter = filter;
    m_filterBox->setCurrentIndex(m_filterBox->findData(int(filter)));
    rebuild();
}

void ChecklistPane::rebuild() {
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(IdRole).toString() : QString();
    m_rebuilding = true;
    m_list->clear();
    QStringList ids;
    const QLocale locale;
    for (const core::ChecklistItem &entry : m_guide.checklist()) {
        ids << entry.id;
        const bool checked = m_progress.isChecked(entry.id);
        if ((m_filter == Filter::Open && checked) || (m_filter == Filter::Done && !checked))
            continue;
        QString text = plainText(entry.text);
        if (checked) {
            const QDateTime when = m_progress.checkedAt(entry.id);
            if (when.isValid())
                text +=
                    u'\n' +
                    tr("checked on %1").arg(locale.toString(when.toLocalTime().date(), QLocale::ShortFormat));
        }
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, entry.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (entry.id == current)
            m_list->setCurrentItem(item);
    }
    m_rebuilding = false;
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
        links << u"<a href=\"#%1\">%2</a>"_s.arg(id.toHtmlEscaped(), label.toHtmlEscaped());
    }
    return links.join(u", "_s);
}

void ChecklistPane::updateDetails() {
    const QListWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(IdRole).toString() : QString();
    for (const core::ChecklistItem &entry : m_guide.checklist()) {
        if (entry.id == id) {
            m_details->setText(tr("Study: %1").arg(sectionLinks(entry.sectionIds)));
            m_details->setVisible(true);
            return;
        }
    }
    m_details->setVisible(false);
}

void ChecklistPane::resetWithConfirmation() {
    const auto answer = QMessageBox::question(this, tr("Reset Checklist"),
                                              tr("Clear every tick of the checklist? You can undo this."),
                                              QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Reset)
        m_progress.reset();
}

} // namespace goprep::ui
