// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QWebEnginePage;
class QWebEngineFindTextResult;

namespace goprep::reader {

// Find in page: Ctrl+F opens it, Enter/F3 next, Shift+Enter/Shift+F3 previous, Esc closes.
class FindBar final : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWebEnginePage *page, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FindBar)

    void activate();
    void findNext();
    void findPrevious();
    void close();
    QString text() const;
    int matchCount() const { return m_matches; }

Q_SIGNALS:
    void resultChanged(int active, int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);

    QWebEnginePage *m_page = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    int m_matches = 0;
};

} // namespace goprep::reader
