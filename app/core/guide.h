// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace goprep::core {

// One heading of the guide. Progress is keyed by `id`, so ids are stable once published.
struct Section {
    QString id;
    QString title;
    int level = 2; // 1 = chapter heading, 2 = section, 3+ = subsection
    QString chapterId;
};

struct Chapter {
    QString id;
    QString title;
    int index = 0;           // reading order, 0-based
    int partNumber = 0;      // "Part N" of the guide, 0 for the introduction and references
    QString markdown;        // with the {#id} markers removed
    QList<Section> sections; // every heading in order; sections.first() is the chapter heading
};

enum class CardLevel { Mid, Senior };

struct Card {
    QString id;
    QString chapterId;
    QString sectionId; // the section that teaches the card
    QString topicId;   // optional: for the guide's own Q&A, the section in Parts 1-18 it refers to
    QString question;  // Markdown
    QString answer;    // Markdown
    CardLevel level = CardLevel::Mid;
    bool fromGuide = false; // verbatim Q&A of the guide, as opposed to authored cards
};

struct ChecklistItem {
    QString id;
    QString text; // Markdown
    QStringList sectionIds;
};

struct CodingTask {
    QString id;
    int number = 0;
    QString title;
    int minutes = 45;
    QString referenceSectionId; // empty when the guide has no reference implementation
    QStringList sectionIds;
    QStringList requirements;
};

// The whole guide with its decks, checklist and tasks. Immutable once loaded.
class Guide final {
public:
    // Loads the content compiled into the binary (`:/content`).
    static Guide loadBuiltIn();
    // Loads a content tree laid out as in the repository's content/ folder.
    static Guide loadFromDirectory(const QString &root);

    const QList<Chapter> &chapters() const { return m_chapters; }
    const QList<Card> &cards() const { return m_cards; }
    const QList<ChecklistItem> &checklist() const { return m_checklist; }
    const QList<CodingTask> &tasks() const { return m_tasks; }
    // Problems found while parsing; empty for good content. The content tests require it to be empty.
    const QStringList &problems() const { return m_problems; }

    const Chapter *chapter(const QString &id) const;
    const Section *section(const QString &id) const;
    const Card *card(const QString &id) const;
    // The chapter holding a section (or the chapter itself when `id` is a chapter id).
    const Chapter *chapterOfSection(const QString &id) const;
    // Follows content/renames.txt so progress kept under an old id finds its new home.
    QString currentId(const QString &id) const { return m_renames.value(id, id); }
    // Parts the guide lists under "Mid-level focus" in "How To Use This Guide".
    bool isMidLevelChapter(const QString &chapterId) const;

private:
    void index();
    void resolveRenameChains();

    QList<Chapter> m_chapters;
    QList<Card> m_cards;
    QList<ChecklistItem> m_checklist;
    QList<CodingTask> m_tasks;
    QStringList m_problems;
    QHash<QString, QString> m_renames;
    QHash<QString, QPair<int, int>> m_sectionIndex; // id -> (chapter, section)
    QHash<QString, int> m_cardIndex;
    QHash<QString, int> m_chapterIndex;
};

} // namespace goprep::core
