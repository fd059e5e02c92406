// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include "appsettings.h"
#include "prerendered.h"
#include "themestylesheet.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleHints>

using namespace Qt::StringLiterals;
namespace ksh = KSyntaxHighlighting;

namespace goprep::ui {

Appearance::Appearance(core::AppSettings &settings, RepositorySource repository, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_repository(std::move(repository)) {
    const QString stored = m_settings.value(core::keys::colorScheme).toString();
    m_scheme = stored == u"light"_s ? Scheme::Light : stored == u"dark"_s ? Scheme::Dark : Scheme::System;
    applyToWidgets(); // a forced scheme from last time applies to the widgets too, not only the reader
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_scheme == Scheme::System)
            Q_EMIT changed();
    });
}

void Appearance::setScheme(Scheme scheme) {
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    const QString value = scheme == Scheme::Light  ? u"light"_s
                          : scheme == Scheme::Dark ? u"dark"_s
                                                   : u"system"_s;
    m_settings.setValue(core::keys::colorScheme, value);
    applyToWidgets();
    Q_EMIT changed();
}

QPalette Appearance::darkPalette() {
    QPalette palette;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x23), text(0xe6, 0xed, 0xf3);
    const QColor disabled(0x7d, 0x85, 0x90), highlight(0x3d, 0xae, 0xe9);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x24, 0x28, 0x2e));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window.lighter(115));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, highlight);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

bool Appearance::isDarkPalette(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

void Appearance::applyToWidgets() {
    // Qt 6.8 can force the scheme for the whole application; Unknown hands it back to the system.
    QGuiApplication::styleHints()->setColorScheme(m_scheme == Scheme::Light  ? Qt::ColorScheme::Light
                                                  : m_scheme == Scheme::Dark ? Qt::ColorScheme::Dark
                                                                             : Qt::ColorScheme::Unknown);
    // Platforms without a colour-scheme aware theme ignore that request; give the widgets a palette then.
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    const bool paletteIsDark = isDarkPalette(QApplication::palette());
    if (m_scheme == Scheme::Dark && !paletteIsDark)
        QApplication::setPalette(darkPalette());
    else if (m_scheme != Scheme::Dark && paletteIsDark && m_overrodePalette)
        QApplication::setPalette(QApplication::style()->standardPalette());
    m_overrodePalette = m_scheme == Scheme::Dark && (m_overrodePalette || !paletteIsDark);
}

bool Appearance::isDark() const {
    if (m_scheme != Scheme::System)
        return m_scheme == Scheme::Dark;
    if (const auto system = QGuiApplication::styleHints()->colorScheme(); system != Qt::ColorScheme::Unknown)
        return system == Qt::ColorScheme::Dark;
    // Platforms that report no scheme: judge by the window colour.
    return isDarkPalette(QGuiApplication::palette());
}

bool Appearance::isTheme(const QString &name) const {
    return core::prerendered::hasCodeTheme(name) || m_repository().theme(name).isValid();
}

QString Appearance::codeTheme() const {
    const char *key = isDark() ? core::keys::codeThemeDark : core::keys::codeThemeLight;
    const QString fallback = isDark() ? u"Breeze Dark"_s : u"Breeze Light"_s;
    const QString name = m_settings.value(key, fallback).toString();
    return name == fallback || isTheme(name) ? name : fallback;
}

void Appearance::setCodeTheme(const QString &name) {
    if (!isTheme(name) || name == codeTheme())
        return;
    m_settings.setValue(isDark() ? core::keys::codeThemeDark : core::keys::codeThemeLight, name);
    Q_EMIT changed();
}

QStringList Appearance::codeThemes() const {
    QStringList names;
    for (const ksh::Theme &theme : m_repository().themes())
        names << theme.name();
    return names;
}

QString Appearance::codeStylesheet() const {
    const QString name = codeTheme();
    if (std::optional<QString> css = core::prerendered::codeThemeCss(name))
        return *std::move(css);
    return core::themeStylesheet(m_repository().theme(name));
}

} // namespace goprep::ui
