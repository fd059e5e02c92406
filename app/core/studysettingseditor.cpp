// SPDX-License-Identifier: GPL-3.0-or-later
#include "studysettingseditor.h"

#include "appsettings.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {
bool validSteps(const QList<int> &minutes) {
    return std::all_of(minutes.cbegin(), minutes.cend(),
                       [](int m) { return m >= 1 && m <= StudySettings::maxStepMinutes; });
}
} // namespace

StudySettingsEditor::StudySettingsEditor(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

StudySettings StudySettingsEditor::current() const {
    return StudySettings::read(m_settings);
}

bool StudySettingsEditor::store(const char *key, const QString &text) {
    // Written as text, exactly as StudySettings::read parses it; the same text again is no change.
    const QVariant stored = m_settings.value(key);
    if (stored.typeId() == QMetaType::QString && stored.toString() == text)
        return true;
    m_settings.setValue(key, text);
    Q_EMIT changed();
    return true;
}

bool StudySettingsEditor::setDesiredRetention(double retention) {
    if (!std::isfinite(retention) || retention < StudySettings::minRetention ||
        retention > StudySettings::maxRetention)
        return false;
    const double rounded = std::round(retention * 100.0) / 100.0;
    return store(keys::desiredRetention, QString::number(rounded, 'f', 2));
}

bool StudySettingsEditor::setNewCardsPerDay(int limit) {
    if (limit < 0 || limit > StudySettings::maxPerDay)
        return false;
    return store(keys::newCardsPerDay, QString::number(limit));
}

bool StudySettingsEditor::setReviewsPerDay(int limit) {
    if (limit < 0 || limit > StudySettings::maxPerDay)
        return false;
    return store(keys::reviewsPerDay, QString::number(limit));
}

bool StudySettingsEditor::setDayStartHour(int hour) {
    if (hour < 0 || hour > 23)
        return false;
    return store(keys::dayStartHour, QString::number(hour));
}

bool StudySettingsEditor::setLearningSteps(const QList<int> &minutes) {
    return validSteps(minutes) && store(keys::learningSteps, StudySettings::formatSteps(minutes));
}

bool StudySettingsEditor::setRelearningSteps(const QList<int> &minutes) {
    return validSteps(minutes) && store(keys::relearningSteps, StudySettings::formatSteps(minutes));
}

void StudySettingsEditor::restoreDefaults() {
    QSettings &settings = m_settings.settings();
    for (const char *key : {keys::desiredRetention, keys::newCardsPerDay, keys::reviewsPerDay,
                            keys::dayStartHour, keys::learningSteps, keys::relearningSteps})
        settings.remove(QLatin1StringView(key));
    settings.sync();
    Q_EMIT changed();
}

} // namespace goprep::core
