// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include "appsettings.h"
#include "themestylesheet.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>
#include <QStyleHints>

using namespace Qt::StringLiterals;
namespace ksh = KSyntaxHighlighting;

namespace goprep::ui {

Appearance::Appearance(core::AppSettings &settings, ksh::Repository &repository, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_repository(repository) {
    const QString stored = m_settings.value(core::keys::colorScheme).toString();
    m_scheme = stored == u"light"_s ? Scheme::Light : stored == u"dark"_s ? Scheme::Dark : Scheme::System;
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
    // Widgets follow too: Qt 6.8 can force the scheme for the whole application.
    QGuiApplication::styleHints()->setColorScheme(scheme == Scheme::Light  ? Qt::ColorScheme::Light
                                                  : scheme == Scheme::Dark ? Qt::ColorScheme::Dark
                                                                           : Qt::ColorScheme::Unknown);
    Q_EMIT changed();
}

bool Appearance::isDark() const {
    if (m_scheme != Scheme::System)
        return m_scheme == Scheme::Dark;
    if (const auto system = QGuiApplication::styleHints()->colorScheme(); system != Qt::ColorScheme::Unknown)
        return system == Qt::ColorScheme::Dark;
    // Platforms that report no scheme: judge by the window colour.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString Appearance::codeTheme() const {
    const char *key = isDark() ? core::keys::codeThemeDark : core::keys::codeThemeLight;
    const QString fallback = isDark() ? u"Breeze Dark"_s : u"Breeze Light"_s;
    const QString name = m_settings.value(key, fallback).toString();
    return m_repository.theme(name).isValid() ? name : fallback;
}

void Appearance::setCodeTheme(const QString &name) {
    if (!m_repository.theme(name).isValid() || name == codeTheme())
        return;
    m_settings.setValue(isDark() ? core::keys::codeThemeDark : core::keys::codeThemeLight, name);
    Q_EMIT changed();
}

QStringList Appearance::codeThemes() const {
    QStringList names;
    for (const ksh::Theme &theme : m_repository.themes())
        names << theme.name();
    return names;
}

QString Appearance::codeStylesheet() const {
    return core::themeStylesheet(m_repository.theme(codeTheme()));
}

} // namespace goprep::ui
