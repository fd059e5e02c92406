// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a progress file (ProgressArchive, the import of Preferences ▸ Data). A file
// that is refused must say why; a file that is accepted must survive what GoPrep does with it unchanged: its
// own export of the data reads back as the same data, and replacing the progress with it leaves exactly that
// progress in the settings file, as a restarted GoPrep collects it.
#include "appsettings.h"
#include "fuzzsupport.h"
#include "progressarchive.h"

#include <QTimeZone>
#include <algorithm>

#include <cstdint>

using namespace Qt::StringLiterals;
using namespace goprep::core;
using namespace goprep::fuzz;

namespace {

const QDateTime now(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);

// The data without what is not the progress itself (when it was exported, which settings version wrote it)
// and with the lists that are sets in order: a file may list read chapters or days in any order, twice even.
ProgressArchive::Data progressOf(ProgressArchive::Data data) {
    data.exportedAt = {};
    data.settingsVersion = 0;
    for (QStringList *set : {&data.readChapters, &data.seenSections}) {
        set->sort();
        set->removeDuplicates();
    }
    std::sort(data.activityDays.begin(), data.activityDays.end());
    data.activityDays.erase(std::unique(data.activityDays.begin(), data.activityDays.end()),
                            data.activityDays.end());
    return data;
}

// Which parts of the progress differ, for the report.
QString differences(const ProgressArchive::Data &a, const ProgressArchive::Data &b) {
    QStringList parts;
    if (a.readChapters != b.readChapters)
        parts << u"readChapters %1 / %2"_s.arg(a.readChapters.join(u','), b.readChapters.join(u','));
    if (a.seenSections != b.seenSections)
        parts << u"seenSections"_s;
    if (a.lastChapter != b.lastChapter)
        parts << u"lastChapter %1 / %2"_s.arg(a.lastChapter, b.lastChapter);
    if (a.positions != b.positions)
        parts << u"positions"_s;
    if (a.cards != b.cards)
        parts << u"cards"_s;
    if (a.reviewLog != b.reviewLog)
        parts << u"reviewLog"_s;
    if (a.checklist != b.checklist)
        parts << u"checklist"_s;
    if (a.activityDays != b.activityDays)
        parts << u"activityDays"_s;
    if (a.attempts != b.attempts)
        parts << u"attempts"_s;
    if (a.other != b.other)
        parts << u"other %1 / %2"_s.arg(a.other.keys().join(u','), b.other.keys().join(u','));
    return parts.join(u"; "_s);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    goprep::fuzz::initializeQuietly(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto parsed = ProgressArchive::fromJson(json, &error);
    if (!parsed) {
        if (error.isEmpty() || error.contains(u'\n'))
            fail("refused without one line saying why", error);
        return 0;
    }

    // Every accepted input is written to a settings file and a backup.
    const QString path = freshPath(u"progress"_s, u"ini"_s);
    const auto clock = [] { return now; };
    {
        AppSettings settings(path);
        ProgressArchive archive(settings, clock);
        const auto again = ProgressArchive::fromJson(archive.toJson(*parsed), &error);
        if (!again)
            fail("GoPrep refuses its own export of an accepted file", error);
        if (progressOf(*again) != progressOf(*parsed))
            fail("the export of an accepted file reads back as other data",
                 differences(progressOf(*parsed), progressOf(*again)));
        if (const QString problem = archive.apply(*parsed, ProgressArchive::Mode::Replace);
            !problem.isEmpty())
            fail("an accepted file could not be applied", problem);
    }
    {
        AppSettings settings(path);
        ProgressArchive archive(settings, clock);
        int unreadable = 0;
        const ProgressArchive::Data stored = archive.collect(&unreadable);
        if (unreadable != 0)
            fail("an accepted file left values GoPrep cannot read", QString::number(unreadable));
        if (progressOf(stored) != progressOf(*parsed))
            fail("replacing the progress with an accepted file stored other data",
                 differences(progressOf(*parsed), progressOf(stored)));
    }
    clearScratch(); // the files of this input, kept copies and QSettings' lock files
    return 0;
}
