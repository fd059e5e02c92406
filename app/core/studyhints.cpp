// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyhints.h"

#include "guide.h"
#include "readingprogress.h"
#include "reviewstore.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace goprep::core {

StudyHints::StudyHints(const Guide &guide, const ReadingProgress &reading, const ReviewStore &reviews)
    : m_guide(guide)
    , m_reading(reading)
    , m_reviews(reviews) {}

QStringList StudyHints::coveredIds(const QString &sectionId) const {
    const QString id = m_guide.currentId(sectionId);
    const Chapter *chapter = m_guide.chapterOfSection(id);
    if (!chapter)
        return {};
    QStringList ids;
    int level = 0;
    for (const Section &section : chapter->sections) {
        if (level == 0) {
            if (section.id == id) {
                level = section.level;
                ids << section.id;
            }
        } else if (section.level > level) {
            ids << section.id;
        } else {
            break;
        }
    }
    return ids;
}

bool StudyHints::isSectionRead(const QString &sectionId) const {
    const QString id = m_guide.currentId(sectionId);
    const Chapter *chapter = m_guide.chapterOfSection(id);
    if (!chapter)
        return true; // nothing to read: an unknown id must not nag forever
    if (m_reading.isRead(chapter->id))
        return true;
    return id != chapter->id && m_reading.isSectionSeen(id);
}

bool StudyHints::isCardWeak(const QString &cardId, const QDateTime &now) const {
    const CardState state = m_reviews.state(cardId);
    if (state.suspended)
        return false;
    if (state.isNew())
        return true;
    return m_scheduler.retrievability(state, now) < weakRetrievability;
}

StudyHint StudyHints::forSections(const QStringList &sectionIds, const QDateTime &now) const {
    StudyHint hint;
    QSet<QString> weakChapters;
    QSet<QString> weakCards;
    for (const QString &raw : sectionIds) {
        const QString id = m_guide.currentId(raw);
        const Chapter *chapter = m_guide.chapterOfSection(id);
        if (!chapter)
            continue;
        if (!isSectionRead(id)) {
            hint.unreadSectionIds << id;
            weakChapters.insert(chapter->id);
        }
        const QStringList covered = coveredIds(id);
        const QSet<QString> coveredSet(covered.cbegin(), covered.cend());
        for (const Card &card : m_guide.cards()) {
            const bool about = coveredSet.contains(card.sectionId) ||
                               (!card.topicId.isEmpty() && coveredSet.contains(card.topicId));
            if (about && isCardWeak(card.id, now)) {
                weakCards.insert(card.id);
                weakChapters.insert(chapter->id);
            }
        }
    }
    for (const Card &card : m_guide.cards()) {
        if (weakCards.contains(card.id))
            hint.weakCardIds << card.id;
    }
    for (const Chapter &chapter : m_guide.chapters()) {
        if (weakChapters.contains(chapter.id))
            hint.chapterIds << chapter.id;
    }
    return hint;
}

} // namespace goprep::core
