// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlSchemeHandler>

namespace goprep::reader {

// "goprep://app/..." serves the reader page, its script and style, and the guide's figures.
inline constexpr auto schemeName = "goprep";
inline constexpr auto appHost = "app";

// Must run before the QApplication is created.
void registerAppScheme();
QUrl appUrl(const QString &path);

class AppSchemeHandler final : public QWebEngineUrlSchemeHandler {
    Q_OBJECT
public:
    explicit AppSchemeHandler(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AppSchemeHandler)

    void requestStarted(QWebEngineUrlRequestJob *job) override;
    static QByteArray contentSecurityPolicy();
};

} // namespace goprep::reader
