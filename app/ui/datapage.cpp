// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapage.h"

#include "appsettings.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
// A large review history takes a moment to write or read; the pointer says so.
class BusyCursor final {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

QLabel *wrappedLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

DataPage::DataPage(core::AppSettings &settings, core::ProgressArchive::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_archive(settings, clock)
    , m_clock(std::move(clock))
    , m_backupsLabel(new QLabel(this))
    , m_restore(new QPushButton(tr("Restore &Backup…"), this))
    , m_status(new QLabel(this)) {
    setObjectName(u"dataPage"_s);

    auto *path = new QLabel(QDir::toNativeSeparators(m_settings.fileName()), this);
    path->setObjectName(u"settingsPath"_s);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    auto *openFolder = new QPushButton(tr("Open &Folder"), this);
    connect(openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_archive.backupDirectory())); });
    auto *location = new QGroupBox(tr("Settings File"), this);
    auto *locationLayout = new QVBoxLayout(location);
    locationLayout->addWidget(
        wrappedLabel(tr("All progress and preferences are kept in this file. Start GoPrep with "
                        "--settings-file to keep it elsewhere, for example in a synced folder."),
                     location));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(openFolder);
    locationLayout->addLayout(pathRow);

    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(u"exportProgress"_s);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(u"importProgress"_s);
    auto *transfer = new QGroupBox(tr("Progress"), this);
    auto *transferLayout = new QVBoxLayout(transfer);
    transferLayout->addWidget(wrappedLabel(
        tr("Export saves all progress (read chapters, card schedules with their review history, checklist "
           "ticks, coding task attempts) to one file. Import merges such a file into this progress or "
           "replaces it."),
        transfer));
    auto *transferRow = new QHBoxLayout;
    transferRow->addWidget(exportButton);
    transferRow->addWidget(importButton);
    transferRow->addStretch(1);
    transferLayout->addLayout(transferRow);

    m_restore->setObjectName(u"restoreBackup"_s);
    auto *reset = new QPushButton(tr("&Reset All Progress…"), this);
    reset->setObjectName(u"resetProgress"_s);
    auto *safety = new QGroupBox(tr("Backups"), this);
    auto *safetyLayout = new QVBoxLayout(safety);
    safetyLayout->addWidget(
        wrappedLabel(tr("Before every import, restore or reset, GoPrep writes a backup of "
                        "the progress beside the settings file."),
                     safety));
    m_backupsLabel->setWordWrap(true);
    safetyLayout->addWidget(m_backupsLabel);
    auto *safetyRow = new QHBoxLayout;
    safetyRow->addWidget(m_restore);
    safetyRow->addWidget(reset);
    safetyRow->addStretch(1);
    safetyLayout->addLayout(safetyRow);

    m_status->setObjectName(u"dataStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(location);
    layout->addWidget(transfer);
    layout->addWidget(safety);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(exportButton, &QPushButton::clicked, this, &DataPage::chooseExport);
    connect(importButton, &QPushButton::clicked, this, &DataPage::chooseImport);
    connect(m_restore, &QPushButton::clicked, this, &DataPage::chooseBackup);
    connect(reset, &QPushButton::clicked, this, &DataPage::confirmReset);
    updateBackups();
}

QString DataPage::statusText() const {
    return m_status->text();
}

void DataPage::showStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color:#c0392b;"_s : QString());
}

void DataPage::updateBackups() {
    const QStringList backups = m_archive.backups();
    m_restore->setEnabled(!backups.isEmpty());
    if (backups.isEmpty()) {
        m_backupsLabel->setText(tr("There are no backups yet."));
        return;
    }
    const QDateTime newest = QFileInfo(backups.first()).lastModified();
    m_backupsLabel->setText(tr("Newest backup: %1. Backups kept: %n.", nullptr, int(backups.size()))
                                .arg(QLocale().toString(newest, QLocale::ShortFormat)));
}

QString DataPage::exportProgress(const QString &path) {
    const BusyCursor busy;
    const QString error = m_archive.exportTo(path);
    showStatus(error.isEmpty() ? tr("Progress exported to %1.").arg(QDir::toNativeSeparators(path)) : error,
               !error.isEmpty());
    return error;
}

QString DataPage::applyImport(const core::ProgressArchive::Data &data, core::ProgressArchive::Mode mode) {
    QString backup;
    const BusyCursor busy;
    const QString error = m_archive.apply(data, mode, &backup);
    updateBackups();
    if (!error.isEmpty()) {
        showStatus(error, true);
        return error;
    }
    showStatus(tr("Done. The previous progress was backed up to %1.").arg(QDir::toNativeSeparators(backup)),
               false);
    Q_EMIT progressReplaced();
    return {};
}

QString DataPage::importProgress(const QString &path, core::ProgressArchive::Mode mode) {
    QString error;
    const auto data = [&] {
        const BusyCursor busy;
        return core::ProgressArchive::read(path, &error);
    }();
    if (!data) {
        showStatus(error, true);
        return error;
    }
    return applyImport(*data, mode);
}

QString DataPage::restoreBackup(const QString &path) {
    return importProgress(path, core::ProgressArchive::Mode::Replace);
}

QString DataPage::resetProgress() {
    return applyImport(core::ProgressArchive::Data{}, core::ProgressArchive::Mode::Replace);
}

void DataPage::chooseExport() {
    const QString suggested = QDir::home().filePath(
        u"goprep-progress-%1.json"_s.arg(m_clock().toLocalTime().toString(u"yyyy-MM-dd"_s)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Progress"), suggested, tr("GoPrep progress (*.json)"));
    if (!path.isEmpty())
        exportProgress(path);
}

void DataPage::chooseImport() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Progress"), QDir::homePath(),
                                                      tr("GoPrep progress (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto data = [&] {
        const BusyCursor busy;
        return core::ProgressArchive::read(path, &error);
    }();
    if (!data) {
        showStatus(error, true);
        QMessageBox::warning(this, tr("Import Progress"), error);
        return;
    }
    const QString summary =
        tr("This file was exported on %1 and holds:")
            .arg(QLocale().toString(data->exportedAt.toLocalTime(), QLocale::ShortFormat)) +
        u"<ul><li>"_s + tr("Cards with a schedule: %n", nullptr, int(data->cards.size())) + u"</li><li>"_s +
        tr("Reviews in the history: %n", nullptr, int(data->reviewLog.size())) + u"</li><li>"_s +
        tr("Chapters read: %n", nullptr, int(data->readChapters.size())) + u"</li><li>"_s +
        tr("Checklist ticks: %n", nullptr, int(data->checklist.size())) + u"</li><li>"_s +
        tr("Coding task attempts: %n", nullptr, int(data->attempts.size())) + u"</li></ul>"_s;
    QMessageBox box(QMessageBox::Question, tr("Import Progress"), summary, QMessageBox::Cancel, this);
    box.setTextFormat(Qt::RichText);
    box.setInformativeText(
        tr("Merge keeps everything from both: for each card the schedule with the newer review, both review "
           "histories, all ticks and read chapters. Replace makes this progress exactly the file's. Either "
           "way a backup of the current progress is written first."));
    QPushButton *merge = box.addButton(tr("&Merge"), QMessageBox::AcceptRole);
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(merge);
    box.exec();
    if (box.clickedButton() == merge)
        applyImport(*data, core::ProgressArchive::Mode::Merge);
    else if (box.clickedButton() == replace)
        applyImport(*data, core::ProgressArchive::Mode::Replace);
}

void DataPage::chooseBackup() {
    const QStringList backups = m_archive.backups();
    if (backups.isEmpty())
        return;
    QStringList labels;
    for (const QString &path : backups) {
        const QFileInfo info(path);
        labels << tr("%1 (%2)").arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat),
                                    QLocale().formattedDataSize(info.size()));
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Restore Backup"), tr("Replace the current progress with the backup written on:"), labels, 0,
        false, &ok);
    if (!ok)
        return;
    const qsizetype index = labels.indexOf(choice);
    if (index >= 0)
        restoreBackup(backups.at(index));
}

void DataPage::confirmReset() {
    QMessageBox box(QMessageBox::Warning, tr("Reset All Progress"), tr("Reset all progress?"),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Read chapters, reading positions, card schedules with their review history "
                              "and checklist ticks are cleared; preferences stay. A backup is written first "
                              "and can be restored on this page."));
    QPushButton *reset = box.addButton(tr("Reset All Progress"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reset)
        resetProgress();
}

} // namespace goprep::ui
