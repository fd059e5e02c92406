// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>

#include <functional>

namespace KSyntaxHighlighting {
class Repository;
}

namespace goprep::core {
class AppSettings;
}

namespace goprep::ui {

// Light or dark, following the system live unless the user forces one, and the code theme for each.
class Appearance final : public QObject {
    Q_OBJECT
public:
    enum class Scheme { System, Light, Dark };
    Q_ENUM(Scheme)

    // Gives the repository when asked, made then if need be: the code themes the build prepared are
    // answered without one (core/prerendered.h).
    using RepositorySource = std::function<KSyntaxHighlighting::Repository &()>;

    Appearance(core::AppSettings &settings, RepositorySource repository, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Appearance)

    Scheme scheme() const { return m_scheme; }
    void setScheme(Scheme scheme);
    bool isDark() const;
    // The KSyntaxHighlighting theme used for code in the current light/dark mode.
    QString codeTheme() const;
    void setCodeTheme(const QString &name);
    QStringList codeThemes() const;
    QString codeStylesheet() const;
    // The widgets' palette when the dark scheme is forced on a platform that offers none of its own.
    static QPalette darkPalette();
    // Whether a palette is a dark one, judged by its window colour: for what draws itself differently on one.
    static bool isDarkPalette(const QPalette &palette);

Q_SIGNALS:
    void changed();

private:
    void applyToWidgets();
    bool isTheme(const QString &name) const;

    core::AppSettings &m_settings;
    RepositorySource m_repository;
    Scheme m_scheme = Scheme::System;
    bool m_overrodePalette = false; // we set a dark palette ourselves and must take it back
};

} // namespace goprep::ui
