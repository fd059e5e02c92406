// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylog.h"
#include "appsettings.h"
#include "logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace goprep::core {

ActivityLog::ActivityLog(AppSettings &settings, int dayStartHour, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dayStartHour(std::clamp(dayStartHour, 0, 23)) {
    load();
}

void ActivityLog::reload() {
    load();
    Q_EMIT changed();
}

void ActivityLog::load() {
    m_days.clear();
    m_unreadable.clear();
    for (const QString &text : m_settings.value(keys::activityDays).toStringList()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid()) {
            m_days.insert(day);
        } else {
            m_unreadable << text;
            qCWarning(lcProgress).noquote() << "Ignoring stored activity day" << text;
        }
    }
}

QDate ActivityLog::studyDate(const QDateTime &time, int dayStartHour) {
    return time.toLocalTime().addSecs(-qint64(std::clamp(dayStartHour, 0, 23)) * 3600).date();
}

void ActivityLog::markActive(const QDateTime &when) {
    const QDate day = studyDate(when, m_dayStartHour);
    if (!day.isValid() || m_days.contains(day))
        return;
    m_days.insert(day);
    QList<QDate> sorted(m_days.cbegin(), m_days.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList list;
    for (const QDate &d : std::as_const(sorted))
        list << d.toString(Qt::ISODate);
    m_settings.setValue(keys::activityDays, list + m_unreadable);
    Q_EMIT changed();
}

} // namespace goprep::core
