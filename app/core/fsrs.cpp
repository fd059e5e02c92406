// SPDX-License-Identifier: GPL-3.0-or-later
#include "fsrs.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace goprep::core {

namespace {

constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500.0;
constexpr double kMinDifficulty = 1.0;
constexpr double kMaxDifficulty = 10.0;
constexpr qint64 kMsecsPerDay = 24 * 60 * 60 * 1000;
constexpr qint64 kSecsPerMinute = 60;
constexpr qint64 kSecsPerDay = 24 * 60 * 60;

double clampStability(double s) {
    return std::clamp(s, kMinStability, kMaxStability);
}

double clampDifficulty(double d) {
    return std::clamp(d, kMinDifficulty, kMaxDifficulty);
}

int grade(Rating rating) {
    return static_cast<int>(rating);
}

SchedulerSettings sanitised(SchedulerSettings s) {
    // Parameters come from a settings file a user can edit; one NaN would poison every card it touches.
    const bool weightsUsable =
        std::all_of(s.w.cbegin(), s.w.cend(), [](double v) { return std::isfinite(v); }) && s.w[20] > 0.0;
    if (!weightsUsable)
        s.w = SchedulerSettings::defaultWeights;
    if (!std::isfinite(s.desiredRetention))
        s.desiredRetention = 0.9;
    s.desiredRetention = std::clamp(s.desiredRetention, 0.70, 0.99);
    s.maximumInterval = std::clamp<qint64>(s.maximumInterval, 1, 36500);
    const auto notPositive = [](int minutes) { return minutes <= 0; };
    s.learningSteps.removeIf(notPositive);
    s.relearningSteps.removeIf(notPositive);
    return s;
}

} // namespace

FsrsScheduler::FsrsScheduler(const SchedulerSettings &settings)
    : m_settings(sanitised(settings)) {}

double FsrsScheduler::decay() const {
    return -m_settings.w[20];
}

double FsrsScheduler::factor() const {
    // Chosen so that retrievability is exactly 0.9 when the elapsed time equals the stability.
    return std::pow(0.9, 1.0 / decay()) - 1.0;
}

double FsrsScheduler::retrievabilityAfter(qint64 days, double stability) const {
    return std::pow(1.0 + factor() * static_cast<double>(days) / stability, decay());
}

double FsrsScheduler::retrievability(const CardState &state, const QDateTime &now) const {
    if (state.isNew() || state.stability <= 0.0 || !state.lastReview.isValid())
        return 0.0;
    return retrievabilityAfter(elapsedDays(state.lastReview, now), state.stability);
}

double FsrsScheduler::currentRetrievability(const CardState &state, const QDateTime &now) const {
    if (state.isNew() || state.stability <= 0.0 || !state.lastReview.isValid())
        return 0.0;
    const double days = std::max<qint64>(0, state.lastReview.msecsTo(now)) / (kSecsPerDay * 1000.0);
    return std::pow(1.0 + factor() * days / state.stability, decay());
}

double FsrsScheduler::initialStability(Rating rating) const {
    return clampStability(m_settings.w[grade(rating) - 1]);
}

double FsrsScheduler::initialDifficulty(Rating rating, bool clamp) const {
    const auto &w = m_settings.w;
    const double d = w[4] - std::exp(w[5] * (grade(rating) - 1)) + 1.0;
    return clamp ? clampDifficulty(d) : d;
}

double FsrsScheduler::nextDifficulty(double difficulty, Rating rating) const {
    const auto &w = m_settings.w;
    const double delta = -w[6] * (grade(rating) - 3);
    // Linear damping: the closer to 10, the smaller a further increase.
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    // Mean reversion towards D0(Easy); FSRS uses the unclamped value as the target.
    const double reverted = w[7] * initialDifficulty(Rating::Easy, false) + (1.0 - w[7]) * damped;
    return clampDifficulty(reverted);
}

double FsrsScheduler::recallStability(double difficulty, double stability, double r, Rating rating) const {
    const auto &w = m_settings.w;
    const double hardPenalty = rating == Rating::Hard ? w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? w[16] : 1.0;
    return stability * (1.0 + std::exp(w[8]) * (11.0 - difficulty) * std::pow(stability, -w[9]) *
                                  (std::exp(w[10] * (1.0 - r)) - 1.0) * hardPenalty * easyBonus);
}

double FsrsScheduler::lapseStability(double difficulty, double stability, double r) const {
    const auto &w = m_settings.w;
    const double longTerm = w[11] * std::pow(difficulty, -w[12]) * (std::pow(stability + 1.0, w[13]) - 1.0) *
                            std::exp(w[14] * (1.0 - r));
    // A lapse must never leave the card more stable than a same-day "Again" would.
    const double shortTermCap = stability / std::exp(w[17] * w[18]);
    return std::min(longTerm, shortTermCap);
}

double FsrsScheduler::sameDayStability(double stability, Rating rating) const {
    const auto &w = m_settings.w;
    double increase = std::exp(w[17] * (grade(rating) - 3 + w[18])) * std::pow(stability, -w[19]);
    // Only a failed answer may lower stability on the same day.
    if (grade(rating) >= 2)
        increase = std::max(increase, 1.0);
    return stability * increase;
}

void FsrsScheduler::updateMemory(CardState &card, Rating rating, const QDateTime &now) const {
    if (card.isNew() || card.stability <= 0.0 || !card.lastReview.isValid()) {
        card.stability = initialStability(rating);
        card.difficulty = initialDifficulty(rating, true);
        return;
    }
    const double difficulty = clampDifficulty(card.difficulty);
    const qint64 days = elapsedDays(card.lastReview, now);
    double stability = card.stability;
    if (days == 0) {
        stability = sameDayStability(stability, rating);
    } else {
        const double r = retrievabilityAfter(days, stability);
        stability = rating == Rating::Again ? lapseStability(difficulty, stability, r)
                                            : recallStability(difficulty, stability, r, rating);
    }
    card.stability = clampStability(stability);
    card.difficulty = nextDifficulty(difficulty, rating);
}

double FsrsScheduler::idealIntervalDays(double stability) const {
    const double interval =
        stability / factor() * (std::pow(m_settings.desiredRetention, 1.0 / decay()) - 1.0);
    return std::clamp(interval, 1.0, static_cast<double>(m_settings.maximumInterval));
}

FsrsScheduler::FuzzRange FsrsScheduler::fuzzRange(double intervalDays, qint64 maximumInterval) {
    if (intervalDays < 2.5) {
        const auto days =
            std::clamp<qint64>(std::llround(intervalDays), 1, std::max<qint64>(1, maximumInterval));
        return {days, days};
    }
    // Anki's spread: wider in absolute days for longer intervals, narrower relative to them.
    double delta = 1.0;
    delta += 0.15 * std::max(0.0, std::min(intervalDays, 7.0) - 2.5);
    delta += 0.10 * std::max(0.0, std::min(intervalDays, 20.0) - 7.0);
    delta += 0.05 * std::max(0.0, intervalDays - 20.0);
    const qint64 upper = std::min<qint64>(std::llround(intervalDays + delta), maximumInterval);
    const qint64 lower = std::min<qint64>(std::max<qint64>(2, std::llround(intervalDays - delta)), upper);
    return {lower, upper};
}

double FsrsScheduler::fuzzFactor(const QString &cardId, int reviewCount) {
    // qHash is seeded per process, so a cryptographic hash is used to get the same fuzz on every run.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(cardId.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QByteArray::number(reviewCount));
    const QByteArray digest = hash.result();
    const auto bits = qFromBigEndian<quint64>(digest.constData());
    // The top 53 bits fill a double's mantissa exactly, giving a value in [0, 1).
    return static_cast<double>(bits >> 11) * 0x1.0p-53;
}

qint64 FsrsScheduler::nextIntervalDays(double stability, const QString &cardId, int reviewCount) const {
    const double ideal = idealIntervalDays(stability);
    if (!m_settings.enableFuzz)
        return std::clamp<qint64>(std::llround(ideal), 1, m_settings.maximumInterval);
    const FuzzRange range = fuzzRange(ideal, m_settings.maximumInterval);
    const double f = fuzzFactor(cardId, reviewCount);
    const auto days = static_cast<qint64>(std::floor(static_cast<double>(range.lower) +
                                                     f * static_cast<double>(1 + range.upper - range.lower)));
    return std::clamp(days, range.lower, range.upper);
}

qint64 FsrsScheduler::elapsedDays(const QDateTime &from, const QDateTime &to) {
    if (!from.isValid() || !to.isValid())
        return 0;
    return std::max<qint64>(0, from.msecsTo(to) / kMsecsPerDay);
}

void FsrsScheduler::graduate(CardState &card, const QString &cardId, const QDateTime &now) const {
    card.phase = CardPhase::Review;
    card.step = 0;
    card.due = now.addDays(nextIntervalDays(card.stability, cardId, card.reps));
}

void FsrsScheduler::scheduleSteps(CardState &card, const QList<int> &steps, Rating rating,
                                  const QString &cardId, const QDateTime &now) const {
    if (steps.isEmpty() || (rating != Rating::Again && card.step >= steps.size())) {
        // No steps configured, or the steps were shortened since the card entered them.
        graduate(card, cardId, now);
        return;
    }
    const qint64 firstStep = steps.first() * kSecsPerMinute;
    qint64 delaySecs = 0;
    switch (rating) {
    case Rating::Again:
        card.step = 0;
        delaySecs = firstStep;
        break;
    case Rating::Hard:
        if (card.step == 0 && steps.size() == 1)
            delaySecs = std::min(firstStep * 3 / 2, firstStep + kSecsPerDay); // as Anki does
        else if (card.step == 0)
            delaySecs = (firstStep + steps.at(1) * kSecsPerMinute) / 2;
        else
            delaySecs = steps.at(card.step) * kSecsPerMinute;
        break;
    case Rating::Good:
        if (card.step + 1 >= steps.size()) {
            graduate(card, cardId, now);
            return;
        }
        ++card.step;
        delaySecs = steps.at(card.step) * kSecsPerMinute;
        break;
    case Rating::Easy:
        graduate(card, cardId, now);
        return;
    }
    card.due = now.addSecs(delaySecs);
}

CardState FsrsScheduler::review(const QString &cardId, const CardState &state, Rating rating,
                                const QDateTime &now) const {
    const QDateTime at = now.toUTC();
    CardState card = state;
    updateMemory(card, rating, at);
    ++card.reps;

    switch (state.phase) {
    case CardPhase::New:
        card.phase = CardPhase::Learning;
        card.step = 0;
        scheduleSteps(card, m_settings.learningSteps, rating, cardId, at);
        break;
    case CardPhase::Learning:
        scheduleSteps(card, m_settings.learningSteps, rating, cardId, at);
        break;
    case CardPhase::Relearning:
        scheduleSteps(card, m_settings.relearningSteps, rating, cardId, at);
        break;
    case CardPhase::Review:
        if (rating == Rating::Again) {
            ++card.lapses;
            if (!m_settings.relearningSteps.isEmpty()) {
                card.phase = CardPhase::Relearning;
                card.step = 0;
                card.due = at.addSecs(m_settings.relearningSteps.first() * kSecsPerMinute);
                break;
            }
        }
        graduate(card, cardId, at);
        break;
    }
    card.lastReview = at;
    return card;
}

std::array<CardState, 4> FsrsScheduler::preview(const QString &cardId, const CardState &state,
                                                const QDateTime &now) const {
    return {review(cardId, state, Rating::Again, now), review(cardId, state, Rating::Hard, now),
            review(cardId, state, Rating::Good, now), review(cardId, state, Rating::Easy, now)};
}

} // namespace goprep::core
