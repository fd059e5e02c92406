// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"
#include "studysettings.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace goprep::core {
class AppSettings;
class Guide;
class MarkdownRenderer;
class ReviewStore;
class StudyQueue;
} // namespace goprep::core

namespace goprep::ui {

class CardBrowserDialog;
class StatisticsDialog;

// The reviewer: question, Space/Enter shows the answer, 1-4 grade, U or Ctrl+Z undoes, as in Anki.
class FlashcardPane final : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    FlashcardPane(const core::Guide &guide, core::AppSettings &settings, core::MarkdownRenderer &renderer,
                  Clock clock, QWidget *parent = nullptr);
    ~FlashcardPane() override;
    Q_DISABLE_COPY_MOVE(FlashcardPane)

    // Deck keys: "all", "mid", "senior", "guide", or "chapter:<id>".
    void setDeck(const QString &deck);
    QString deck() const { return m_deck; }
    void setCram(bool cram);
    void setCodeStylesheet(const QString &css);
    QString currentCardId() const;
    bool isAnswerShown() const { return m_answerShown; }
    void showAnswer();
    void grade(core::Rating rating);
    void undo();
    core::StudyQueue *queue() const;
    core::ReviewStore *store() const { return m_store.get(); }
    // The interval text each grade button shows, indexed by rating - 1.
    QStringList buttonIntervals() const;

    // Builds the queue and shows the first card. Whatever needs the queue (the current card, a grade...)
    // starts it too; MainWindow starts it once the first chapter is painted, so the review log is read after
    // that.
    void start();
    bool isStarted() const { return m_queue != nullptr; }

    // Reads the study options (limits, day start, desired retention, steps) from the settings again and
    // reschedules with them. Done on construction; after a change in Preferences the card on screen stays,
    // with its answer and the new intervals on the buttons, and so does the undo history.
    void applySettings();
    // Reads card states and the log again after an import replaced them; the undo history ends here.
    void reloadProgress();
    const core::StudySettings &studySettings() const { return m_studySettings; }
    const core::FsrsScheduler &scheduler() const { return m_scheduler; }

    // Opens the dialog, or raises it when it is open already.
    void showCardBrowser();
    void showStatistics();
    CardBrowserDialog *cardBrowser() const;
    StatisticsDialog *statisticsDialog() const;

Q_SIGNALS:
    void sectionRequested(const QString &sectionId);

private:
    void ensureStarted() const;
    void readSettings();
    QStringList deckCardIds(const QString &deck) const;
    void rebuildQueue();
    void updateGradeButtons();
    void showNext();
    void updateCounts();
    void onCardChanged(const QString &cardId);
    QString cardHtml(bool withAnswer) const;
    static QString formatInterval(const QDateTime &from, const QDateTime &to);

    const core::Guide &m_guide;
    core::AppSettings &m_settings;
    core::MarkdownRenderer &m_renderer;
    Clock m_clock;
    core::StudySettings m_studySettings;
    core::FsrsScheduler m_scheduler;
    std::unique_ptr<core::ReviewStore> m_store;
    std::unique_ptr<core::StudyQueue> m_queue;
    QString m_deck = QStringLiteral("all");
    bool m_answerShown = false;
    bool m_answering = false; // our own grade or undo is changing the store
    QString m_codeCss;

    QComboBox *m_deckBox = nullptr;
    QCheckBox *m_cramBox = nullptr;
    QLabel *m_counts = nullptr;
    QTextBrowser *m_card = nullptr;
    QStackedWidget *m_buttons = nullptr;
    QPushButton *m_showAnswer = nullptr;
    QList<QPushButton *> m_gradeButtons;
    QPushButton *m_openInGuide = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_studyAhead = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_stats = nullptr;
    QPointer<CardBrowserDialog> m_browser;
    QPointer<StatisticsDialog> m_statistics;
};

} // namespace goprep::ui
