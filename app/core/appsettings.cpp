// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUtf8StringView>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace goprep::core {

namespace {

QString defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return dir + u"/goprep.ini"_s;
}

// What can be read of a settings file, and how many lines could not.
struct Salvage {
    int badLines = 0;
    QByteArray readable; // the file without those lines, for QSettings to read; only made when there are some
    // Whether a line could give an entry QSettings parses but cannot give back (unreadableKeys()). Without
    // one, a file of a well-used GoPrep (a thousand card states) needs no look at every value, about 0.6 ms.
    bool mayHoldUnreadable = false;
};

// A key with an empty part ("a\\\\b", "\\b", "a/"), or one that percent escapes could give one.
bool mayBeUnreadableKey(QByteArrayView key) {
    if (key.contains('%') || key.contains('/'))
        return true;
    qsizetype partStart = 0;
    for (qsizetype i = 0; i <= key.size(); ++i) {
        if (i == key.size() || key.at(i) == '\\') {
            if (i == partStart)
                return true;
            partStart = i + 1;
        }
    }
    return false;
}

// A value QSettings may not be able to restore: only its "@Type(...)" forms can fail ("@ByteArray(...)"
// cannot), and a backslash escape could spell the '@'.
bool mayBeUnreadableValue(QByteArrayView value) {
    if (value.startsWith("@ByteArray("))
        return false;
    return value.contains('@') || value.contains('\\');
}

// Finds the lines QSettings would drop or misread without a word (it reports only a header without ']', as
// FormatError, and its next write would lose them all):
// - NUL bytes or invalid UTF-8 (read as something else);
// - text that is neither a comment, a header nor `key=value` (skipped);
// - an unquoted ';' after the start of a line (QSettings takes the rest of the line for a comment);
// - a quote left open at the end of a line (QSettings never writes one, as it escapes line breaks; reading
//   on, it would swallow every later line into this one value);
// - a section header without its ']' (repaired, as QSettings reads it).
// Everything else is kept as it is. `readable` gets the lines to keep, if given.
Salvage salvage(QByteArrayView data, bool keepReadable = false) {
    if (data.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, which QSettings skips
        data = data.sliced(3);
    Salvage result;
    const auto keep = [&result, keepReadable](QByteArrayView line) {
        if (keepReadable)
            result.readable += line.toByteArray() + '\n';
    };
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = start;
        while (end < data.size() && data.at(end) != '\n' && data.at(end) != '\r')
            ++end;
        const QByteArrayView line = data.sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty() || line.startsWith(';')) {
            keep(line);
            continue;
        }
        const bool header = line.startsWith('[');
        const qsizetype equals = line.indexOf('=');
        bool bad = line.contains('\0') || !QUtf8StringView(line).isValidUtf8() || (!header && equals < 0);
        bool inQuotes = false;
        for (qsizetype i = 0; i < line.size() && !bad; ++i) {
            const char c = line.at(i);
            if (c == '\\')
                ++i;
            else if (c == '"')
                inQuotes = !inQuotes;
            else if (c == ';' && !inQuotes)
                bad = true;
        }
        if (bad || inQuotes) {
            ++result.badLines;
        } else if (header && !line.contains(']')) {
            ++result.badLines;
            result.mayHoldUnreadable = true;
            keep(line.size() > 1 ? QByteArray(line.toByteArray() + ']') : QByteArray("[General]"));
        } else if (header && line.sliced(1, line.indexOf(']') - 1).trimmed().isEmpty()) {
            // "[]": QSettings would give the keys below a leading '/', which it cannot look up again.
            result.mayHoldUnreadable = true;
            keep("[General]");
        } else {
            if (header) {
                const QByteArrayView name = line.sliced(1, line.indexOf(']') - 1).trimmed();
                result.mayHoldUnreadable |= name != "General" && mayBeUnreadableKey(name);
            } else {
                result.mayHoldUnreadable |= mayBeUnreadableKey(line.first(equals).trimmed()) ||
                                            mayBeUnreadableValue(line.sliced(equals + 1).trimmed());
            }
            keep(line);
        }
    }
    if (result.badLines > 0 && !keepReadable)
        return salvage(data, true);
    return result;
}

// Entries QSettings parsed but cannot give back: a value of a type it cannot restore (a damaged
// "@Variant(...)", which it would write back as "@Invalid()"), or a key with an empty part ("a\\\\b", "\\b"),
// which it lists but never finds again, not even to remove it.
QStringList unreadableKeys(const QSettings &settings) {
    QStringList bad;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        if (!settings.value(key).isValid())
            bad << key;
    return bad;
}

// Writes back only the entries that can be read, in QSettings' own form, so the unreadable ones (kept in the
// copy) are not found again on every start.
void keepOnlyReadable(QSettings &settings) {
    QList<std::pair<QString, QVariant>> readable;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        if (const QVariant value = settings.value(key); value.isValid())
            readable.append({key, value});
    settings.clear();
    for (const auto &[key, value] : std::as_const(readable))
        settings.setValue(key, value);
}

} // namespace

QString AppSettings::keepCopy(const QString &path) {
    const QString base =
        path + u".unreadable-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString copy = base;
    for (int n = 2; QFileInfo::exists(copy); ++n)
        copy = base + u'-' + QString::number(n);
    return QFile::copy(path, copy) ? copy : QString();
}

QString AppSettings::resolvePath(const QString &filePath) {
    const QFileInfo info(filePath.isEmpty() ? defaultPath() : filePath);
    const QString dir = info.absolutePath();
    const QString canonicalDir = QFileInfo(dir).canonicalFilePath(); // empty while the folder does not exist
    return (canonicalDir.isEmpty() ? dir : canonicalDir) + u'/' + info.fileName();
}

AppSettings::AppSettings(const QString &filePath, QObject *parent)
    : QObject(parent) {
    const QString path = resolvePath(filePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    checkReadable(path);
    const int version = intValue(keys::settingsVersion, 0, 0, std::numeric_limits<int>::max());
    if (version > currentVersion) {
        addProblem(tr("These settings were written by a newer GoPrep; unknown entries are kept untouched."));
    } else if (version < currentVersion && m_settings->status() != QSettings::AccessError) {
        m_settings->setValue(QLatin1StringView(keys::settingsVersion), currentVersion);
        sync();
    }
}

AppSettings::~AppSettings() {
    m_settings->sync();
}

void AppSettings::checkReadable(const QString &path) {
    Salvage salvaged;
    if (QFile file(path); file.open(QIODevice::ReadOnly))
        salvaged = salvage(file.readAll());
    if (salvaged.badLines > 0) {
        // The original stays beside it, byte for byte; QSettings then reads what could be read of it.
        m_keptCopy = keepCopy(path);
        if (QSaveFile file(path); !m_keptCopy.isEmpty() && file.open(QIODevice::WriteOnly)) {
            file.write(salvaged.readable);
            file.commit();
        }
    }
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (m_settings->status() == QSettings::AccessError) {
        addProblem(tr("The settings file %1 cannot be read or written; changes will not be kept.")
                       .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QStringList badKeys = salvaged.mayHoldUnreadable ? unreadableKeys(*m_settings) : QStringList();
    const bool formatError = m_settings->status() == QSettings::FormatError;
    if (salvaged.badLines == 0 && (!badKeys.isEmpty() || formatError))
        m_keptCopy = keepCopy(path); // QSettings has not written anything yet
    if (!m_keptCopy.isEmpty() && !badKeys.isEmpty()) {
        keepOnlyReadable(*m_settings);
        sync();
    }
    const int bad = std::max(salvaged.badLines + int(badKeys.size()), formatError ? 1 : 0);
    if (bad == 0)
        return;
    if (m_keptCopy.isEmpty())
        addProblem(
            tr("%n line(s) of the settings file could not be read and are ignored; no copy of the file "
               "could be kept.",
               nullptr, bad));
    else
        addProblem(tr("%n line(s) of the settings file could not be read and are ignored; the original was "
                      "kept as %1.",
                      nullptr, bad)
                       .arg(QDir::toNativeSeparators(m_keptCopy)));
}

void AppSettings::addProblem(const QString &problem) {
    qCWarning(lcProgress).noquote() << problem;
    m_loadProblem = m_loadProblem.isEmpty() ? problem : m_loadProblem + u' ' + problem;
}

QVariant AppSettings::value(const char *key, const QVariant &fallback) const {
    return m_settings->value(QLatin1StringView(key), fallback);
}

int AppSettings::intValue(const char *key, int fallback, int min, int max) const {
    const QVariant stored = value(key);
    bool ok = false;
    const qlonglong number = stored.toString().trimmed().toLongLong(&ok);
    return ok && number >= min && number <= max ? int(number) : fallback;
}

double AppSettings::realValue(const char *key, double fallback, double min, double max) const {
    const QVariant stored = value(key);
    bool ok = false;
    const double number = stored.toString().trimmed().toDouble(&ok);
    return ok && std::isfinite(number) && number >= min && number <= max ? number : fallback;
}

void AppSettings::setValue(const char *key, const QVariant &value) {
    if (holds(QLatin1StringView(key), value))
        return;
    m_settings->setValue(QLatin1StringView(key), value);
    sync();
}

bool AppSettings::holds(QAnyStringView key, const QVariant &value) const {
    const QVariant stored = m_settings->value(key);
    if (!stored.isValid() || !value.isValid())
        return false;
    if (stored == value)
        return true;
    // An INI file keeps scalars as text: a number or a flag written earlier comes back as a string.
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return stored.typeId() == QMetaType::QString && stored.toString() == value.toString();
    default:
        return false;
    }
}

bool AppSettings::sync() {
    if (m_syncHolds > 0) {
        m_syncWaiting = true;
        return true;
    }
    m_settings->sync();
    if (m_settings->status() != QSettings::AccessError)
        return true;
    qCWarning(lcProgress) << "Could not write the settings to" << m_settings->fileName();
    Q_EMIT writeFailed(m_settings->fileName());
    return false;
}

AppSettings::SyncOnce::SyncOnce(AppSettings &settings)
    : m_settings(settings) {
    ++m_settings.m_syncHolds;
}

AppSettings::SyncOnce::~SyncOnce() {
    if (--m_settings.m_syncHolds == 0 && std::exchange(m_settings.m_syncWaiting, false))
        m_settings.sync();
}

} // namespace goprep::core
