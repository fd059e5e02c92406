// SPDX-License-Identifier: GPL-3.0-or-later
#include "flashcardpane.h"

#include "cardbrowserdialog.h"
#include "statisticsdialog.h"

#include "appsettings.h"
#include "guide.h"
#include "markdownrenderer.h"
#include "reviewstore.h"
#include "scopedtiming.h"
#include "studyqueue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
// Qt's rich text understands a small CSS subset: enough for code colours and spacing.
const QString cardCss = u"body{font-size:11pt;} pre{margin:6px 0;padding:6px;} code{font-family:monospace;}"
                        " .code-head{display:none;} .q{font-weight:600;}"_s;
} // namespace

FlashcardPane::FlashcardPane(const core::Guide &guide, core::AppSettings &settings,
                             core::MarkdownRenderer &renderer, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_guide(guide)
    , m_settings(settings)
    , m_renderer(renderer)
    , m_clock(std::move(clock))
    , m_store(std::make_unique<core::ReviewStore>(&settings.settings(), guide))
    , m_deckBox(new QComboBox(this))
    , m_cramBox(new QCheckBox(tr("Final-day pass"), this))
    , m_counts(new QLabel(this))
    , m_card(new QTextBrowser(this))
    , m_buttons(new QStackedWidget(this))
    , m_showAnswer(new QPushButton(tr("Show Answer"), this))
    , m_openInGuide(new QPushButton(tr("Open in Guide"), this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_studyAhead(new QPushButton(tr("Study Ahead"), this))
    , m_browse(new QPushButton(tr("Browse Cards…"), this))
    , m_stats(new QPushButton(tr("Statistics…"), this)) {
    setObjectName(u"flashcardPane"_s);
    m_deckBox->addItem(tr("All cards"), u"all"_s);
    m_deckBox->addItem(tr("Mid-level cards"), u"mid"_s);
    m_deckBox->addItem(tr("Senior cards"), u"senior"_s);
    m_deckBox->addItem(tr("The guide's own Q&A"), u"guide"_s);
    for (const core::Chapter &chapter : m_guide.chapters()) {
        if (!deckCardIds(u"chapter:"_s + chapter.id).isEmpty())
            m_deckBox->addItem(chapter.title, QString(u"chapter:"_s + chapter.id));
    }
    // Long part titles must not widen the whole study column.
    m_deckBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deckBox->setMinimumContentsLength(14);
    m_cramBox->setToolTip(tr("Go through the deck in order without changing the schedule"));
    m_card->setOpenLinks(false);
    m_card->setFocusPolicy(Qt::NoFocus);
    m_showAnswer->setToolTip(tr("Space or Enter"));
    // The counts share a row with two buttons: in longer languages they wrap rather than widen the column.
    m_counts->setWordWrap(true);
    m_browse->setObjectName(u"browseCardsButton"_s);
    m_browse->setToolTip(tr("Every card with its schedule: search, reset, suspend (Ctrl+Shift+B)"));
    m_stats->setObjectName(u"statisticsButton"_s);
    m_stats->setToolTip(tr("Reviews, retention and the cards due in the coming days"));

    auto *answerRow = new QWidget(this);
    auto *grades = new QHBoxLayout(answerRow);
    grades->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(answerRow);
        button->setObjectName(u"grade%1"_s.arg(i + 1));
        button->setToolTip(tr("Key %1").arg(i + 1));
        grades->addWidget(button);
        m_gradeButtons << button;
        connect(button, &QPushButton::clicked, this, [this, i] { grade(core::Rating(i + 1)); });
    }
    m_buttons->addWidget(m_showAnswer);
    m_buttons->addWidget(answerRow);
    m_buttons->addWidget(m_studyAhead);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Flashcards")), this));
    top->addWidget(m_deckBox, 1);
    top->addWidget(m_cramBox);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_counts, 1);
    bottom->addWidget(m_undo);
    bottom->addWidget(m_openInGuide);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_browse);
    tools->addWidget(m_stats);
    tools->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_card, 1);
    layout->addWidget(m_buttons);
    layout->addLayout(bottom);
    layout->addLayout(tools);

    // Keys work whenever focus is inside the pane, so they never steal typing from the reader or search.
    const auto addKey = [this](const QKeySequence &key, auto handler) {
        auto *shortcut = new QShortcut(key, this, this, handler);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    };
    addKey(QKeySequence(Qt::Key_Space), [this] { showAnswer(); });
    addKey(QKeySequence(Qt::Key_Return), [this] { showAnswer(); });
    addKey(QKeySequence(Qt::Key_Enter), [this] { showAnswer(); });
    for (int i = 0; i < 4; ++i)
        addKey(QKeySequence(Qt::Key_1 + i), [this, i] { grade(core::Rating(i + 1)); });
    addKey(QKeySequence(Qt::Key_U), [this] { undo(); });
    addKey(QKeySequence::Undo, [this] { undo(); });
    setFocusPolicy(Qt::StrongFocus);

    connect(m_showAnswer, &QPushButton::clicked, this, &FlashcardPane::showAnswer);
    connect(m_undo, &QPushButton::clicked, this, &FlashcardPane::undo);
    connect(m_studyAhead, &QPushButton::clicked, this, [this] {
        if (m_queue->studyAhead())
            showNext();
    });
    connect(m_openInGuide, &QPushButton::clicked, this, [this] {
        if (const core::Card *card = m_guide.card(currentCardId()))
            Q_EMIT sectionRequested(card->topicId.isEmpty() ? card->sectionId : card->topicId);
    });
    connect(m_deckBox, &QComboBox::activated, this,
            [this](int index) { setDeck(m_deckBox->itemData(index).toString()); });
    connect(m_cramBox, &QCheckBox::toggled, this, &FlashcardPane::setCram);
    connect(m_browse, &QPushButton::clicked, this, &FlashcardPane::showCardBrowser);
    connect(m_stats, &QPushButton::clicked, this, &FlashcardPane::showStatistics);
    connect(m_store.get(), &core::ReviewStore::cardChanged, this, &FlashcardPane::onCardChanged);

    const QString stored = m_settings.value(core::keys::flashcardDeck, u"all"_s).toString();
    m_deck = m_deckBox->findData(stored) >= 0 ? stored : u"all"_s;
    m_deckBox->setCurrentIndex(m_deckBox->findData(m_deck));
    readSettings();
    m_showAnswer->setEnabled(false); // until start()
    m_openInGuide->setEnabled(false);
    m_undo->setEnabled(false);
}

void FlashcardPane::start() {
    if (m_queue)
        return;
    const core::ScopedTiming timing("flashcard queue");
    m_showAnswer->setEnabled(true);
    rebuildQueue();
}

void FlashcardPane::ensureStarted() const {
    // Lazy start from an accessor: the pane itself is never const.
    if (!m_queue)
        const_cast<FlashcardPane *>(this)->start();
}

core::StudyQueue *FlashcardPane::queue() const {
    ensureStarted();
    return m_queue.get();
}

FlashcardPane::~FlashcardPane() = default;

void FlashcardPane::applySettings() {
    readSettings();
    if (!m_queue)
        return; // start() builds it with these
    // The queue reads the scheduler through a pointer and its limits live, so nothing needs rebuilding.
    m_queue->setNewCardsPerDay(m_studySettings.newCardsPerDay);
    m_queue->setReviewsPerDay(m_studySettings.reviewsPerDay);
    m_queue->setDayStartHour(m_studySettings.dayStartHour);
    if (currentCardId().isEmpty()) {
        showNext(); // a higher limit or another day start may let a card in
        return;
    }
    if (m_answerShown)
        updateGradeButtons();
    updateCounts();
}

void FlashcardPane::reloadProgress() {
    m_store->reload();
    if (m_queue)
        rebuildQueue();
}

void FlashcardPane::readSettings() {
    m_studySettings = core::StudySettings::read(m_settings);
    // Assigned in place: the dialogs keep a pointer to this scheduler.
    m_scheduler = core::FsrsScheduler(m_studySettings.scheduler);
    if (m_statistics) {
        m_statistics->setDayStartHour(m_studySettings.dayStartHour);
        m_statistics->setDesiredRetention(m_studySettings.scheduler.desiredRetention);
    }
}

void FlashcardPane::showCardBrowser() {
    if (!m_browser) {
        m_browser = new CardBrowserDialog(m_guide, m_store.get(), &m_scheduler, m_clock, this);
        m_browser->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_browser, &CardBrowserDialog::sectionRequested, this, &FlashcardPane::sectionRequested);
    }
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
}

void FlashcardPane::showStatistics() {
    if (!m_statistics) {
        m_statistics = new StatisticsDialog(m_guide, m_store.get(), m_clock, this);
        m_statistics->setAttribute(Qt::WA_DeleteOnClose);
        m_statistics->setDayStartHour(m_studySettings.dayStartHour);
        m_statistics->setDesiredRetention(m_studySettings.scheduler.desiredRetention);
    }
    m_statistics->show();
    m_statistics->raise();
    m_statistics->activateWindow();
}

CardBrowserDialog *FlashcardPane::cardBrowser() const {
    return m_browser;
}

StatisticsDialog *FlashcardPane::statisticsDialog() const {
    return m_statistics;
}

void FlashcardPane::onCardChanged(const QString &cardId) {
    if (m_answering || !m_queue)
        return;
    // Changed elsewhere (the browser): a suspended or reset card on screen is taken away or shown afresh, and
    // an unsuspended card may end a "nothing is due".
    if (cardId == currentCardId() || currentCardId().isEmpty())
        showNext();
    else
        updateCounts();
}

QStringList FlashcardPane::deckCardIds(const QString &deck) const {
    QStringList ids;
    const QString chapterId = deck.startsWith(u"chapter:"_s) ? deck.mid(8) : QString();
    for (const core::Card &card : m_guide.cards()) {
        const bool in = deck == u"all"_s || (deck == u"mid"_s && card.level == core::CardLevel::Mid) ||
                        (deck == u"senior"_s && card.level == core::CardLevel::Senior) ||
                        (deck == u"guide"_s && card.fromGuide) ||
                        (!chapterId.isEmpty() && card.chapterId == chapterId);
        if (in)
            ids << card.id;
    }
    return ids;
}

void FlashcardPane::setDeck(const QString &deck) {
    m_deck = deck;
    m_deckBox->setCurrentIndex(m_deckBox->findData(deck));
    m_settings.setValue(core::keys::flashcardDeck, deck);
    if (m_queue)
        rebuildQueue();
}

void FlashcardPane::setCram(bool cram) {
    m_cramBox->setChecked(cram);
    ensureStarted();
    m_queue->setCram(cram);
    showNext();
}

void FlashcardPane::rebuildQueue() {
    m_queue = std::make_unique<core::StudyQueue>(deckCardIds(m_deck), m_store.get(), &m_scheduler, m_clock);
    m_queue->setNewCardsPerDay(m_studySettings.newCardsPerDay);
    m_queue->setReviewsPerDay(m_studySettings.reviewsPerDay);
    m_queue->setDayStartHour(m_studySettings.dayStartHour);
    m_queue->setCram(m_cramBox->isChecked());
    showNext();
}

void FlashcardPane::setCodeStylesheet(const QString &css) {
    m_codeCss = css;
    m_card->document()->setDefaultStyleSheet(cardCss + css);
    if (m_queue)
        m_card->setHtml(cardHtml(m_answerShown));
}

QString FlashcardPane::currentCardId() const {
    ensureStarted();
    return m_queue->currentCard().value_or(QString());
}

QString FlashcardPane::cardHtml(bool withAnswer) const {
    const core::Card *card = m_guide.card(currentCardId());
    if (!card) {
        const auto next = m_queue->nextDueTime();
        QString text = u"<h3>%1</h3>"_s.arg(tr("Nothing is due in this deck."));
        if (next)
            text +=
                u"<p>%1</p>"_s.arg(tr("The next card is due %1.")
                                       .arg(QLocale().toString(next->toLocalTime(), QLocale::ShortFormat)));
        text +=
            u"<p>%1</p>"_s.arg(tr("Study ahead, or tick \"Final-day pass\" to go through the deck in order "
                                  "without changing the schedule."));
        return text;
    }
    QString html = u"<div class=\"q\">"_s + m_renderer.render(card->question) + u"</div>"_s;
    if (withAnswer)
        html += u"<hr>"_s + m_renderer.render(card->answer);
    return html;
}

void FlashcardPane::showNext() {
    const core::ScopedTiming timing("next card");
    m_answerShown = false;
    m_queue->nextCard();
    timing.mark("picked");
    const bool hasCard = !currentCardId().isEmpty();
    m_card->setHtml(cardHtml(false));
    timing.mark("shown");
    m_buttons->setCurrentIndex(hasCard ? 0 : 2);
    m_studyAhead->setEnabled(!hasCard && !m_queue->isCram());
    m_openInGuide->setEnabled(hasCard);
    m_undo->setEnabled(m_queue->canUndo());
    updateCounts();
}

QStringList FlashcardPane::buttonIntervals() const {
    ensureStarted();
    QStringList texts;
    const QString id = currentCardId();
    if (id.isEmpty())
        return texts;
    const QDateTime now = m_clock();
    const auto outcomes = m_scheduler.preview(id, m_store->state(id), now);
    for (const core::CardState &state : outcomes)
        texts << formatInterval(now, state.due);
    return texts;
}

QString FlashcardPane::formatInterval(const QDateTime &from, const QDateTime &to) {
    const qint64 minutes = qMax<qint64>(1, (from.secsTo(to) + 30) / 60);
    if (minutes < 60)
        return tr("%1m").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1h").arg(qRound(minutes / 60.0));
    const double days = minutes / (24.0 * 60.0);
    if (days < 30)
        return tr("%1d").arg(qRound(days));
    if (days < 365)
        return tr("%1mo").arg(QLocale().toString(days / 30.0, 'f', 1));
    return tr("%1y").arg(QLocale().toString(days / 365.0, 'f', 1));
}

void FlashcardPane::showAnswer() {
    if (m_answerShown || currentCardId().isEmpty())
        return;
    m_answerShown = true;
    m_card->setHtml(cardHtml(true));
    updateGradeButtons();
    m_buttons->setCurrentIndex(1);
}

void FlashcardPane::updateGradeButtons() {
    const QStringList intervals = buttonIntervals();
    const QStringList names = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i) {
        const QString interval = m_queue->isCram() ? QString() : intervals.value(i);
        m_gradeButtons[i]->setText(interval.isEmpty() ? names[i] : u"%1\n%2"_s.arg(names[i], interval));
    }
}

void FlashcardPane::grade(core::Rating rating) {
    if (!m_answerShown || currentCardId().isEmpty())
        return;
    const core::ScopedTiming timing("grade");
    m_answering = true;
    const bool graded = m_queue->grade(rating);
    m_answering = false;
    timing.mark("stored");
    if (graded)
        showNext();
}

void FlashcardPane::undo() {
    ensureStarted();
    m_answering = true;
    const bool undone = m_queue->undo();
    m_answering = false;
    if (undone)
        showNext();
}

void FlashcardPane::updateCounts() {
    const auto counts = m_queue->counts();
    // Each count stays on one line; where the row is short (longer languages), the line breaks between them.
    const auto unbroken = [](QString text) { return text.replace(u' ', QChar::Nbsp); };
    // Anki's colours: new blue, learning red, review green.
    m_counts->setText(
        u"<span style=\"color:#3d7dd8\">%1</span> · <span style=\"color:#d04a3c\">%2</span> · "
        "<span style=\"color:#3b9a4a\">%3</span>"_s.arg(unbroken(tr("%n new", nullptr, counts.newCards)),
                                                        unbroken(tr("%n learning", nullptr, counts.learning)),
                                                        unbroken(tr("%n due", nullptr, counts.review))));
}

} // namespace goprep::ui
