// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QSet>

namespace goprep::core {

class AppSettings;

// The study days on which the user read or ticked something. Reviews and attempts carry their own times, so
// a streak can be derived from those logs; reading leaves no dated trace, hence this set.
class ActivityLog final : public QObject {
    Q_OBJECT
public:
    // Days start at `dayStartHour` local time, as the flashcards' study day does.
    ActivityLog(AppSettings &settings, int dayStartHour, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ActivityLog)

    void markActive(const QDateTime &when);
    bool isActive(const QDate &day) const { return m_days.contains(day); }
    QSet<QDate> days() const { return m_days; }
    int dayStartHour() const { return m_dayStartHour; }
    // Reads the days again after another writer (an import) changed the settings.
    void reload();

    // The study day a moment belongs to: before dayStartHour it still counts as the previous day.
    static QDate studyDate(const QDateTime &time, int dayStartHour);

Q_SIGNALS:
    void changed();

private:
    void load();

    AppSettings &m_settings;
    int m_dayStartHour = 4;
    QSet<QDate> m_days;
    QStringList m_unreadable; // stored entries that are not dates: written back untouched
};

} // namespace goprep::core
