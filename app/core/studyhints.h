// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QDateTime>
#include <QStringList>

namespace goprep::core {

class Guide;
class ReadingProgress;
class ReviewStore;

// What to study before a checklist tick is honest: the item's sections not read yet and the cards about them
// that are still new or likely forgotten.
struct StudyHint {
    QStringList unreadSectionIds; // in the item's order
    QStringList weakCardIds;      // in deck order
    QStringList chapterIds;       // chapters holding either, in reading order

    bool isEmpty() const { return chapterIds.isEmpty(); }
};

// Derives hints from reading progress and card states; holds no state of its own.
class StudyHints final {
public:
    // Below this probability of recall a card counts as weak.
    static constexpr double weakRetrievability = 0.8;

    StudyHints(const Guide &guide, const ReadingProgress &reading, const ReviewStore &reviews);
    Q_DISABLE_COPY_MOVE(StudyHints)

    StudyHint forSections(const QStringList &sectionIds, const QDateTime &now) const;

    // A section counts as read when its chapter is read or, below the chapter heading, when it was seen.
    bool isSectionRead(const QString &sectionId) const;
    // New (never answered) or recall probability below weakRetrievability. Suspended cards are never weak:
    // the user chose to set them aside.
    bool isCardWeak(const QString &cardId, const QDateTime &now) const;
    // Ids of the section and every heading nested below it (a chapter id covers the whole chapter).
    QStringList coveredIds(const QString &sectionId) const;

private:
    const Guide &m_guide;
    const ReadingProgress &m_reading;
    const ReviewStore &m_reviews;
    FsrsScheduler m_scheduler;
};

} // namespace goprep::core
