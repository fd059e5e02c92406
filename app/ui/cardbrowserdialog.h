// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace goprep::core {
class CardSearchModel;
class CardTableModel;
class FsrsScheduler;
class Guide;
class ReviewStore;
} // namespace goprep::core

namespace goprep::ui {

// Every card with its schedule, searchable and sortable, as Anki's browser: reset, suspend or unsuspend the
// selected cards, or open one in the guide.
class CardBrowserDialog final : public QDialog {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    CardBrowserDialog(const core::Guide &guide, core::ReviewStore *store,
                      const core::FsrsScheduler *scheduler, Clock clock, QWidget *parent = nullptr);
    ~CardBrowserDialog() override;
    Q_DISABLE_COPY_MOVE(CardBrowserDialog)

    void setSearchText(const QString &text);
    // Selects exactly these cards (those that are shown); returns how many were selected.
    int selectCards(const QStringList &cardIds);
    QStringList selectedCardIds() const;

    // Asks first; the review log is kept.
    void resetSelected();
    // Suspends the selection, or unsuspends it when every selected card is suspended already.
    void toggleSuspendSelected();
    void openSelectedInGuide();

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    core::CardTableModel *cardModel() const { return m_model; }
    core::CardSearchModel *searchModel() const { return m_proxy; }

Q_SIGNALS:
    void sectionRequested(const QString &sectionId);

private:
    void updateActions();
    void updateCount();

    const core::Guide &m_guide;
    core::ReviewStore *m_store = nullptr;
    core::CardTableModel *m_model = nullptr;
    core::CardSearchModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_suspend = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace goprep::ui
