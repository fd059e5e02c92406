// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "appearance.h"
#include "datapage.h"

#include "appsettings.h"
#include "localization.h"
#include "readerview.h"
#include "studysettingseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
QLabel *hint(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

PreferencesDialog::PreferencesDialog(core::AppSettings &settings, Appearance &appearance,
                                     reader::ReaderView &reader, core::StudySettingsEditor &study,
                                     core::ProgressArchive::Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_appearance(appearance)
    , m_reader(reader)
    , m_study(study)
    , m_tabs(new QTabWidget(this)) {
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_dataPage = new DataPage(settings, std::move(clock), this);
    m_tabs->addTab(buildAppearancePage(), tr("&Appearance"));
    m_tabs->addTab(buildStudyPage(), tr("&Study"));
    m_tabs->addTab(buildLanguagePage(), tr("&Language"));
    m_tabs->addTab(m_dataPage, tr("&Data"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    connect(m_dataPage, &DataPage::progressReplaced, this, &PreferencesDialog::progressReplaced);
    connect(&m_appearance, &Appearance::changed, this, &PreferencesDialog::refreshAppearance);
    connect(&m_study, &core::StudySettingsEditor::changed, this, &PreferencesDialog::refreshStudy);
    connect(&m_reader, &reader::ReaderView::zoomChanged, this, [this](double factor) {
        const QSignalBlocker blocker(m_zoom);
        m_zoom->setValue(int(std::lround(factor * 100)));
    });
    refreshAppearance();
    refreshStudy();
    setMinimumWidth(560);
}

void PreferencesDialog::showPage(Page page) {
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

QWidget *PreferencesDialog::buildAppearancePage() {
    auto *page = new QWidget(this);
    m_scheme = new QComboBox(page);
    m_scheme->setObjectName(u"colorScheme"_s);
    m_scheme->addItem(tr("Follow the system"), QVariant::fromValue(Appearance::Scheme::System));
    m_scheme->addItem(tr("Light"), QVariant::fromValue(Appearance::Scheme::Light));
    m_scheme->addItem(tr("Dark"), QVariant::fromValue(Appearance::Scheme::Dark));
    m_codeThemeLabel = new QLabel(page);
    m_codeTheme = new QComboBox(page);
    m_codeTheme->setObjectName(u"codeTheme"_s);
    m_codeTheme->addItems(m_appearance.codeThemes());
    m_codeThemeLabel->setBuddy(m_codeTheme);
    m_zoom = new QSpinBox(page);
    m_zoom->setObjectName(u"readerZoom"_s);
    m_zoom->setRange(50, 300);
    m_zoom->setSingleStep(10);
    m_zoom->setSuffix(tr(" %"));
    m_zoom->setValue(int(std::lround(m_reader.zoom() * 100)));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Colours:"), m_scheme);
    form->addRow(m_codeThemeLabel, m_codeTheme);
    form->addRow(QString(), hint(tr("Light and dark mode each keep their own code theme."), page));
    form->addRow(tr("Reader &zoom:"), m_zoom);
    form->addRow(QString(), hint(tr("Also Ctrl +, Ctrl − and Ctrl+0 in the reader."), page));

    connect(m_scheme, &QComboBox::activated, this, [this](int index) {
        m_appearance.setScheme(m_scheme->itemData(index).value<Appearance::Scheme>());
    });
    connect(m_codeTheme, &QComboBox::activated, this,
            [this](int index) { m_appearance.setCodeTheme(m_codeTheme->itemText(index)); });
    connect(m_zoom, &QSpinBox::valueChanged, this,
            [this](int percent) { m_reader.setZoom(percent / 100.0); });
    return page;
}

void PreferencesDialog::refreshAppearance() {
    const QSignalBlocker schemeBlocker(m_scheme);
    const QSignalBlocker themeBlocker(m_codeTheme);
    m_scheme->setCurrentIndex(m_scheme->findData(QVariant::fromValue(m_appearance.scheme())));
    m_codeThemeLabel->setText(m_appearance.isDark() ? tr("Code &theme (dark):") : tr("Code &theme (light):"));
    m_codeTheme->setCurrentIndex(m_codeTheme->findText(m_appearance.codeTheme()));
}

QWidget *PreferencesDialog::buildStudyPage() {
    auto *page = new QWidget(this);
    m_retention = new QDoubleSpinBox(page);
    m_retention->setObjectName(u"desiredRetention"_s);
    m_retention->setRange(core::StudySettings::minRetention, core::StudySettings::maxRetention);
    m_retention->setDecimals(2);
    m_retention->setSingleStep(0.01);
    m_newPerDay = new QSpinBox(page);
    m_newPerDay->setObjectName(u"newCardsPerDay"_s);
    m_newPerDay->setRange(0, core::StudySettings::maxPerDay);
    m_reviewsPerDay = new QSpinBox(page);
    m_reviewsPerDay->setObjectName(u"reviewsPerDay"_s);
    m_reviewsPerDay->setRange(0, core::StudySettings::maxPerDay);
    m_dayStart = new QComboBox(page);
    m_dayStart->setObjectName(u"dayStartHour"_s);
    // The locale's short time format, without seconds (the C locale's short format has them).
    QString hourFormat = QLocale().timeFormat(QLocale::ShortFormat);
    hourFormat.remove(u":ss"_s);
    for (int hour = 0; hour < 24; ++hour)
        m_dayStart->addItem(QLocale().toString(QTime(hour, 0), hourFormat), hour);
    m_learningSteps = new QLineEdit(page);
    m_learningSteps->setObjectName(u"learningSteps"_s);
    m_learningSteps->setPlaceholderText(tr("none"));
    m_relearningSteps = new QLineEdit(page);
    m_relearningSteps->setObjectName(u"relearningSteps"_s);
    m_relearningSteps->setPlaceholderText(tr("none"));
    m_stepsProblem = new QLabel(page);
    m_stepsProblem->setObjectName(u"stepsProblem"_s);
    m_stepsProblem->setWordWrap(true);
    m_stepsProblem->setStyleSheet(u"color:#c0392b;"_s);
    m_stepsProblem->hide();
    auto *defaults = new QPushButton(tr("Rest&ore Defaults"), page);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Desired &retention:"), m_retention);
    form->addRow(QString(), hint(tr("The share of cards you want to still know when they come due. Higher "
                                    "means shorter intervals and more reviews; 0.90 suits most people."),
                                 page));
    form->addRow(tr("&New cards per day:"), m_newPerDay);
    form->addRow(tr("Maximum re&views per day:"), m_reviewsPerDay);
    form->addRow(tr("Ne&xt day starts at:"), m_dayStart);
    form->addRow(tr("Learning s&teps:"), m_learningSteps);
    form->addRow(tr("Relearning ste&ps:"), m_relearningSteps);
    form->addRow(QString(), hint(tr("Separated by spaces, as in Anki: \"1m 10m\", \"1h\", \"1d\". A new "
                                    "card is shown again after each step before its first interval in days; "
                                    "a forgotten card goes through the relearning steps."),
                                 page));
    form->addRow(QString(), m_stepsProblem);
    auto *defaultsRow = new QHBoxLayout;
    defaultsRow->addWidget(defaults);
    defaultsRow->addStretch(1);
    form->addRow(QString(), defaultsRow);

    connect(m_retention, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { m_study.setDesiredRetention(value); });
    connect(m_newPerDay, &QSpinBox::valueChanged, this,
            [this](int value) { m_study.setNewCardsPerDay(value); });
    connect(m_reviewsPerDay, &QSpinBox::valueChanged, this,
            [this](int value) { m_study.setReviewsPerDay(value); });
    connect(m_dayStart, &QComboBox::activated, this,
            [this](int index) { m_study.setDayStartHour(m_dayStart->itemData(index).toInt()); });
    connect(m_learningSteps, &QLineEdit::textEdited, this, [this] { applySteps(m_learningSteps, false); });
    connect(m_relearningSteps, &QLineEdit::textEdited, this, [this] { applySteps(m_relearningSteps, true); });
    connect(defaults, &QPushButton::clicked, this, [this] { m_study.restoreDefaults(); });
    return page;
}

void PreferencesDialog::applySteps(QLineEdit *edit, bool relearning) {
    const auto steps = core::StudySettings::parseSteps(edit->text());
    if (steps && relearning)
        m_study.setRelearningSteps(*steps);
    else if (steps)
        m_study.setLearningSteps(*steps);
    const bool learningOk = core::StudySettings::parseSteps(m_learningSteps->text()).has_value();
    const bool relearningOk = core::StudySettings::parseSteps(m_relearningSteps->text()).has_value();
    m_stepsProblem->setText(tr("Steps are minutes (10m or 10), hours (1h) or days (1d), from one minute to a "
                               "year; until they are, the last valid steps are used."));
    m_stepsProblem->setVisible(!learningOk || !relearningOk);
}

void PreferencesDialog::refreshStudy() {
    const QSignalBlocker b1(m_retention);
    const QSignalBlocker b2(m_newPerDay);
    const QSignalBlocker b3(m_reviewsPerDay);
    const QSignalBlocker b4(m_dayStart);
    const core::StudySettings study = m_study.current();
    m_retention->setValue(study.scheduler.desiredRetention);
    m_newPerDay->setValue(study.newCardsPerDay);
    m_reviewsPerDay->setValue(study.reviewsPerDay);
    m_dayStart->setCurrentIndex(study.dayStartHour);
    // Text being typed is left alone; it is shown as stored once it is valid or the page is reopened.
    const auto showSteps = [](QLineEdit *edit, const QList<int> &steps) {
        if (core::StudySettings::parseSteps(edit->text()) != steps)
            edit->setText(core::StudySettings::formatSteps(steps));
    };
    showSteps(m_learningSteps, study.scheduler.learningSteps);
    showSteps(m_relearningSteps, study.scheduler.relearningSteps);
    if (core::StudySettings::parseSteps(m_learningSteps->text()) &&
        core::StudySettings::parseSteps(m_relearningSteps->text()))
        m_stepsProblem->hide();
}

QWidget *PreferencesDialog::buildLanguagePage() {
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    // Name what "the system's" means here: the offered language of the system locale, else English.
    const QList<core::Localization::Language> languages = core::Localization::languages();
    const QString systemCode = QLocale::languageToCode(QLocale::system().language());
    QString systemName = languages.first().nativeName;
    for (const core::Localization::Language &language : languages) {
        if (language.code == systemCode)
            systemName = language.nativeName;
    }
    m_language->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const core::Localization::Language &language : languages)
        m_language->addItem(language.nativeName, language.code);
    const QString stored = m_settings.value(core::keys::language).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(stored)));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Interface language:"), m_language);
    form->addRow(QString(),
                 hint(tr("Takes effect after GoPrep restarts. The guide itself is in English."), page));
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        m_settings.setValue(core::keys::language, m_language->itemData(index).toString());
    });
    return page;
}

} // namespace goprep::ui
