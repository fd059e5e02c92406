// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressarchive.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace goprep::core {
class AppSettings;
class StudySettingsEditor;
} // namespace goprep::core

namespace goprep::reader {
class ReaderView;
}

namespace goprep::ui {

class Appearance;
class DataPage;

// File ▸ Preferences: Appearance, Study, Language and Data. Every change is applied and saved at once;
// only the language waits for a restart.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(core::AppSettings &settings, Appearance &appearance, reader::ReaderView &reader,
                      core::StudySettingsEditor &study, core::ProgressArchive::Clock clock,
                      QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

    enum class Page { Appearance, Study, Language, Data };
    void showPage(Page page);
    DataPage *dataPage() const { return m_dataPage; }

Q_SIGNALS:
    void progressReplaced();

private:
    QWidget *buildAppearancePage();
    QWidget *buildStudyPage();
    QWidget *buildLanguagePage();
    void refreshAppearance();
    void refreshStudy();
    void applySteps(QLineEdit *edit, bool relearning);

    core::AppSettings &m_settings;
    Appearance &m_appearance;
    reader::ReaderView &m_reader;
    core::StudySettingsEditor &m_study;
    QTabWidget *m_tabs = nullptr;
    DataPage *m_dataPage = nullptr;

    QComboBox *m_scheme = nullptr;
    QLabel *m_codeThemeLabel = nullptr;
    QComboBox *m_codeTheme = nullptr;
    QSpinBox *m_zoom = nullptr;

    QDoubleSpinBox *m_retention = nullptr;
    QSpinBox *m_newPerDay = nullptr;
    QSpinBox *m_reviewsPerDay = nullptr;
    QComboBox *m_dayStart = nullptr;
    QLineEdit *m_learningSteps = nullptr;
    QLineEdit *m_relearningSteps = nullptr;
    QLabel *m_stepsProblem = nullptr;

    QComboBox *m_language = nullptr;
};

} // namespace goprep::ui
