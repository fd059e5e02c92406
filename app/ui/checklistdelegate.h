// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace goprep::ui {

// Draws a checklist item as usual plus, when it has one, its study hint as a muted italic line below the
// text: visible enough to keep a tick honest, quiet enough not to nag.
class ChecklistDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int HintRole = Qt::UserRole + 2;

    explicit ChecklistDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChecklistDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont hintFont(const QFont &base);

    // Word-wrapped rows are dear to measure, and a list view of rows of differing heights asks again for
    // every row it paints or locates. Keyed by what the size depends on: text, hint, width and font.
    mutable QHash<QString, QSize> m_sizes;
};

} // namespace goprep::ui
