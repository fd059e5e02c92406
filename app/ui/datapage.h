// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressarchive.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace goprep::core {
class AppSettings;
}

namespace goprep::ui {

// The Data page of the preferences: where progress is kept, export, import (merge or replace), restoring
// a backup and resetting. The file and question dialogs only wrap the public operations, which tests call.
class DataPage final : public QWidget {
    Q_OBJECT
public:
    DataPage(core::AppSettings &settings, core::ProgressArchive::Clock clock, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DataPage)

    // Each returns an error line, or an empty string on success; the outcome is also shown on the page.
    QString exportProgress(const QString &path);
    QString importProgress(const QString &path, core::ProgressArchive::Mode mode);
    QString restoreBackup(const QString &path);
    QString resetProgress();

    core::ProgressArchive &archive() { return m_archive; }
    QString statusText() const;

Q_SIGNALS:
    // The progress in the settings file was replaced or merged: whatever shows it must read it again.
    void progressReplaced();

private:
    QString applyImport(const core::ProgressArchive::Data &data, core::ProgressArchive::Mode mode);
    void chooseExport();
    void chooseImport();
    void chooseBackup();
    void confirmReset();
    void showStatus(const QString &text, bool error);
    void updateBackups();

    core::AppSettings &m_settings;
    core::ProgressArchive m_archive;
    core::ProgressArchive::Clock m_clock;
    QLabel *m_backupsLabel = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace goprep::ui
