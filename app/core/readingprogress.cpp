// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingprogress.h"
#include "appsettings.h"
#include "guide.h"

#include <QtMath>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {
QString positionKey(const QString &chapterId, const char *what) {
    return QLatin1StringView(keys::positionsGroup) + u'/' + chapterId + u'/' + QLatin1StringView(what);
}
} // namespace

ReadingProgress::ReadingProgress(AppSettings &settings, const Guide &guide, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_guide(guide) {
    load();
}

void ReadingProgress::load() {
    m_read.clear();
    m_seen.clear();
    const QStringList stored = m_settings.value(keys::readChapters).toStringList();
    for (const QString &id : stored)
        m_read.insert(m_guide.currentId(id));
    const QStringList seen = m_settings.value(keys::seenSections).toStringList();
    for (const QString &id : seen)
        m_seen.insert(m_guide.currentId(id));
    movePositionsOfRenamedChapters();
}

void ReadingProgress::movePositionsOfRenamedChapters() {
    QSettings &settings = m_settings.settings();
    settings.beginGroup(QLatin1StringView(keys::positionsGroup));
    const QStringList stored = settings.childGroups();
    settings.endGroup();
    bool moved = false;
    for (const QString &oldId : stored) {
        const QString newId = m_guide.currentId(oldId);
        if (newId == oldId)
            continue;
        // A position already kept under the new id is more recent than anything under the old one.
        if (!stored.contains(newId)) {
            for (const char *what : {"fraction", "section"})
                if (const QVariant value = settings.value(positionKey(oldId, what)); value.isValid())
                    settings.setValue(positionKey(newId, what), value);
        }
        settings.remove(QLatin1StringView(keys::positionsGroup) + u'/' + oldId);
        moved = true;
    }
    if (moved)
        m_settings.sync();
}

void ReadingProgress::reload() {
    load();
    for (const Chapter &chapter : m_guide.chapters())
        Q_EMIT readStateChanged(chapter.id, isRead(chapter.id));
}

void ReadingProgress::markSectionSeen(const QString &sectionId) {
    const QString id = m_guideIdFor(sectionId);
    if (id.isEmpty() || m_seen.contains(id) || !m_guide.section(id))
        return;
    m_seen.insert(id);
    QStringList list(m_seen.cbegin(), m_seen.cend());
    list.sort();
    m_settings.setValue(keys::seenSections, list);
    if (const Chapter *chapter = m_guide.chapterOfSection(id))
        Q_EMIT readStateChanged(chapter->id, isRead(chapter->id));
}

int ReadingProgress::chapterPercent(const QString &chapterId) const {
    const Chapter *chapter = m_guide.chapter(chapterId);
    if (!chapter || chapter->sections.isEmpty())
        return 0;
    if (isRead(chapter->id))
        return 100;
    qsizetype seen = 0;
    for (const Section &section : chapter->sections)
        seen += m_seen.contains(section.id) ? 1 : 0;
    return int(seen * 100 / chapter->sections.size());
}

QString ReadingProgress::m_guideIdFor(const QString &id) const {
    return m_guide.currentId(id);
}

void ReadingProgress::setRead(const QString &chapterId, bool read) {
    const QString id = m_guideIdFor(chapterId);
    if (m_read.contains(id) == read)
        return;
    if (read)
        m_read.insert(id);
    else
        m_read.remove(id);
    QStringList list(m_read.cbegin(), m_read.cend());
    list.sort();
    m_settings.setValue(keys::readChapters, list);
    Q_EMIT readStateChanged(id, read);
}

int ReadingProgress::readCount() const {
    int count = 0;
    for (const Chapter &chapter : m_guide.chapters())
        count += m_read.contains(chapter.id) ? 1 : 0;
    return count;
}

double ReadingProgress::readFraction() const {
    const auto total = m_guide.chapters().size();
    return total == 0 ? 0.0 : double(readCount()) / double(total);
}

void ReadingProgress::setPosition(const QString &chapterId, double fraction, const QString &sectionId) {
    if (!qIsFinite(fraction))
        return;
    QSettings &settings = m_settings.settings();
    const QString id = m_guideIdFor(chapterId);
    const QString fractionKey = positionKey(id, "fraction");
    const QString sectionKey = positionKey(id, "section");
    const double bounded = qBound(0.0, fraction, 1.0);
    // Opening a chapter reports where it is, which is most often where it was (for a chapter never opened:
    // its top, which is what position() gives when nothing is stored).
    const bool nothingStored = !settings.contains(fractionKey) && !settings.contains(sectionKey);
    if (nothingStored ? bounded == 0.0 && sectionId.isEmpty()
                      : m_settings.holds(fractionKey, bounded) && m_settings.holds(sectionKey, sectionId))
        return;
    settings.setValue(fractionKey, bounded);
    settings.setValue(sectionKey, sectionId);
    m_settings.sync();
}

double ReadingProgress::position(const QString &chapterId) const {
    bool ok = false;
    const double value =
        m_settings.settings().value(positionKey(m_guideIdFor(chapterId), "fraction")).toDouble(&ok);
    return ok && qIsFinite(value) ? qBound(0.0, value, 1.0) : 0.0;
}

QString ReadingProgress::positionSection(const QString &chapterId) const {
    return m_guide.currentId(
        m_settings.settings().value(positionKey(m_guideIdFor(chapterId), "section")).toString());
}

QString ReadingProgress::lastChapter() const {
    const QString id = m_guide.currentId(m_settings.value(keys::lastChapter).toString());
    return m_guide.chapter(id) ? id : QString();
}

void ReadingProgress::setLastChapter(const QString &chapterId) {
    m_settings.setValue(keys::lastChapter, m_guideIdFor(chapterId));
}

} // namespace goprep::core
