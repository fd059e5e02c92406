// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace goprep::ui {

// Fusion as GoPrep uses it, with two changes:
// - Check boxes and radio buttons that can be seen on a dark palette. Fusion fills them with the Base colour
//   and outlines them with a darker shade of the Window colour, which on a dark palette is about the colour
//   around them: the checklist's boxes vanished. On a dark palette this style draws Fusion's indicator and
//   then an outline in a muted text colour over its edge; on a light one it is plain Fusion.
// - The line edits' clear button and the menu bar's overflow button get Fusion's icons when first drawn,
//   not when made: the first image Qt reads loads every image format plugin installed (Qt PDF's among
//   them), 1.5-2.5 ms on the way to the first chapter for buttons that are rarely shown.
class AppStyle final : public QProxyStyle {
    Q_OBJECT
public:
    AppStyle();

    // Puts this style in place of the application's if that is Fusion (other styles draw their own
    // indicators, and are left alone). Before the first widget is made, so none is polished twice.
    static void installIfFusion();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace goprep::ui
