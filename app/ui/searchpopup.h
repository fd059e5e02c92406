// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchindex.h"

#include <QFrame>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;

namespace goprep::core {
class Guide;
}

namespace goprep::ui {

class SearchResultModel;

// Guide-wide search (Ctrl+K): a query line over a result list, floating at the top of the window it
// belongs to. Searches as you type; Up/Down move, Enter opens, Esc closes, and so does clicking elsewhere.
class SearchPopup final : public QFrame {
    Q_OBJECT
public:
    SearchPopup(const core::Guide &guide, QWidget *parent);
    ~SearchPopup() override;
    Q_DISABLE_COPY_MOVE(SearchPopup)

    // Shows the popup with `query` (or the last query, selected, so typing replaces it) and focuses it.
    void open(const QString &query = {});
    // Closes and gives the focus back to where it was when the popup opened.
    void dismiss();

    QLineEdit *queryEdit() const { return m_edit; }
    QListView *resultList() const { return m_list; }
    SearchResultModel *model() const { return m_model; }

Q_SIGNALS:
    void resultActivated(const core::SearchResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &query);
    void activate(int row);
    void moveCurrent(int delta);
    void place();

    const core::Guide &m_guide;
    // Built on first use, so starting GoPrep does not pay for it.
    std::unique_ptr<core::SearchIndex> m_index;
    QLineEdit *m_edit = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    SearchResultModel *m_model = nullptr;
    QPointer<QWidget> m_returnFocus;
};

} // namespace goprep::ui
