// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace goprep::ui::practicetext {

QString clock(qint64 msecs) {
    const qint64 secs = msecs >= 0 ? (msecs + 999) / 1000 : -msecs / 1000;
    const qint64 h = secs / 3600;
    const qint64 m = (secs / 60) % 60;
    const qint64 s = secs % 60;
    const QString mmss = u"%1:%2"_s.arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return h > 0 ? u"%1:"_s.arg(h) + mmss : mmss;
}

QString rating(core::AttemptRating rating) {
    switch (rating) {
    case core::AttemptRating::Solved:
        return QCoreApplication::translate("PracticeText", "Solved");
    case core::AttemptRating::Partly:
        return QCoreApplication::translate("PracticeText", "Partly");
    case core::AttemptRating::NotYet:
        break;
    }
    return QCoreApplication::translate("PracticeText", "Not yet");
}

} // namespace goprep::ui::practicetext
