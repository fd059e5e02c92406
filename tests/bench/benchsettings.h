// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace goprep::core {
class Guide;
}

namespace goprep::bench {

// Writes a well-used settings file: `cards` card states and about `reviews` review-log entries, made by
// really scheduling reviews with FSRS, plus read chapters and checklist ticks.
void writeWellUsedSettings(const QString &path, const core::Guide &guide, int cards, int reviews);

} // namespace goprep::bench
