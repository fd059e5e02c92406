// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace goprep::reader {

// A CSS font-family value made of those `preferred` families this machine has, in order, then `generic`
// (generic families, such as "system-ui, sans-serif").
// Each family the page names and the machine lacks costs the renderer a lookup (a round trip to the
// browser process) for every size and weight the page uses: a dozen of them, 0.1-5 ms each, were part of
// laying out the first chapter. Generic families always resolve.
QString installedFontStack(const QStringList &preferred, const QString &generic);

// The reader's text and code fonts, worked out once.
struct ReaderFonts {
    QString body;
    QString code;
};
const ReaderFonts &readerFonts();

} // namespace goprep::reader
