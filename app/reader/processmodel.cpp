// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmodel.h"
#include "logging.h"

#include <QList>
#include <QtGlobal>

namespace goprep::reader {

namespace {

constexpr auto kFlagsVariable = "QTWEBENGINE_CHROMIUM_FLAGS";
constexpr auto kSeparateVariable = "GOPREP_SEPARATE_RENDERER";

// What the environment held before chooseBeforeEngineStarts() changed it; empty when it changed nothing.
struct SavedFlags {
    bool changed = false;
    bool wasSet = false;
    QByteArray value;
};
SavedFlags &saved() {
    static SavedFlags flags;
    return flags;
}

bool namesProcessModel(const QByteArray &flags) {
    static const QList<QByteArray> models{"--single-process", "--process-per-site", "--process-per-tab",
                                          "--site-per-process"};
    for (const QByteArray &flag : flags.split(' ')) {
        if (models.contains(flag.split('=').constFirst()))
            return true;
    }
    return false;
}

} // namespace

std::optional<QByteArray> ProcessModel::engineFlags(const QByteArray &userFlags, bool separateRenderer) {
    if (separateRenderer || namesProcessModel(userFlags))
        return std::nullopt;
    QByteArray flags = userFlags.trimmed();
    if (!flags.isEmpty())
        flags += ' ';
    // Chromium runs proxy auto-config scripts in V8 in a helper process, which this model has not; without
    // the switch it goes without them all the same, and logs an error at every start. GoPrep's page loads
    // nothing through a proxy: everything it asks for is served by GoPrep itself.
    flags += "--single-process --winhttp-proxy-resolver";
    return flags;
}

void ProcessModel::chooseBeforeEngineStarts() {
    SavedFlags &before = saved();
    if (before.changed)
        return;
    before.wasSet = qEnvironmentVariableIsSet(kFlagsVariable);
    before.value = qgetenv(kFlagsVariable);
    const bool separate = qEnvironmentVariableIntValue(kSeparateVariable) != 0;
    const std::optional<QByteArray> flags = engineFlags(before.value, separate);
    if (!flags)
        return;
    qputenv(kFlagsVariable, *flags);
    before.changed = true;
    qCDebug(lcReader) << "QtWebEngine starts with" << *flags;
}

void ProcessModel::restoreEnvironment() {
    SavedFlags &before = saved();
    if (!before.changed)
        return;
    if (before.wasSet)
        qputenv(kFlagsVariable, before.value);
    else
        qunsetenv(kFlagsVariable);
    before = SavedFlags{};
}

} // namespace goprep::reader
