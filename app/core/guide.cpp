// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

QString readText(const QString &path, QStringList &problems) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << u"cannot read %1"_s.arg(path);
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QStringList markdownFiles(const QString &dir) {
    QStringList names = QDir(dir).entryList({u"*.md"_s}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name = dir + u'/' + name;
    return names;
}

bool isFence(QStringView line) {
    return line.trimmed().startsWith(u"```");
}

// Splits "Key: value" lines (until the first blank line) from the text after them.
QHash<QString, QString> readFields(const QStringList &lines, qsizetype &pos) {
    QHash<QString, QString> fields;
    static const QRegularExpression field(uR"(^([A-Z][A-Za-z]*):\s*(.*)$)"_s);
    for (; pos < lines.size(); ++pos) {
        const QString &line = lines.at(pos);
        if (line.trimmed().isEmpty())
            break;
        const auto match = field.match(line);
        if (!match.hasMatch())
            break;
        fields.insert(match.captured(1), match.captured(2).trimmed());
    }
    return fields;
}

QStringList splitIds(const QString &value) {
    QStringList ids;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
        ids << part.trimmed();
    return ids;
}

// Record blocks start with "## <Kind> <id>" at the top level (outside code fences).
struct Record {
    QString id;
    QStringList lines;
    int lineNumber = 0;
};

QList<Record> splitRecords(const QString &text, const QString &kind) {
    QList<Record> records;
    const QString marker = u"## "_s + kind + u' ';
    bool inFence = false;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isFence(line))
            inFence = !inFence;
        if (!inFence && line.startsWith(marker)) {
            records.append({line.mid(marker.size()).trimmed(), {}, int(i + 1)});
            continue;
        }
        if (!records.isEmpty())
            records.last().lines << line;
    }
    return records;
}

QString joinTrimmed(const QStringList &lines, qsizetype from, qsizetype to) {
    return lines.mid(from, to - from).join(u'\n').trimmed();
}

Chapter parseChapter(const QString &path, const QString &text, QStringList &problems) {
    static const QRegularExpression heading(uR"(^(#{1,4})\s+(.*?)\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$)"_s);
    static const QRegularExpression partNumber(uR"(^Part (\d+)\b)"_s);
    Chapter chapter;
    QStringList out;
    bool inFence = false;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isFence(line))
            inFence = !inFence;
        if (!inFence && line.startsWith(u'#')) {
            const auto match = heading.match(line);
            if (!match.hasMatch()) {
                problems << u"%1:%2: heading without an {#id}"_s.arg(path).arg(i + 1);
                out << line;
                continue;
            }
            // Titles may hold inline code; the navigator shows them as plain text.
            Section section{
                match.captured(3), match.captured(2).remove(u'`'), int(match.capturedLength(1)), {}};
            if (chapter.sections.isEmpty()) {
                if (section.level != 1)
                    problems << u"%1: the first heading must be the chapter heading (#)"_s.arg(path);
                chapter.id = section.id;
                chapter.title = section.title;
                if (const auto part = partNumber.match(section.title); part.hasMatch())
                    chapter.partNumber = part.captured(1).toInt();
            } else if (section.level == 1) {
                problems << u"%1:%2: a second chapter heading"_s.arg(path).arg(i + 1);
            }
            section.chapterId = chapter.id;
            chapter.sections << section;
            out << match.captured(1) + u' ' + match.captured(2);
            continue;
        }
        out << line;
    }
    if (inFence)
        problems << u"%1: a code fence is not closed"_s.arg(path);
    if (chapter.id.isEmpty())
        problems << u"%1: no chapter heading"_s.arg(path);
    chapter.markdown = out.join(u'\n');
    return chapter;
}

QList<Card> parseDeck(const QString &path, const QString &text, QStringList &problems) {
    QList<Card> cards;
    for (const Record &record : splitRecords(text, u"Card"_s)) {
        qsizetype pos = 0;
        const auto fields = readFields(record.lines, pos);
        Card card;
        card.id = record.id;
        card.sectionId = fields.value(u"Section"_s);
        card.topicId = fields.value(u"Topic"_s);
        card.level = fields.value(u"Level"_s) == u"senior"_s ? CardLevel::Senior : CardLevel::Mid;
        card.fromGuide = fields.value(u"Source"_s) == u"guide"_s;
        if (const QString level = fields.value(u"Level"_s); level != u"mid"_s && level != u"senior"_s)
            problems
                << u"%1:%2: card %3 has level '%4'"_s.arg(path).arg(record.lineNumber).arg(card.id, level);
        if (const QString source = fields.value(u"Source"_s); source != u"guide"_s && source != u"authored"_s)
            problems
                << u"%1:%2: card %3 has source '%4'"_s.arg(path).arg(record.lineNumber).arg(card.id, source);
        const qsizetype question = record.lines.indexOf(u"### Question"_s, pos);
        const qsizetype answer = record.lines.indexOf(u"### Answer"_s, pos);
        if (question < 0 || answer < question) {
            problems << u"%1:%2: card %3 needs '### Question' then '### Answer'"_s.arg(path)
                            .arg(record.lineNumber)
                            .arg(card.id);
            continue;
        }
        card.question = joinTrimmed(record.lines, question + 1, answer);
        card.answer = joinTrimmed(record.lines, answer + 1, record.lines.size());
        cards << card;
    }
    return cards;
}

QList<ChecklistItem> parseChecklist(const QString &path, const QString &text, QStringList &problems) {
    QList<ChecklistItem> items;
    for (const Record &record : splitRecords(text, u"Item"_s)) {
        qsizetype pos = 0;
        const auto fields = readFields(record.lines, pos);
        ChecklistItem item{record.id, joinTrimmed(record.lines, pos, record.lines.size()),
                           splitIds(fields.value(u"Sections"_s))};
        if (item.text.isEmpty())
            problems
                << u"%1:%2: checklist item %3 has no text"_s.arg(path).arg(record.lineNumber).arg(item.id);
        items << item;
    }
    return items;
}

QList<CodingTask> parseTasks(const QString &path, const QString &text, QStringList &problems) {
    QList<CodingTask> tasks;
    for (const Record &record : splitRecords(text, u"Task"_s)) {
        qsizetype pos = 0;
        const auto fields = readFields(record.lines, pos);
        CodingTask task;
        task.id = record.id;
        task.number = fields.value(u"Number"_s).toInt();
        task.title = fields.value(u"Title"_s);
        bool minutesOk = false;
        task.minutes = fields.value(u"Minutes"_s).toInt(&minutesOk);
        task.referenceSectionId = fields.value(u"Reference"_s);
        task.sectionIds = splitIds(fields.value(u"Sections"_s));
        for (qsizetype i = pos; i < record.lines.size(); ++i) {
            const QString line = record.lines.at(i).trimmed();
            if (line.startsWith(u"- "_s))
                task.requirements << line.mid(2).trimmed();
        }
        if (task.title.isEmpty() || !minutesOk || task.minutes <= 0 || task.requirements.isEmpty())
            problems << u"%1:%2: task %3 needs a title, minutes and requirements"_s.arg(path)
                            .arg(record.lineNumber)
                            .arg(task.id);
        tasks << task;
    }
    return tasks;
}

} // namespace

Guide Guide::loadBuiltIn() {
    return loadFromDirectory(u":/content"_s);
}

Guide Guide::loadFromDirectory(const QString &root) {
    Guide guide;
    for (const QString &path : markdownFiles(root + u"/guide"_s)) {
        Chapter chapter = parseChapter(path, readText(path, guide.m_problems), guide.m_problems);
        chapter.index = int(guide.m_chapters.size());
        guide.m_chapters << chapter;
    }
    for (const QString &path : markdownFiles(root + u"/cards"_s))
        guide.m_cards << parseDeck(path, readText(path, guide.m_problems), guide.m_problems);
    const QString checklistPath = root + u"/checklist.md"_s;
    guide.m_checklist =
        parseChecklist(checklistPath, readText(checklistPath, guide.m_problems), guide.m_problems);
    const QString tasksPath = root + u"/tasks.md"_s;
    guide.m_tasks = parseTasks(tasksPath, readText(tasksPath, guide.m_problems), guide.m_problems);

    // renames.txt: "old-id new-id" per line, '#' starts a comment. Optional.
    if (QFile renames(root + u"/renames.txt"_s); renames.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(renames.readAll()).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).section(u'#', 0, 0).simplified();
            const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
            if (words.size() == 2 && words.at(0) != words.at(1))
                guide.m_renames.insert(words.at(0), words.at(1));
            else if (!line.isEmpty())
                guide.m_problems << u"%1/renames.txt:%2: expected \"old-id new-id\""_s.arg(root).arg(i + 1);
        }
        guide.resolveRenameChains();
    }
    guide.index();
    if (guide.m_chapters.isEmpty())
        guide.m_problems << u"no chapters found under %1"_s.arg(root);
    for (const QString &problem : std::as_const(guide.m_problems))
        qCWarning(lcContent).noquote() << problem;
    return guide;
}

void Guide::resolveRenameChains() {
    // An id renamed twice (a -> b, later b -> c) goes straight to its last name; a cycle is a content error.
    for (auto it = m_renames.begin(); it != m_renames.end(); ++it) {
        QString target = it.value();
        for (qsizetype hops = 0; m_renames.contains(target); ++hops) {
            if (hops > m_renames.size()) {
                m_problems << u"renames.txt: the renames of %1 form a cycle"_s.arg(it.key());
                break;
            }
            target = m_renames.value(target);
        }
        it.value() = target;
    }
}

void Guide::index() {
    for (int c = 0; c < m_chapters.size(); ++c) {
        Chapter &chapter = m_chapters[c];
        if (m_chapterIndex.contains(chapter.id))
            m_problems << u"duplicate chapter id %1"_s.arg(chapter.id);
        m_chapterIndex.insert(chapter.id, c);
        for (int s = 0; s < chapter.sections.size(); ++s) {
            const QString &id = chapter.sections.at(s).id;
            if (m_sectionIndex.contains(id))
                m_problems << u"duplicate section id %1"_s.arg(id);
            m_sectionIndex.insert(id, {c, s});
        }
    }
    for (int i = 0; i < m_cards.size(); ++i) {
        Card &card = m_cards[i];
        if (m_cardIndex.contains(card.id))
            m_problems << u"duplicate card id %1"_s.arg(card.id);
        m_cardIndex.insert(card.id, i);
        if (const Chapter *owner = chapterOfSection(card.sectionId))
            card.chapterId = owner->id;
    }
}

const Chapter *Guide::chapter(const QString &id) const {
    const auto it = m_chapterIndex.constFind(currentId(id));
    return it == m_chapterIndex.cend() ? nullptr : &m_chapters.at(*it);
}

const Section *Guide::section(const QString &id) const {
    const auto it = m_sectionIndex.constFind(currentId(id));
    return it == m_sectionIndex.cend() ? nullptr : &m_chapters.at(it->first).sections.at(it->second);
}

const Card *Guide::card(const QString &id) const {
    const auto it = m_cardIndex.constFind(currentId(id));
    return it == m_cardIndex.cend() ? nullptr : &m_cards.at(*it);
}

const Chapter *Guide::chapterOfSection(const QString &id) const {
    const auto it = m_sectionIndex.constFind(currentId(id));
    return it == m_sectionIndex.cend() ? nullptr : &m_chapters.at(it->first);
}

bool Guide::isMidLevelChapter(const QString &chapterId) const {
    // "Mid-level focus: language fundamentals, error handling, basic concurrency, testing, the standard
    // library, common mistakes, the practical-tasks section, and the FAQ."
    static const QStringList midChapters = {
        u"introduction"_s,
        u"language-fundamentals"_s,
        u"slices-maps-and-memory-traps"_s,
        u"pointers-methods-and-interfaces"_s,
        u"error-handling"_s,
        u"defer-panic-recover"_s,
        u"goroutines-channels-and-the-scheduler"_s,
        u"context-context-and-cancellation"_s,
        u"mutexes-atomics-and-the-race-detector"_s,
        u"the-standard-library-tour"_s,
        u"testing"_s,
        u"common-interview-questions-with-tight-answers"_s,
        u"common-mistakes-that-make-strong-candidates-look-weaker"_s,
        u"coding-tasks-to-practice"_s,
        u"final-checklist"_s,
    };
    return midChapters.contains(currentId(chapterId));
}

} // namespace goprep::core
