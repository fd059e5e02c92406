// SPDX-License-Identifier: GPL-3.0-or-later
#include "studysettings.h"

#include "appsettings.h"
#include "logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

// A list written by QSettings comes back as a QStringList; a hand-edited one as a single string.
QString storedText(const QVariant &value) {
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(u' ') : value.toString();
}

int readInt(const AppSettings &settings, const char *key, int fallback, int min, int max,
            QStringList &problems) {
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const int number = storedText(value).trimmed().toInt(&ok);
    if (!ok) {
        problems << QCoreApplication::translate("goprep::core::StudySettings",
                                                "%1: \"%2\" is not a whole number; using %3.")
                        .arg(QLatin1StringView(key), storedText(value))
                        .arg(fallback);
        return fallback;
    }
    if (number < min || number > max) {
        const int used = std::clamp(number, min, max);
        problems << QCoreApplication::translate("goprep::core::StudySettings",
                                                "%1: %2 is outside %3-%4; using %5.")
                        .arg(QLatin1StringView(key))
                        .arg(number)
                        .arg(min)
                        .arg(max)
                        .arg(used);
        return used;
    }
    return number;
}

double readRetention(const AppSettings &settings, double fallback, QStringList &problems) {
    const QVariant value = settings.value(keys::desiredRetention);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const double number = QLocale::c().toDouble(storedText(value).trimmed(), &ok);
    if (!ok || !std::isfinite(number)) {
        problems << QCoreApplication::translate("goprep::core::StudySettings",
                                                "%1: \"%2\" is not a number; using %3.")
                        .arg(QLatin1StringView(keys::desiredRetention), storedText(value))
                        .arg(fallback);
        return fallback;
    }
    if (number < StudySettings::minRetention || number > StudySettings::maxRetention) {
        const double used = std::clamp(number, StudySettings::minRetention, StudySettings::maxRetention);
        problems << QCoreApplication::translate("goprep::core::StudySettings",
                                                "%1: %2 is outside %3-%4; using %5.")
                        .arg(QLatin1StringView(keys::desiredRetention))
                        .arg(number)
                        .arg(StudySettings::minRetention)
                        .arg(StudySettings::maxRetention)
                        .arg(used);
        return used;
    }
    return number;
}

QList<int> readSteps(const AppSettings &settings, const char *key, const QList<int> &fallback,
                     QStringList &problems) {
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    const auto steps = StudySettings::parseSteps(storedText(value));
    if (!steps) {
        problems << QCoreApplication::translate(
                        "goprep::core::StudySettings",
                        "%1: \"%2\" is not a list of steps such as \"1m 10m\"; using \"%3\".")
                        .arg(QLatin1StringView(key), storedText(value), StudySettings::formatSteps(fallback));
        return fallback;
    }
    return *steps;
}

} // namespace

StudySettings StudySettings::read(const AppSettings &settings) {
    StudySettings s;
    s.newCardsPerDay =
        readInt(settings, keys::newCardsPerDay, defaultNewCardsPerDay, 0, maxPerDay, s.problems);
    s.reviewsPerDay = readInt(settings, keys::reviewsPerDay, defaultReviewsPerDay, 0, maxPerDay, s.problems);
    s.dayStartHour = readInt(settings, keys::dayStartHour, defaultDayStartHour, 0, 23, s.problems);
    s.scheduler.desiredRetention = readRetention(settings, s.scheduler.desiredRetention, s.problems);
    s.scheduler.learningSteps =
        readSteps(settings, keys::learningSteps, s.scheduler.learningSteps, s.problems);
    s.scheduler.relearningSteps =
        readSteps(settings, keys::relearningSteps, s.scheduler.relearningSteps, s.problems);
    for (const QString &problem : std::as_const(s.problems))
        qCWarning(lcStudy).noquote() << problem;
    return s;
}

std::optional<QList<int>> StudySettings::parseSteps(const QString &text) {
    static const QRegularExpression step(u"^(\\d{1,6})([mhd]?)$"_s);
    QList<int> minutes;
    const QStringList parts = text.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QRegularExpressionMatch match = step.match(part.toLower());
        if (!match.hasMatch())
            return std::nullopt;
        const qint64 number = match.captured(1).toLongLong();
        const QString unit = match.captured(2);
        const qint64 factor = unit == u"d"_s ? 24 * 60 : unit == u"h"_s ? 60 : 1;
        const qint64 value = number * factor;
        if (value < 1 || value > maxStepMinutes)
            return std::nullopt;
        minutes << int(value);
    }
    return minutes;
}

QString StudySettings::formatSteps(const QList<int> &minutes) {
    QStringList parts;
    for (const int m : minutes) {
        if (m % (24 * 60) == 0)
            parts << QString::number(m / (24 * 60)) + u'd';
        else if (m % 60 == 0)
            parts << QString::number(m / 60) + u'h';
        else
            parts << QString::number(m) + u'm';
    }
    return parts.join(u' ');
}

} // namespace goprep::core
