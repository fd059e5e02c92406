// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinesspane.h"

#include "cardstatebar.h"
#include "partchart.h"
#include "practicetext.h"

#include "guide.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent) {
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

QString percent(double share) {
    return QLocale().toString(qRound(share * 100)) + u'%';
}

} // namespace

ReadinessPane::ReadinessPane(const core::ReadinessReport::Sources &sources, Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_sources(sources)
    , m_clock(std::move(clock)) {
    setObjectName(u"readinessPane"_s);
    auto *page = new QWidget;
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"readinessSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_cardsTitle = heading(tr("Flashcards"), page);
    m_cards = new CardStateBar(page);
    m_weakest = new QLabel(page);
    m_weakest->setTextFormat(Qt::RichText);
    m_weakest->setWordWrap(true);
    m_parts = new PartChart(page);
    m_tasks = new QLabel(page);
    m_tasks->setTextFormat(Qt::RichText);
    m_tasks->setWordWrap(true);
    setFocusProxy(m_parts);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_cardsTitle);
    layout->addWidget(m_cards);
    layout->addWidget(heading(tr("Parts"), page));
    layout->addWidget(m_weakest);
    layout->addWidget(m_parts);
    layout->addWidget(heading(tr("Coding tasks"), page));
    layout->addWidget(m_tasks);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_parts, &PartChart::chapterActivated, this, &ReadinessPane::chapterRequested);
    connect(m_weakest, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT chapterRequested(link.mid(1)); });
}

void ReadinessPane::invalidate() {
    m_dirty = true;
    // Many changes arrive together (an answer changes a card and the log): recompute once, later.
    if (isVisible() && !m_refreshQueued) {
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            if (m_dirty && isVisible())
                refresh();
        });
    }
}

void ReadinessPane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ReadinessPane::refresh() {
    m_dirty = false;
    m_report.emplace(m_sources, m_clock());
    const core::ReadinessReport &report = *m_report;
    m_summary->setText(summaryHtml(report));
    m_cards->setCounts(report.cards());
    m_cardsTitle->setText(
        u"<b>%1</b>"_s.arg(tr("Flashcards (%n)", nullptr, report.cards().total()).toHtmlEscaped()));
    m_parts->setParts(report.parts(), report.weakestChapterId());
    QString weakest;
    for (const core::PartReadiness &part : report.parts()) {
        if (part.chapterId == report.weakestChapterId())
            weakest = tr("Weakest: %1")
                          .arg(u"<a href=\"#%1\">%2</a>"_s.arg(part.chapterId.toHtmlEscaped(),
                                                               part.title.toHtmlEscaped()));
    }
    m_weakest->setText(weakest);
    m_weakest->setVisible(!weakest.isEmpty());
    m_tasks->setText(tasksHtml(report));
}

QString ReadinessPane::summaryHtml(const core::ReadinessReport &r) const {
    const QLocale locale;
    QStringList rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows << u"<tr><td>%1</td><td style=\"padding-left:12px\"><b>%2</b></td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Chapters read"),
        tr("%1 of %2 (%3)")
            .arg(r.chaptersRead())
            .arg(r.chaptersTotal())
            .arg(percent(r.chaptersTotal() ? double(r.chaptersRead()) / r.chaptersTotal() : 0.0)));
    row(tr("Checklist"), tr("%1 of %2").arg(r.checklistDone()).arg(r.checklistTotal()));
    row(tr("Coding tasks practised"),
        tr("%1 of %2, %3 solved").arg(r.tasksPractised()).arg(r.tasks().size()).arg(r.tasksSolved()));
    row(tr("Mature cards"), tr("%1 of %2").arg(r.cards().mature).arg(r.cards().total()));
    const QString window = tr("last %n days", nullptr, core::ReadinessReport::retentionDays);
    row(tr("Retention, %1").arg(window), r.retention() ? percent(*r.retention()) : tr("no reviews yet"));
    row(tr("Answers, %1").arg(window), locale.toString(r.recentAnswers()));
    QString streak = tr("Days in a row: %n", nullptr, r.streakDays());
    if (r.streakDays() > 0 && !r.activeToday())
        streak += u' ' + tr("(study today to keep it)");
    row(tr("Study streak"), streak);
    return u"<table cellspacing=\"0\" cellpadding=\"1\">%1</table>"_s.arg(rows.join(QString()));
}

QString ReadinessPane::tasksHtml(const core::ReadinessReport &r) const {
    const QString cell = u"<td style=\"padding-left:10px\">%1</td>"_s;
    QStringList rows{u"<tr><td></td><td><i>%1</i></td>%2%3</tr>"_s.arg(
        tr("Task").toHtmlEscaped(), cell.arg(u"<i>%1</i>"_s.arg(tr("Best").toHtmlEscaped())),
        cell.arg(u"<i>%1</i>"_s.arg(tr("Attempts").toHtmlEscaped())))};
    for (const core::TaskReadiness &task : r.tasks()) {
        QString title = task.title;
        title.remove(u'`');
        const QString best =
            task.best ? u"<b>%1</b>"_s.arg(practicetext::rating(*task.best).toHtmlEscaped()) : u"–"_s;
        rows << u"<tr><td align=\"right\">%1.</td><td style=\"padding-left:4px\">%2</td>%3%4</tr>"_s.arg(
            QString::number(task.number), title.toHtmlEscaped(), cell.arg(best),
            cell.arg(task.attempts > 0 ? QString::number(task.attempts) : QString()));
    }
    return u"<table cellspacing=\"0\" cellpadding=\"1\">%1</table>"_s.arg(rows.join(QString()));
}

} // namespace goprep::ui
