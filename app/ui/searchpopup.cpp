// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpopup.h"
#include "searchresultdelegate.h"
#include "searchresultmodel.h"

#include "guide.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
constexpr qsizetype maxResults = 50;
constexpr int visibleRows = 6;
constexpr int margin = 12; // from the window's edges
} // namespace

SearchPopup::SearchPopup(const core::Guide &guide, QWidget *parent)
    : QFrame(parent)
    , m_guide(guide)
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new SearchResultModel(guide, this)) {
    Q_ASSERT(parent);
    setObjectName(u"searchPopup"_s);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    hide();

    m_edit->setObjectName(u"searchQuery"_s);
    m_edit->setPlaceholderText(tr("Search sections, flashcards and the checklist"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_list->setObjectName(u"searchResults"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    // The focus stays in the query line, which steers the list with Up and Down.
    m_list->setFocusPolicy(Qt::NoFocus);

    m_status->setObjectName(u"searchStatus"_s);
    // It echoes the query: the user's text, never markup (AutoText would render "<img ...>" as an image).
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    layout->addWidget(m_status);

    connect(m_edit, &QLineEdit::textChanged, this, &SearchPopup::search);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    // Clicking or tabbing anywhere else closes the popup, as a menu would.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            hide();
    });
    parent->installEventFilter(this); // to follow the window's size
    search(QString());
}

SearchPopup::~SearchPopup() = default;

void SearchPopup::open(const QString &query) {
    if (!isVisible())
        m_returnFocus = QApplication::focusWidget();
    if (!query.isEmpty())
        m_edit->setText(query);
    show();
    place();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPopup::dismiss() {
    hide();
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
}

void SearchPopup::search(const QString &query) {
    if (core::SearchIndex::queryWords(query).isEmpty()) {
        m_model->setResults({});
        m_status->setText(tr("Type to search every section, flashcard and checklist item."));
    } else {
        if (!m_index)
            m_index = std::make_unique<core::SearchIndex>(m_guide);
        m_model->setResults(m_index->search(query, maxResults));
        const int count = m_model->rowCount();
        if (count == 0)
            m_status->setText(tr("Nothing matches “%1”.").arg(query.simplified()));
        else if (count == maxResults)
            m_status->setText(tr("The best %n results. Enter opens, Esc closes.", nullptr, count));
        else
            m_status->setText(tr("%n result(s). Enter opens, Esc closes.", nullptr, count));
        if (count > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
    }
    if (isVisible())
        place();
}

void SearchPopup::activate(int row) {
    const core::SearchResult *result = m_model->result(row);
    if (!result)
        return;
    const core::SearchResult chosen = *result; // the model may change while the result opens
    hide();
    Q_EMIT resultActivated(chosen);
}

void SearchPopup::moveCurrent(int delta) {
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, count - 1);
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_list->currentIndex());
}

void SearchPopup::place() {
    QWidget *window = parentWidget();
    int top = margin;
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->centralWidget())
        top += main->centralWidget()->geometry().top(); // below the menu bar
    const int width = std::min(window->width() - 2 * margin, std::max(480, window->width() * 11 / 20));

    const int rowHeight = m_model->rowCount() > 0 ? m_list->sizeHintForRow(0) : 0;
    const int chrome = layout()->contentsMargins().top() + layout()->contentsMargins().bottom() +
                       2 * layout()->spacing() + m_edit->sizeHint().height() + m_status->sizeHint().height() +
                       2 * frameWidth() + 2 * m_list->frameWidth();
    int rows = std::min(m_model->rowCount(), visibleRows);
    while (rows > 1 && chrome + rows * rowHeight > window->height() - top - margin)
        --rows; // a short window shows fewer rows and scrolls
    m_list->setVisible(rows > 0);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
    const int height =
        chrome + rows * rowHeight - (rows > 0 ? 0 : layout()->spacing() + 2 * m_list->frameWidth());
    setGeometry((window->width() - width) / 2, top, width, height);
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize && !isHidden()) {
        place();
    } else if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        // Esc belongs to the popup while it is open, whatever the window binds it to.
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    } else if (watched == m_edit && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(visibleRows - 1);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(1 - visibleRows);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_list->currentIndex().row());
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace goprep::ui
