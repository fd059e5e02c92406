// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace goprep::ui {

QIcon applicationIcon() {
    // One folder per size under :/icons (see app/ui/CMakeLists.txt), so the sizes are listed only in
    // packaging/CMakeLists.txt.
    QIcon icon;
    const QDir root(u":/icons"_s);
    const QString file = QStringLiteral(GOPREP_APP_ID) + u".png"_s;
    for (const QString &size : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const int px = size.toInt();
        if (px > 0)
            icon.addFile(root.filePath(size + u'/' + file), QSize(px, px));
    }
    return icon;
}

} // namespace goprep::ui
