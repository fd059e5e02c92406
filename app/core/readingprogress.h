// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>

namespace goprep::core {

class AppSettings;
class Guide;

// Which chapters are read, where the reader was in each chapter, and the last chapter opened.
class ReadingProgress final : public QObject {
    Q_OBJECT
public:
    ReadingProgress(AppSettings &settings, const Guide &guide, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReadingProgress)

    bool isRead(const QString &chapterId) const { return m_read.contains(m_guideIdFor(chapterId)); }
    void setRead(const QString &chapterId, bool read);
    int readCount() const;
    // Share of the guide's chapters that are read, 0..1.
    double readFraction() const;

    // Sections the reader has scrolled through; a part's percentage counts them.
    void markSectionSeen(const QString &sectionId);
    bool isSectionSeen(const QString &sectionId) const { return m_seen.contains(m_guideIdFor(sectionId)); }
    // 0..100: 100 when the chapter is read, else the share of its sections seen.
    int chapterPercent(const QString &chapterId) const;

    // Scroll position as a fraction of the page height (0..1) and the section in view.
    void setPosition(const QString &chapterId, double fraction, const QString &sectionId);
    double position(const QString &chapterId) const;
    QString positionSection(const QString &chapterId) const;

    QString lastChapter() const;
    void setLastChapter(const QString &chapterId);

    // Reads the state again after another writer (an import) changed the settings; announces every chapter.
    void reload();

Q_SIGNALS:
    void readStateChanged(const QString &chapterId, bool read);

private:
    void load();
    QString m_guideIdFor(const QString &id) const;
    // Positions stored under a chapter id the guide renamed move to the new id.
    void movePositionsOfRenamedChapters();

    AppSettings &m_settings;
    const Guide &m_guide;
    QSet<QString> m_read; // may hold ids no longer in the guide: kept, never dropped
    QSet<QString> m_seen;
};

} // namespace goprep::core
