// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigatorpane.h"

#include "appsettings.h"
#include "guide.h"
#include "readingprogress.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ChapterRole = Qt::UserRole + 2;
constexpr int TitleRole = Qt::UserRole + 3;

// Down from the filter goes into the tree, so the whole pane works from the keyboard.
class FilterKeys final : public QObject {
public:
    FilterKeys(QTreeView *tree, QObject *parent)
        : QObject(parent)
        , m_tree(tree) {}

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_tree->setFocus();
            if (!m_tree->currentIndex().isValid() && m_tree->model()->rowCount() > 0)
                m_tree->setCurrentIndex(m_tree->model()->index(0, 0));
            return true;
        }
        return false;
    }

private:
    QTreeView *m_tree;
};
} // namespace

NavigatorPane::NavigatorPane(const core::Guide &guide, core::ReadingProgress &progress,
                             core::AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_guide(guide)
    , m_progress(progress)
    , m_settings(settings)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_trackBox(new QComboBox(this)) {
    setObjectName(u"navigatorPane"_s);
    m_filter->setPlaceholderText(tr("Filter chapters"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(new FilterKeys(m_tree, this));
    m_trackBox->addItem(tr("All parts"), int(Track::All));
    m_trackBox->addItem(tr("Mid-level focus"), int(Track::Mid));
    m_trackBox->addItem(tr("Senior focus"), int(Track::Senior));
    m_trackBox->setToolTip(tr("Study track from \"How To Use This Guide\""));

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(TitleRole);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_trackBox);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    buildModel();
    // The header has its two sections only once the model has columns.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QString storedTrack = m_settings.value(core::keys::studyTrack).toString();
    showTrack(storedTrack == u"mid"_s ? Track::Mid : storedTrack == u"senior"_s ? Track::Senior : Track::All);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_trackBox, &QComboBox::activated, this,
            [this](int index) { setTrack(Track(m_trackBox->itemData(index).toInt())); });
    connect(m_tree, &QTreeView::activated, this, &NavigatorPane::activate);
    connect(m_tree, &QTreeView::clicked, this, &NavigatorPane::activate);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &NavigatorPane::showContextMenu);
    connect(&m_progress, &core::ReadingProgress::readStateChanged, this, &NavigatorPane::refreshChapter);
}

void NavigatorPane::buildModel() {
    m_model->setColumnCount(2);
    for (const core::Chapter &chapter : m_guide.chapters()) {
        auto *chapterItem = new QStandardItem(chapter.title);
        chapterItem->setData(chapter.id, IdRole);
        chapterItem->setData(chapter.id, ChapterRole);
        chapterItem->setData(chapter.title, TitleRole);
        auto *percentItem = new QStandardItem;
        percentItem->setData(chapter.id, IdRole);
        percentItem->setData(chapter.id, ChapterRole);
        percentItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QList<QStandardItem *> parents{chapterItem};
        for (const core::Section &section : chapter.sections.mid(1)) {
            auto *item = new QStandardItem(section.title);
            item->setData(section.id, IdRole);
            item->setData(chapter.id, ChapterRole);
            item->setData(section.title, TitleRole);
            item->setToolTip(section.title);
            const int depth = qMax(1, section.level - 1); // level 2 hangs under the chapter
            while (parents.size() > depth)
                parents.removeLast();
            parents.last()->appendRow({item, new QStandardItem});
            parents << item;
        }
        m_model->appendRow({chapterItem, percentItem});
        refreshChapter(chapter.id);
    }
}

void NavigatorPane::refreshChapter(const QString &chapterId) {
    const core::Chapter *chapter = m_guide.chapter(chapterId);
    if (!chapter)
        return;
    QStandardItem *item = m_model->item(chapter->index, 0);
    QStandardItem *percent = m_model->item(chapter->index, 1);
    const bool read = m_progress.isRead(chapter->id);
    const int value = m_progress.chapterPercent(chapter->id);
    percent->setText(read ? u"✓"_s : value > 0 ? u"%1%"_s.arg(value) : QString());
    percent->setToolTip(read ? tr("Read") : tr("%1% of the sections seen").arg(value));
    item->setToolTip(read ? tr("%1 (read)").arg(chapter->title) : chapter->title);
}

void NavigatorPane::setTrack(Track track) {
    showTrack(track);
    m_settings.setValue(core::keys::studyTrack, track == Track::Mid      ? u"mid"_s
                                                : track == Track::Senior ? u"senior"_s
                                                                         : u"all"_s);
}

void NavigatorPane::showTrack(Track track) {
    m_track = track;
    m_trackBox->setCurrentIndex(m_trackBox->findData(int(track)));
    applyTrack();
}

void NavigatorPane::applyTrack() {
    const QColor dimmed = palette().color(QPalette::Disabled, QPalette::Text);
    for (const core::Chapter &chapter : m_guide.chapters()) {
        QStandardItem *item = m_model->item(chapter.index, 0);
        const bool mid = m_guide.isMidLevelChapter(chapter.id);
        const bool inTrack = m_track != Track::Mid || mid;
        QFont font = item->font();
        // The senior track is everything, with the senior-only parts emphasised.
        font.setBold(m_track == Track::Mid ? mid
                                           : m_track == Track::Senior && !mid && chapter.partNumber > 0);
        item->setFont(font);
        item->setData(inTrack ? QVariant() : QVariant(dimmed), Qt::ForegroundRole);
    }
}

QString NavigatorPane::currentId() const {
    return m_tree->currentIndex().data(IdRole).toString();
}

void NavigatorPane::setCurrent(const QString &chapterId, const QString &sectionId) {
    const QString id = sectionId.isEmpty() ? chapterId : sectionId;
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, 0), IdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return;
    m_settingCurrent = true;
    m_tree->setCurrentIndex(found.first());
    m_tree->scrollTo(found.first());
    m_settingCurrent = false;
}

void NavigatorPane::activate(const QModelIndex &proxyIndex) {
    if (m_settingCurrent || !proxyIndex.isValid())
        return;
    const QString chapterId = proxyIndex.data(ChapterRole).toString();
    const QString id = proxyIndex.data(IdRole).toString();
    Q_EMIT sectionActivated(chapterId, id == chapterId ? QString() : id);
}

void NavigatorPane::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    const QString chapterId = index.data(ChapterRole).toString();
    QMenu menu(this);
    const bool read = m_progress.isRead(chapterId);
    QAction *toggle = menu.addAction(read ? tr("Mark as Unread") : tr("Mark as Read"));
    if (menu.exec(m_tree->viewport()->mapToGlobal(pos)) == toggle)
        m_progress.setRead(chapterId, !read);
}

void NavigatorPane::focusFilter() {
    m_filter->setFocus();
    m_filter->selectAll();
}

} // namespace goprep::ui
