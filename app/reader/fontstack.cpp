// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontstack.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace goprep::reader {

QString installedFontStack(const QStringList &preferred, const QString &generic) {
    QStringList stack;
    for (const QString &family : preferred) {
        // Quoted for CSS; the names are ours, and a quote or backslash in one would not name a real font.
        if (!family.contains(u'"') && !family.contains(u'\\') && QFontDatabase::hasFamily(family))
            stack << u'"' + family + u'"';
    }
    stack << generic;
    return stack.join(u", "_s);
}

const ReaderFonts &readerFonts() {
    // KDE's text font first, then the one nearly every Linux system has, then the desktop's own; reader.css
    // names the same ones.
    static const ReaderFonts fonts{
        installedFontStack({u"Noto Sans"_s, u"DejaVu Sans"_s}, u"system-ui, sans-serif"_s),
        installedFontStack({u"JetBrains Mono"_s, u"DejaVu Sans Mono"_s}, u"monospace"_s),
    };
    return fonts;
}

} // namespace goprep::reader
