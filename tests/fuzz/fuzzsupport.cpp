// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace goprep::fuzz {

void initializeQuietly(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"goprep.*=false"_s);
}

namespace {
const QTemporaryDir &scratch() {
    static QTemporaryDir dir(QFileInfo(u"/dev/shm"_s).isWritable()
                                 ? u"/dev/shm/goprep-fuzz-XXXXXX"_s
                                 : QDir::tempPath() + u"/goprep-fuzz-XXXXXX"_s);
    if (!dir.isValid())
        fail("cannot make a scratch folder", dir.errorString());
    return dir;
}
} // namespace

QString freshPath(const QString &stem, const QString &suffix) {
    static quint64 counter = 0;
    return scratch().filePath(u"%1-%2.%3"_s.arg(stem).arg(++counter).arg(suffix));
}

void clearScratch() {
    const QString path = scratch().path();
    QDir(path).removeRecursively();
    QDir().mkpath(path);
}

void writeInput(const QString &path, const uint8_t *data, size_t size) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        fail("cannot write", path);
}

void fail(const char *what, const QString &detail) {
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace goprep::fuzz
