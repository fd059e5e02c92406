// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticsdialog.h"

#include "chartwidget.h"

#include "guide.h"
#include "reviewstore.h"
#include "studystatistics.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {

// The pane's counter colours: new blue, learning red, review green.
const QColor kNewColor(0x3d, 0x7d, 0xd8);
const QColor kLearningColor(0xd0, 0x4a, 0x3c);
const QColor kReviewColor(0x3b, 0x9a, 0x4a);

QString percentText(double share, int decimals = 1) {
    const QLocale locale;
    return locale.toString(share * 100.0, 'f', decimals) + locale.percent();
}

QString dayText(const QDate &date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

QLabel *heading(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QLabel *summary(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StatisticsDialog::StatisticsDialog(const core::Guide &guide, core::ReviewStore *store, Clock clock,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_cards(summary(this))
    , m_reviewsSummary(summary(this))
    , m_retentionSummary(summary(this))
    , m_forecastSummary(summary(this))
    , m_reviewsChart(new ChartWidget(ChartWidget::Kind::Bars, this))
    , m_retentionChart(new ChartWidget(ChartWidget::Kind::Line, this))
    , m_forecastChart(new ChartWidget(ChartWidget::Kind::Bars, this))
    , m_refreshTimer(new QTimer(this)) {
    Q_ASSERT(m_store);
    setObjectName(u"statisticsDialog"_s);
    setWindowTitle(tr("Statistics"));
    for (const core::Card &card : guide.cards())
        m_cardIds.insert(card.id);

    m_reviewsChart->setObjectName(u"reviewsChart"_s);
    m_reviewsChart->setAccessibleName(tr("Reviews per day"));
    m_reviewsChart->setEmptyText(tr("No answers in the last 30 days."));
    m_retentionChart->setObjectName(u"retentionChart"_s);
    m_retentionChart->setAccessibleName(tr("True retention per day"));
    m_retentionChart->setPercentAxis(true);
    m_retentionChart->setEmptyText(tr("No answers to review cards in the last 30 days."));
    m_forecastChart->setObjectName(u"forecastChart"_s);
    m_forecastChart->setAccessibleName(tr("Cards due per day"));
    m_forecastChart->setEmptyText(tr("No cards are due in the next 30 days."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cards);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Reviews per day"), this));
    layout->addWidget(m_reviewsSummary);
    layout->addWidget(m_reviewsChart, 1);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("True retention"), this));
    layout->addWidget(m_retentionSummary);
    layout->addWidget(m_retentionChart, 1);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Due in the next 30 days"), this));
    layout->addWidget(m_forecastSummary);
    layout->addWidget(m_forecastChart, 1);
    layout->addWidget(buttons);
    resize(720, 760);

    // Several answers or a batch of suspensions arrive as many signals; one recomputation covers them all.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &StatisticsDialog::refresh);
    connect(m_store, &core::ReviewStore::logChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_store, &core::ReviewStore::cardChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    refresh();
}

void StatisticsDialog::setDayStartHour(int hour) {
    m_dayStartHour = hour;
    refresh();
}

void StatisticsDialog::setDesiredRetention(double retention) {
    m_desiredRetention = retention;
    refresh();
}

void StatisticsDialog::refresh() {
    m_refreshTimer->stop();
    const QLocale locale;
    const core::StudyStatistics stats(m_clock, m_dayStartHour);
    const QList<core::ReviewLogEntry> &log = m_store->log();
    const QHash<QString, core::CardState> states = m_store->allStates();
    const QDate today = stats.today();

    const auto counts = stats.cardCounts(states, m_cardIds);
    m_cards->setText(tr("Cards: %1 new · %2 learning · %3 review · %4 suspended")
                         .arg(locale.toString(counts.newCards), locale.toString(counts.learning),
                              locale.toString(counts.review), locale.toString(counts.suspended)));

    // Reviews per day: stacked by the phase the card was in when answered.
    const auto days = stats.reviewsPerDay(log);
    QStringList labels, tips;
    QList<double> newValues, learningValues, reviewValues, retentionValues;
    int total = 0, studiedDays = 0;
    for (const auto &day : days) {
        const qint64 offset = today.daysTo(day.date);
        labels << (offset == 0       ? tr("today")
                   : offset % 7 == 0 ? tr("%n d ago", nullptr, int(-offset))
                                     : QString());
        tips << tr("%1\nAnswers: %2 (new %3, learning %4, review %5)")
                    .arg(dayText(day.date), locale.toString(day.total()), locale.toString(day.newCards),
                         locale.toString(day.learning), locale.toString(day.review));
        newValues << day.newCards;
        learningValues << day.learning;
        reviewValues << day.review;
        retentionValues << (day.review > 0 ? double(day.passed) / day.review : std::nan(""));
        total += day.total();
        studiedDays += day.total() > 0 ? 1 : 0;
    }
    m_reviewsChart->setData(labels, {{tr("New"), kNewColor, newValues},
                                     {tr("Learning"), kLearningColor, learningValues},
                                     {tr("Review"), kReviewColor, reviewValues}});
    m_reviewsChart->setToolTips(tips);
    m_reviewsSummary->setText(total == 0
                                  ? tr("No answers in the last 30 days.")
                                  : tr("Answers in the last 30 days: %1, on %2 of those days; %3 a day "
                                       "on average.")
                                        .arg(locale.toString(total), locale.toString(studiedDays),
                                             locale.toString(double(total) / days.size(), 'f', 1)));
    m_reviewsChart->setAccessibleDescription(m_reviewsSummary->text());

    // True retention: the share of review answers that were not Again, per day and over the month.
    const auto retention = stats.retention(log);
    QStringList retentionTips;
    double lowest = m_desiredRetention;
    for (const auto &day : days) {
        if (day.review == 0) {
            retentionTips << tr("%1\nNo answers to review cards").arg(dayText(day.date));
            continue;
        }
        const double share = double(day.passed) / day.review;
        lowest = std::min(lowest, share);
        retentionTips << tr("%1\nRetention: %2 (%3 of %4 answers to review cards passed)")
                             .arg(dayText(day.date), percentText(share, 0), locale.toString(day.passed),
                                  locale.toString(day.review));
    }
    m_retentionChart->setData(labels, {{tr("Retention per day"), QColor(), retentionValues}});
    m_retentionChart->setToolTips(retentionTips);
    // Start the axis a little below the lowest point, in steps of 10%, so the usual 80-100% is not squeezed.
    m_retentionChart->setValueRange(std::max(0.0, std::floor(lowest * 10.0 - 0.5) / 10.0), 1.0);
    m_retentionChart->setReferenceLine(m_desiredRetention,
                                       tr("Desired %1").arg(percentText(m_desiredRetention, 0)));
    if (const auto rate = retention.rate()) {
        m_retentionSummary->setText(
            tr("%1 over the last 30 days: %2 of %3 answers to review cards were Hard, "
               "Good or Easy.")
                .arg(percentText(*rate), locale.toString(retention.passed),
                     locale.toString(retention.answers)));
    } else {
        m_retentionSummary->setText(tr("No answers to review cards in the last 30 days yet."));
    }
    m_retentionChart->setAccessibleDescription(m_retentionSummary->text());

    // Forecast: today's bar holds the overdue cards too, as the queue will show them today.
    const auto forecast = stats.forecast(states, m_cardIds);
    QStringList forecastLabels, forecastTips;
    QList<double> learningDue, reviewDue;
    int dueTotal = 0;
    for (const auto &day : forecast) {
        const qint64 offset = today.daysTo(day.date);
        forecastLabels << (offset == 0       ? tr("today")
                           : offset % 7 == 0 ? tr("in %n d", nullptr, int(offset))
                                             : QString());
        forecastTips << tr("%1\nDue: %2 (learning %3, review %4)")
                            .arg(dayText(day.date), locale.toString(day.total()),
                                 locale.toString(day.learning), locale.toString(day.review));
        learningDue << day.learning;
        reviewDue << day.review;
        dueTotal += day.total();
    }
    m_forecastChart->setData(forecastLabels, {{tr("Learning"), kLearningColor, learningDue},
                                              {tr("Review"), kReviewColor, reviewDue}});
    m_forecastChart->setToolTips(forecastTips);
    const int dueToday = forecast.isEmpty() ? 0 : forecast.first().total();
    const int dueTomorrow = forecast.size() > 1 ? forecast.at(1).total() : 0;
    const QString dueTodayText = counts.overdue > 0
                                     ? tr("Due today: %1, of which %2 overdue")
                                           .arg(locale.toString(dueToday), locale.toString(counts.overdue))
                                     : tr("Due today: %1").arg(locale.toString(dueToday));
    m_forecastSummary->setText(dueTodayText + u"; "_s +
                               tr("tomorrow: %1; in the next 30 days: %2.")
                                   .arg(locale.toString(dueTomorrow), locale.toString(dueTotal)));
    m_forecastChart->setAccessibleDescription(m_forecastSummary->text());
}

} // namespace goprep::ui
