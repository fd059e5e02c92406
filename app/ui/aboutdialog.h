// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace goprep::ui {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AboutDialog)

    // "Qt 6.8.2, KF6 SyntaxHighlighting 6.13.0, md4c 0.5.2": what this build runs on.
    static QString componentVersions();
};

} // namespace goprep::ui
