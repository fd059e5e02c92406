// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

// Keeps a copy of a file QSettings could not parse, so nothing the user had is lost.
QString keepCopy(const QString &path) {
    const QString copy =
        path + u".unreadable-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QFile::copy(path, copy);
    return copy;
}

} // namespace

QString AppSettings::resolvePath(const QString &filePath) {
    if (!filePath.isEmpty())
        return QFileInfo(filePath).absoluteFilePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/goprep.ini"_s;
}

AppSettings::AppSettings(const QString &filePath, QObject *parent)
    : QObject(parent) {
    const QString path = resolvePath(filePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (m_settings->status() == QSettings::FormatError) {
        const QString copy = keepCopy(path);
        m_loadProblem =
            tr("The settings file could not be read; a copy was kept as %1 and defaults are used.")
                .arg(QDir::toNativeSeparators(copy));
        qCWarning(lcProgress).noquote() << m_loadProblem;
        QFile::remove(path);
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    }
    const int version = m_settings->value(QLatin1StringView(keys::settingsVersion), 0).toInt();
    if (version > currentVersion) {
        m_loadProblem =
            tr("These settings were written by a newer GoPrep; unknown entries are kept untouched.");
        qCWarning(lcProgress).noquote() << m_loadProblem;
    } else if (version < currentVersion) {
        m_settings->setValue(QLatin1StringView(keys::settingsVersion), currentVersion);
        m_settings->sync();
    }
}

AppSettings::~AppSettings() {
    m_settings->sync();
}

QVariant AppSettings::value(const char *key, const QVariant &fallback) const {
    return m_settings->value(QLatin1StringView(key), fallback);
}

void AppSettings::setValue(const char *key, const QVariant &value) {
    m_settings->setValue(QLatin1StringView(key), value);
    m_settings->sync();
}

} // namespace goprep::core
