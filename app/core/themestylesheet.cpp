// SPDX-License-Identifier: GPL-3.0-or-later
#include "themestylesheet.h"
#include "codehighlighter.h"

#include <QColor>
#include <QMetaEnum>

using namespace Qt::StringLiterals;
namespace ksh = KSyntaxHighlighting;

namespace goprep::core {

namespace {
QString cssColor(QRgb rgb) {
    return QColor::fromRgba(rgb).name(QColor::HexRgb);
}
} // namespace

QString themeStylesheet(const ksh::Theme &theme) {
    const QString background = cssColor(theme.editorColor(ksh::Theme::BackgroundColor));
    const QString border = cssColor(theme.editorColor(ksh::Theme::IconBorder));
    const QString normal = cssColor(theme.textColor(ksh::Theme::Normal));
    QString css = u"/* code theme: "_s + theme.name() + u" */\n"_s;
    css += u".code-block{background:"_s + background + u";border-color:"_s + border + u";}\n"_s;
    css += u".code-block pre,.code-block code{color:"_s + normal + u";}\n"_s;
    css += u".code-head{background:"_s + border + u";color:"_s + normal + u";}\n"_s;
    const QMetaEnum styles = QMetaEnum::fromType<ksh::Theme::TextStyle>();
    for (int i = 0; i < styles.keyCount(); ++i) {
        const auto style = ksh::Theme::TextStyle(styles.value(i));
        if (style == ksh::Theme::Normal)
            continue;
        QString rule;
        if (const QRgb color = theme.textColor(style))
            rule += u"color:"_s + cssColor(color) + u';';
        if (const QRgb color = theme.backgroundColor(style))
            rule += u"background:"_s + cssColor(color) + u';';
        if (theme.isBold(style))
            rule += u"font-weight:bold;"_s;
        if (theme.isItalic(style))
            rule += u"font-style:italic;"_s;
        if (theme.isUnderline(style))
            rule += u"text-decoration:underline;"_s;
        if (theme.isStrikeThrough(style))
            rule += u"text-decoration:line-through;"_s;
        css += u'.' + CodeHighlighter::cssClass(style) + u'{' + rule + u"}\n"_s;
    }
    return css;
}

} // namespace goprep::core
