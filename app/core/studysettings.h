// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace goprep::core {

class AppSettings;

// The study options a user can change (daily limits, day start, desired retention, steps), read from
// AppSettings and checked. A stored value that cannot be used is reported and replaced by the default or the
// nearest allowed value for this run; the stored text is left as it is.
struct StudySettings final {
    static constexpr int defaultNewCardsPerDay = 20;
    static constexpr int defaultReviewsPerDay = 200;
    static constexpr int maxPerDay = 9999;
    static constexpr int defaultDayStartHour = 4;
    static constexpr double minRetention = 0.70;
    static constexpr double maxRetention = 0.99;
    static constexpr int maxStepMinutes = 365 * 24 * 60;

    SchedulerSettings scheduler;
    int newCardsPerDay = defaultNewCardsPerDay;
    int reviewsPerDay = defaultReviewsPerDay;
    int dayStartHour = defaultDayStartHour;
    // One line per stored value that was not used as written.
    QStringList problems;

    static StudySettings read(const AppSettings &settings);

    // Steps as Anki writes them: "1m 10m", "1h", "2d"; a bare number is minutes; spaces or commas separate.
    // An empty text is no steps. nullopt for anything else (zero, negative, seconds, longer than a year).
    static std::optional<QList<int>> parseSteps(const QString &text);
    static QString formatSteps(const QList<int> &minutes);
};

} // namespace goprep::core
