// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets over stored progress share: the application object, a scratch folder and how they
// fail.
namespace goprep::fuzz {

// The QCoreApplication of the process, with test mode on (no real user data) and GoPrep's own logging off:
// every damaged input makes the loaders warn, and at thousands of inputs a second that is only noise.
void initializeQuietly(int *argc, char ***argv);

// A path in the process's scratch folder (in memory where there is a tmpfs: the stores sync every write) with
// a name never used before: QSettings caches parsed files by name, size and modification time.
QString freshPath(const QString &stem, const QString &suffix);

// Removes everything written in the scratch folder so far.
void clearScratch();

// Writes the fuzzer's bytes to `path`; fails when it cannot.
void writeInput(const QString &path, const uint8_t *data, size_t size);

// A finding: says what and aborts, so libFuzzer keeps the input.
[[noreturn]] void fail(const char *what, const QString &detail = {});

} // namespace goprep::fuzz
