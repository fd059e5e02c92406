// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

// Mid-tone colours that read on light and dark backgrounds alike, shared by the readiness charts, the
// practice clock and the status bar.
namespace goprep::ui::chartcolors {

inline QColor reading() {
    return {0x3d, 0x7d, 0xd8};
}
inline QColor newCards() {
    return {0x3d, 0x7d, 0xd8};
}
inline QColor learning() {
    return {0xd0, 0x4a, 0x3c};
}
inline QColor young() {
    return {0x7c, 0xc0, 0x6a};
}
inline QColor mature() {
    return {0x2f, 0x8a, 0x3e};
}
inline QColor checklist() {
    return {0x93, 0x62, 0xd6};
}
inline QColor warning() {
    return {0xd9, 0x8a, 0x1c};
}
inline QColor over() {
    return {0xd0, 0x4a, 0x3c};
}

} // namespace goprep::ui::chartcolors
