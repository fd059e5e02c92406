// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QDateTime>
#include <QString>

namespace goprep::core {

// One graded answer. `before` is the card as it was, so an undo restores it exactly; the other fields are
// what statistics need (answer time, button, phase, elapsed and scheduled days).
struct ReviewLogEntry {
    qint64 seq = 0; // assigned by ReviewStore; increases with every entry, never reused
    QString cardId;
    QDateTime time; // UTC
    Rating rating = Rating::Good;
    CardState before; // `suspended` is not recorded: an undo keeps the card's current flag
    qint64 elapsedDays = 0;
    qint64 scheduledDays = 0;

    friend bool operator==(const ReviewLogEntry &, const ReviewLogEntry &) = default;
};

} // namespace goprep::core
