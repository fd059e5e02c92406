// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studysettings.h"

#include <QList>
#include <QObject>

namespace goprep::core {

class AppSettings;

// The writing side of StudySettings, for the Preferences dialog: each setter stores a value only when
// StudySettings::read() would use it as written, and `changed` tells the reviewer to reschedule. A refused
// value writes nothing and signals nothing.
class StudySettingsEditor final : public QObject {
    Q_OBJECT
public:
    explicit StudySettingsEditor(AppSettings &settings, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StudySettingsEditor)

    StudySettings current() const;

    // Rounded to two decimals, as the dialog offers it.
    bool setDesiredRetention(double retention);
    bool setNewCardsPerDay(int limit);
    bool setReviewsPerDay(int limit);
    bool setDayStartHour(int hour);
    // Stored as StudySettings::formatSteps writes them ("1m 10m"); an empty list is "no steps".
    bool setLearningSteps(const QList<int> &minutes);
    bool setRelearningSteps(const QList<int> &minutes);
    // Removes every study key, so the defaults apply.
    void restoreDefaults();

Q_SIGNALS:
    void changed();

private:
    bool store(const char *key, const QString &text);

    AppSettings &m_settings;
};

} // namespace goprep::core
