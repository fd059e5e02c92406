// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

using namespace Qt::StringLiterals;

namespace goprep::reader {

FindBar::FindBar(QWebEnginePage *page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this)) {
    m_edit->setPlaceholderText(tr("Find in chapter"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(u"✕"_s);
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(closeButton);

    connect(m_edit, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_page, &QWebEnginePage::findTextFinished, this, &FindBar::showResult);
    hide();
}

QString FindBar::text() const {
    return m_edit->text();
}

void FindBar::activate() {
    show();
    m_edit->setFocus();
    m_edit->selectAll();
    if (!m_edit->text().isEmpty())
        find(false);
}

void FindBar::findNext() {
    if (isHidden())
        return activate();
    find(false);
}

void FindBar::findPrevious() {
    if (isHidden())
        return activate();
    find(true);
}

void FindBar::close() {
    m_page->findText(QString()); // clears the highlight
    m_status->clear();
    m_matches = 0;
    hide();
}

void FindBar::find(bool backward) {
    const QString text = m_edit->text();
    if (text.isEmpty()) {
        m_page->findText(QString());
        m_status->clear();
        m_matches = 0;
        return;
    }
    m_page->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void FindBar::showResult(const QWebEngineFindTextResult &result) {
    m_matches = result.numberOfMatches();
    if (m_edit->text().isEmpty())
        m_status->clear();
    else if (m_matches == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%1 of %2").arg(result.activeMatch()).arg(m_matches));
    Q_EMIT resultChanged(result.activeMatch(), m_matches);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace goprep::reader
