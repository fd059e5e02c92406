// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskspane.h"

#include "chartcolors.h"
#include "practicetext.h"

#include "attemptlog.h"
#include "guide.h"
#include "practicesession.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {

QString plainText(const QString &markdown) {
    QString text = markdown;
    return text.remove(u'`');
}

} // namespace

TasksPane::TasksPane(const core::Guide &guide, core::PracticeSession &session, core::AttemptLog &log,
                     QWidget *parent)
    : QWidget(parent)
    , m_guide(guide)
    , m_session(session)
    , m_attempts(log)
    , m_taskBox(new QComboBox(this))
    , m_links(new QLabel(this))
    , m_requirements(new QListWidget(this))
    , m_minutes(new QSpinBox(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_clock(new QLabel(this))
    , m_elsewhere(new QLabel(this))
    , m_ratingForm(new QWidget(this))
    , m_ratings(new QButtonGroup(this))
    , m_note(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save Attempt"), this))
    , m_discard(new QPushButton(tr("Discard"), this))
    , m_logTitle(new QLabel(this))
    , m_log(new QTreeWidget(this)) {
    setObjectName(u"tasksPane"_s);
    m_taskBox->setObjectName(u"taskBox"_s);
    m_taskBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_taskBox->setMinimumContentsLength(16);
    setFocusProxy(m_taskBox);
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_requirements->setObjectName(u"requirementsList"_s);
    m_requirements->setWordWrap(true);
    m_requirements->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_requirements->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_requirements->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_requirements->setToolTip(tr("Tick each requirement as you meet it during an attempt"));
    m_minutes->setRange(1, core::PracticeSession::maxMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Time box for the next attempt"));
    m_start->setObjectName(u"startAttempt"_s);
    m_pause->setObjectName(u"pauseAttempt"_s);
    m_stop->setObjectName(u"stopAttempt"_s);
    m_clock->setObjectName(u"practiceClock"_s);
    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.5);
    clockFont.setBold(true);
    clockFont.setStyleHint(QFont::Monospace);
    clockFont.setFamilies({u"DejaVu Sans Mono"_s, u"monospace"_s});
    m_clock->setFont(clockFont);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elsewhere->setWordWrap(true);
    m_elsewhere->setTextFormat(Qt::RichText);

    auto *solved = new QRadioButton(practicetext::rating(core::AttemptRating::Solved), m_ratingForm);
    auto *partly = new QRadioButton(practicetext::rating(core::AttemptRating::Partly), m_ratingForm);
    auto *notYet = new QRadioButton(practicetext::rating(core::AttemptRating::NotYet), m_ratingForm);
    m_ratings->addButton(solved, int(core::AttemptRating::Solved));
    m_ratings->addButton(partly, int(core::AttemptRating::Partly));
    m_ratings->addButton(notYet, int(core::AttemptRating::NotYet));
    m_note->setObjectName(u"attemptNote"_s);
    m_note->setPlaceholderText(tr("Note (optional): what to do differently next time"));
    m_note->setMaxLength(2000);
    m_save->setObjectName(u"saveAttempt"_s);
    m_save->setDefault(true);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(new QLabel(tr("How did it go?"), m_ratingForm));
    rateRow->addWidget(solved);
    rateRow->addWidget(partly);
    rateRow->addWidget(notYet);
    rateRow->addStretch(1);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_save);
    noteRow->addWidget(m_discard);
    auto *formLayout = new QVBoxLayout(m_ratingForm);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(rateRow);
    formLayout->addLayout(noteRow);

    m_log->setObjectName(u"attemptLog"_s);
    m_log->setColumnCount(4);
    m_log->setHeaderLabels({tr("Date"), tr("Time used"), tr("Rating"), tr("Note")});
    m_log->setRootIsDecorated(false);
    m_log->setAlternatingRowColors(true);
    m_log->setSelectionMode(QAbstractItemView::NoSelection);
    m_log->setFocusPolicy(Qt::NoFocus);
    m_log->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_log->setTextElideMode(Qt::ElideRight);
    m_log->header()->setStretchLastSection(true);
    m_log->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *timerRow = new QHBoxLayout;
    timerRow->addWidget(m_minutes);
    timerRow->addWidget(m_start);
    timerRow->addWidget(m_pause);
    timerRow->addWidget(m_stop);
    timerRow->addWidget(m_clock, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_taskBox);
    layout->addWidget(m_links);
    layout->addWidget(m_requirements);
    layout->addLayout(timerRow);
    layout->addWidget(m_elsewhere);
    layout->addWidget(m_ratingForm);
    layout->addWidget(m_logTitle);
    layout->addWidget(m_log, 1);
    // Takes the free space while there is no log to show, so everything stays at the top.
    layout->addStretch(0);
    m_endStretchIndex = layout->count() - 1;

    fillTaskBox();
    connect(m_taskBox, &QComboBox::currentIndexChanged, this, &TasksPane::updateTask);
    connect(m_links, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT sectionRequested(link.mid(1)); });
    connect(m_elsewhere, &QLabel::linkActivated, this, [this] { showTask(m_session.taskId()); });
    connect(m_requirements, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating || !isAttemptOnThisTask())
            return;
        m_session.setRequirementDone(m_requirements->row(item), item->checkState() == Qt::Checked);
    });
    connect(m_start, &QPushButton::clicked, this, &TasksPane::startAttempt);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_session.state() == core::PracticeSession::State::Paused)
            m_session.resume();
        else
            m_session.pause();
    });
    connect(m_stop, &QPushButton::clicked, &m_session, &core::PracticeSession::stop);
    connect(m_ratings, &QButtonGroup::idToggled, this, [this] { updateControls(); });
    connect(m_save, &QPushButton::clicked, this, &TasksPane::saveAttempt);
    connect(m_note, &QLineEdit::returnPressed, this, &TasksPane::saveAttempt);
    connect(m_discard, &QPushButton::clicked, this, &TasksPane::discardAttempt);
    connect(&m_session, &core::PracticeSession::changed, this, [this] {
        updateRequirements();
        updateControls();
    });
    connect(&m_session, &core::PracticeSession::ticked, this, &TasksPane::updateClock);
    connect(&m_attempts, &core::AttemptLog::changed, this, [this] {
        fillTaskBox();
        updateLog();
    });

    // A running attempt is what the user will want to see first.
    if (m_session.isActive())
        showTask(m_session.taskId());
    updateTask();
}

void TasksPane::fillTaskBox() {
    const QString current = currentTaskId();
    const QSignalBlocker blocker(m_taskBox);
    m_taskBox->clear();
    for (const core::CodingTask &task : m_guide.tasks()) {
        QString text = u"%1. %2"_s.arg(task.number).arg(plainText(task.title));
        if (const auto best = m_attempts.bestRating(task.id))
            text += u" · "_s + practicetext::rating(*best).toLower();
        m_taskBox->addItem(text, task.id);
    }
    const int index = m_taskBox->findData(current);
    m_taskBox->setCurrentIndex(index >= 0 ? index : 0);
}

QString TasksPane::currentTaskId() const {
    return m_taskBox->currentData().toString();
}

const core::CodingTask *TasksPane::currentTask() const {
    const QString id = currentTaskId();
    for (const core::CodingTask &task : m_guide.tasks()) {
        if (task.id == id)
            return &task;
    }
    return nullptr;
}

void TasksPane::showTask(const QString &taskId) {
    const int index = m_taskBox->findData(m_guide.currentId(taskId));
    if (index >= 0)
        m_taskBox->setCurrentIndex(index);
}

bool TasksPane::isAttemptOnThisTask() const {
    return m_session.isActive() && m_session.taskId() == currentTaskId();
}

void TasksPane::updateTask() {
    const core::CodingTask *task = currentTask();
    QStringList lines;
    const auto link = [this](const QString &sectionId, const QString &fallback) {
        const core::Section *section = m_guide.section(sectionId);
        const QString label = section ? section->title : fallback;
        return u"<a href=\"#%1\">%2</a>"_s.arg(sectionId.toHtmlEscaped(), label.toHtmlEscaped());
    };
    if (task && !task->referenceSectionId.isEmpty() && m_guide.section(task->referenceSectionId))
        lines << tr("Reference implementation: %1").arg(link(task->referenceSectionId, task->title));
    if (task) {
        QStringList related;
        for (const QString &id : task->sectionIds) {
            if (m_guide.section(id))
                related << link(id, id);
        }
        if (!related.isEmpty())
            lines << tr("Related: %1").arg(related.join(u", "_s));
    }
    m_links->setText(lines.join(u"<br>"_s));
    m_links->setVisible(!lines.isEmpty());
    if (isAttemptOnThisTask())
        m_minutes->setValue(m_session.minutes());
    else if (task)
        m_minutes->setValue(task->minutes);
    updateRequirements();
    updateControls();
    updateLog();
}

void TasksPane::updateRequirements() {
    const core::CodingTask *task = currentTask();
    const bool attempt = isAttemptOnThisTask();
    m_updating = true;
    const QStringList requirements = task ? task->requirements : QStringList();
    if (m_requirements->count() != requirements.size()) {
        m_requirements->clear();
        for (qsizetype i = 0; i < requirements.size(); ++i)
            new QListWidgetItem(m_requirements);
    }
    for (int row = 0; row < m_requirements->count(); ++row) {
        QListWidgetItem *item = m_requirements->item(row);
        item->setText(plainText(requirements.at(row)));
        if (attempt) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(m_session.isRequirementDone(row) ? Qt::Checked : Qt::Unchecked);
        } else {
            // Outside an attempt the requirements are a plain list: no boxes that look tickable.
            item->setFlags(Qt::ItemIsEnabled);
            item->setData(Qt::CheckStateRole, QVariant());
        }
    }
    m_updating = false;
    fitRequirements();
}

void TasksPane::fitRequirements() {
    // The list shows every requirement without scrolling: its height follows the wrapped rows.
    m_requirements->doItemsLayout();
    int height = 2 * m_requirements->frameWidth();
    for (int row = 0; row < m_requirements->count(); ++row)
        height += m_requirements->visualItemRect(m_requirements->item(row)).height();
    m_requirements->setFixedHeight(height);
}

void TasksPane::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitRequirements();
}

void TasksPane::updateControls() {
    using State = core::PracticeSession::State;
    const State state = m_session.state();
    const bool here = isAttemptOnThisTask();
    const bool elsewhere = m_session.isActive() && !here;
    m_minutes->setEnabled(state == State::Idle);
    m_start->setEnabled(state == State::Idle && currentTask());
    m_start->setVisible(!here);
    m_pause->setVisible(here && state != State::Stopped);
    m_pause->setText(state == State::Paused ? tr("Resume") : tr("Pause"));
    m_stop->setVisible(here && state != State::Stopped);
    m_ratingForm->setVisible(here && state == State::Stopped);
    m_save->setEnabled(m_ratings->checkedId() >= 0);
    if (elsewhere) {
        QString title = m_session.taskId();
        for (const core::CodingTask &task : m_guide.tasks()) {
            if (task.id == m_session.taskId())
                title = plainText(task.title);
        }
        m_elsewhere->setText(
            tr("An attempt at “%1” is under way. <a href=\"#show\">Show it</a>").arg(title.toHtmlEscaped()));
    }
    m_elsewhere->setVisible(elsewhere);
    updateClock();
}

void TasksPane::updateClock() {
    using State = core::PracticeSession::State;
    if (!isAttemptOnThisTask()) {
        m_clock->setText(practicetext::clock(qint64(m_minutes->value()) * 60 * 1000));
        m_clock->setStyleSheet(QString());
        m_clock->setToolTip(tr("Time box"));
        return;
    }
    if (m_session.state() == State::Stopped) {
        m_clock->setText(tr("%1 used").arg(practicetext::clock(m_session.elapsedMsecs())));
        m_clock->setStyleSheet(QString());
        m_clock->setToolTip(tr("Time on the clock, pauses excluded"));
        return;
    }
    const qint64 remaining = m_session.remainingMsecs();
    QString text = remaining >= 0 ? practicetext::clock(remaining)
                                  : tr("+%1", "time over the time box").arg(practicetext::clock(remaining));
    if (m_session.state() == State::Paused)
        text = tr("%1 (paused)").arg(text);
    m_clock->setText(text);
    const QColor colour = remaining <= 0                                     ? chartcolors::over()
                          : remaining <= core::PracticeSession::warningMsecs ? chartcolors::warning()
                                                                             : QColor();
    m_clock->setStyleSheet(colour.isValid() ? u"color:%1"_s.arg(colour.name()) : QString());
    m_clock->setToolTip(remaining >= 0 ? tr("Time left") : tr("Over the time box"));
}

void TasksPane::updateLog() {
    const QList<core::Attempt> attempts = m_attempts.attempts(currentTaskId());
    m_log->clear();
    const QLocale locale;
    const core::CodingTask *task = currentTask();
    // Newest first: the last attempt is what the user compares against.
    for (auto it = attempts.crbegin(); it != attempts.crend(); ++it) {
        const core::Attempt &a = *it;
        auto *item = new QTreeWidgetItem(m_log);
        item->setText(0, locale.toString(a.startedAt.toLocalTime().date(), QLocale::ShortFormat));
        item->setText(1, tr("%1 / %2 min").arg(practicetext::clock(a.usedSecs * 1000)).arg(a.minutes));
        item->setText(2, practicetext::rating(a.rating));
        item->setText(3, a.note.simplified());
        QString tip =
            locale.toString(a.startedAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped() + u"<br>"_s;
        if (task && !task->requirements.isEmpty())
            tip = tr("Requirements met: %1 of %2")
                      .arg(a.requirementsDone.size())
                      .arg(task->requirements.size())
                      .toHtmlEscaped();
        if (!a.note.isEmpty())
            tip += u"<p style=\"white-space:pre-wrap\">%1</p>"_s.arg(a.note.toHtmlEscaped());
        // Rich text on purpose (so the note wraps); the note itself is escaped and never markup.
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, u"<qt>%1</qt>"_s.arg(tip));
    }
    m_logTitle->setText(u"<b>%1</b>"_s.arg(
        attempts.isEmpty() ? tr("No attempts yet") : tr("Attempts: %n", nullptr, int(attempts.size()))));
    m_log->setVisible(!attempts.isEmpty());
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretch(m_endStretchIndex, attempts.isEmpty() ? 1 : 0);
}

void TasksPane::startAttempt() {
    const core::CodingTask *task = currentTask();
    if (!task)
        return;
    m_ratings->setExclusive(false);
    for (QAbstractButton *button : m_ratings->buttons())
        button->setChecked(false);
    m_ratings->setExclusive(true);
    m_note->clear();
    m_session.start(task->id, m_minutes->value());
}

void TasksPane::saveAttempt() {
    if (!isAttemptOnThisTask() || m_ratings->checkedId() < 0)
        return;
    const auto rating = core::AttemptRating(m_ratings->checkedId());
    if (!m_session.record(m_attempts, rating, m_note->text())) {
        QMessageBox::warning(this, tr("Save Attempt"), tr("The attempt could not be saved."));
        return;
    }
    m_note->clear();
}

void TasksPane::discardAttempt() {
    const auto answer =
        QMessageBox::question(this, tr("Discard Attempt"), tr("Drop this attempt without recording it?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        m_session.discard();
}

} // namespace goprep::ui
