// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "appearance.h"
#include "checklistpane.h"
#include "flashcardpane.h"
#include "navigatorpane.h"
#include "practiceindicator.h"
#include "preferencesdialog.h"
#include "readinesspane.h"
#include "searchpopup.h"
#include "taskspane.h"

#include "activitylog.h"
#include "appsettings.h"
#include "attemptlog.h"
#include "checklistprogress.h"
#include "guide.h"
#include "markdownrenderer.h"
#include "practicesession.h"
#include "readerview.h"
#include "readingprogress.h"
#include "reviewstore.h"
#include "scopedtiming.h"
#include "searchindex.h"
#include "studyhints.h"
#include "studysettings.h"
#include "studysettingseditor.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace goprep::ui {

namespace {
constexpr int kPracticeTickMsecs = 1000;
// Should the reader never paint (it can be hidden, or its render process can fail), the flashcards do not
// wait for it longer than this.
constexpr int kStudyStartFallbackMsecs = 3000;

QString studyTabName(MainWindow::StudyTab tab) {
    switch (tab) {
    case MainWindow::StudyTab::Tasks:
        return u"tasks"_s;
    case MainWindow::StudyTab::Readiness:
        return u"readiness"_s;
    case MainWindow::StudyTab::Checklist:
        break;
    }
    return u"checklist"_s;
}
} // namespace

MainWindow::MainWindow(const core::Guide &guide, core::AppSettings &settings, Clock clock, QWidget *parent)
    : MainWindow(guide, settings, nullptr, std::move(clock), parent) {}

MainWindow::MainWindow(const core::Guide &guide, core::AppSettings &settings,
                       std::unique_ptr<reader::ReaderView> reader, Clock clock, QWidget *parent)
    : QMainWindow(parent)
    , m_guide(guide)
    , m_settings(settings)
    , m_renderer(std::make_unique<core::MarkdownRenderer>())
    , m_readingProgress(std::make_unique<core::ReadingProgress>(settings, guide))
    , m_checklistProgress(std::make_unique<core::ChecklistProgress>(settings, guide))
    , m_attempts(std::make_unique<core::AttemptLog>(settings, &guide))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_studySettings(std::make_unique<core::StudySettingsEditor>(settings)) {
    const core::ScopedTiming timing("main window");
    // The reader first (unless main() made it earlier still): QtWebEngine starts its helper processes when
    // the first page is created, and they boot on another core while the rest of the window is built.
    m_reader = reader ? reader.release() : new reader::ReaderView;
    m_reader->setParent(this);
    m_reader->setGuide(guide, *m_renderer);
    m_reader->setObjectName(u"readerView"_s);
    timing.mark("reader");
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("GoPrep"));
    m_practice = std::make_unique<core::PracticeSession>(settings, m_clock);
    m_activity =
        std::make_unique<core::ActivityLog>(settings, core::StudySettings::read(settings).dayStartHour);
    m_appearance = new Appearance(
        settings,
        [this]() -> KSyntaxHighlighting::Repository & { return m_renderer->highlighter().repository(); },
        this);

    m_navigator = new NavigatorPane(guide, *m_readingProgress, settings, this);
    timing.mark("navigator");
    m_flashcards = new FlashcardPane(guide, settings, *m_renderer, m_clock, this);
    m_hints = std::make_unique<core::StudyHints>(guide, *m_readingProgress, *m_flashcards->store());
    m_checklist = new ChecklistPane(guide, *m_checklistProgress, *m_hints, m_clock, this);
    m_tasks = new TasksPane(guide, *m_practice, *m_attempts, this);
    m_readiness = new ReadinessPane(
        {guide, *m_readingProgress, *m_flashcards->store(), *m_checklistProgress, *m_attempts, *m_activity},
        m_clock, this);

    timing.mark("study panes");
    m_studyTabs = new QTabWidget(this);
    m_studyTabs->setObjectName(u"studyTabs"_s);
    m_studyTabs->setDocumentMode(true);
    m_studyTabs->addTab(m_checklist, tr("Checklist"));
    m_studyTabs->addTab(m_tasks, tr("Tasks"));
    m_studyTabs->addTab(m_readiness, tr("Readiness"));

    m_rightColumn = new QSplitter(Qt::Vertical, this);
    m_rightColumn->setObjectName(u"rightColumn"_s);
    m_rightColumn->addWidget(m_flashcards);
    m_rightColumn->addWidget(m_studyTabs);
    m_rightColumn->setSizes({420, 380});
    m_rightColumn->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_navigator);
    m_mainSplitter->addWidget(m_reader);
    m_mainSplitter->addWidget(m_rightColumn);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setSizes({260, 640, 380});
    setCentralWidget(m_mainSplitter);

    // Created after the panes, so it stacks above them.
    m_search = new SearchPopup(guide, this);

    m_practiceIndicator = new PracticeIndicator(guide, *m_practice, this);
    statusBar()->addPermanentWidget(m_practiceIndicator);
    m_readStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_readStatus);
    m_practiceTicker = new QTimer(this);
    m_practiceTicker->setInterval(kPracticeTickMsecs);
    m_practiceTicker->setTimerType(Qt::PreciseTimer);

    buildMenus();
    restoreLayout();
    applyAppearance();
    m_reader->setZoom(m_settings.realValue(core::keys::readerZoom, 1.0, 0.5, 3.0));

    connect(m_appearance, &Appearance::changed, this, &MainWindow::applyAppearance);
    connect(m_navigator, &NavigatorPane::sectionActivated, this, &MainWindow::openChapter);
    connect(m_reader, &reader::ReaderView::chapterRequested, this, &MainWindow::openChapter);
    connect(m_reader, &reader::ReaderView::positionChanged, this, &MainWindow::onReaderPosition);
    connect(m_reader, &reader::ReaderView::zoomChanged, this,
            [this](double factor) { m_settings.setValue(core::keys::readerZoom, factor); });
    const auto openSection = [this](const QString &sectionId) {
        if (const core::Chapter *chapter = m_guide.chapterOfSection(sectionId))
            openChapter(chapter->id, sectionId == chapter->id ? QString() : sectionId);
    };
    connect(m_checklist, &ChecklistPane::sectionRequested, this, openSection);
    connect(m_flashcards, &FlashcardPane::sectionRequested, this, openSection);
    connect(m_studySettings.get(), &core::StudySettingsEditor::changed, m_flashcards,
            &FlashcardPane::applySettings);
    connect(m_search, &SearchPopup::resultActivated, this, &MainWindow::openSearchResult);
    connect(m_tasks, &TasksPane::sectionRequested, this, openSection);
    connect(m_readiness, &ReadinessPane::chapterRequested, this,
            [this](const QString &chapterId) { openChapter(chapterId, {}); });
    connect(m_readingProgress.get(), &core::ReadingProgress::readStateChanged, this,
            &MainWindow::updateStatus);
    // The flashcard queue needs the review log, which the first paint does not: start it right after the
    // first chapter is painted (queued, so whoever waits for that paint hears of it first).
    connect(m_reader, &reader::ReaderView::chapterShown, this, &MainWindow::startStudy,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    QTimer::singleShot(kStudyStartFallbackMsecs, this, &MainWindow::startStudy);

    // Hints, the overview and the streak follow every kind of progress.
    const core::ReviewStore *store = m_flashcards->store();
    connect(m_readingProgress.get(), &core::ReadingProgress::readStateChanged, this, [this] {
        m_activity->markActive(m_clock());
        m_checklist->refreshHints();
        m_readiness->invalidate();
    });
    connect(store, &core::ReviewStore::cardChanged, m_checklist, &ChecklistPane::refreshHints);
    connect(store, &core::ReviewStore::logChanged, m_readiness, &ReadinessPane::invalidate);
    connect(m_checklistProgress.get(), &core::ChecklistProgress::changed, this, [this] {
        m_activity->markActive(m_clock());
        m_readiness->invalidate();
    });
    connect(m_attempts.get(), &core::AttemptLog::changed, m_readiness, &ReadinessPane::invalidate);
    connect(m_activity.get(), &core::ActivityLog::changed, m_readiness, &ReadinessPane::invalidate);

    connect(m_practiceTicker, &QTimer::timeout, m_practice.get(), &core::PracticeSession::tick);
    connect(m_practice.get(), &core::PracticeSession::changed, this, &MainWindow::onPracticeChanged);
    connect(
        m_practice.get(), &core::PracticeSession::alert, this, [this](core::PracticeSession::Alert alert) {
            QString title = m_practice->taskId();
            for (const core::CodingTask &task : m_guide.tasks()) {
                if (task.id == m_practice->taskId())
                    title = task.title;
            }
            title.remove(u'`');
            // Non-modal on purpose: the user is mid-solution and must not lose focus or keystrokes.
            if (alert == core::PracticeSession::Alert::FiveMinutesLeft)
                statusBar()->showMessage(tr("5 minutes left on “%1”.").arg(title), 60'000);
            else if (alert == core::PracticeSession::Alert::TimeUp)
                statusBar()->showMessage(
                    tr("Time is up on “%1”. Finish your thought, then stop and rate the attempt.").arg(title),
                    120'000);
            QApplication::alert(this);
        });
    connect(m_practiceIndicator, &QToolButton::clicked, this, [this] {
        showStudyTab(StudyTab::Tasks);
        m_tasks->showTask(m_practice->taskId());
    });
    connect(m_studyTabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_settings.setValue(core::keys::studyTab, studyTabName(StudyTab(index))); });
    onPracticeChanged();
    if (m_practice->state() == core::PracticeSession::State::Running)
        QTimer::singleShot(0, m_practice.get(), &core::PracticeSession::tick); // warnings missed while closed
    updateStatus();

    // Progress that cannot be saved must not go unnoticed.
    const auto showWriteFailure = [this](const QString &fileName) {
        statusBar()->showMessage(
            tr("Progress could not be saved to %1.").arg(QDir::toNativeSeparators(fileName)));
    };
    connect(&m_settings, &core::AppSettings::writeFailed, this, showWriteFailure);
    connect(m_flashcards->store(), &core::ReviewStore::writeFailed, this, showWriteFailure);
    // Everything that could not be read on start, in one line that stays until the next message.
    if (const QString problem = loadProblem(); !problem.isEmpty())
        statusBar()->showMessage(problem);
}

void MainWindow::showStudyTab(StudyTab tab) {
    m_toggleStudyPanes->setChecked(true);
    m_studyTabs->setCurrentIndex(int(tab));
    m_studyTabs->currentWidget()->setFocus();
}

void MainWindow::onPracticeChanged() {
    // Tick only while the clock runs; a paused or stopped attempt needs no updates.
    if (m_practice->state() == core::PracticeSession::State::Running) {
        if (!m_practiceTicker->isActive())
            m_practiceTicker->start();
    } else {
        m_practiceTicker->stop();
    }
}

void MainWindow::startStudy() {
    const bool logWasRead = m_flashcards->store()->isLogLoaded();
    m_flashcards->start();
    // The journal's damaged lines are known only now.
    if (!logWasRead && !m_flashcards->store()->loadProblems().isEmpty())
        statusBar()->showMessage(loadProblem());
}

QString MainWindow::loadProblem() const {
    QStringList problems{m_settings.loadProblem()};
    // Until the flashcards start, the review journal may not have been read: asking for its problems would
    // read it before the first chapter is painted. startStudy() tells of them.
    const core::ReviewStore *store = m_flashcards->store();
    if (const auto unreadable = store->isLogLoaded() ? store->loadProblems().size() : 0; unreadable > 0)
        problems << tr("%n stored review value(s) could not be read and are ignored; the file keeps them.",
                       nullptr, int(unreadable));
    if (const auto unreadable = m_attempts->loadProblems().size(); unreadable > 0)
        problems << tr("Coding-task attempts that could not be read: %n. They stay untouched in %1.", nullptr,
                       int(unreadable))
                        .arg(QDir::toNativeSeparators(m_settings.fileName()));
    problems << m_practice->loadProblem();
    if (const QStringList study = m_flashcards->studySettings().problems; !study.isEmpty())
        problems << tr("Study settings: %1").arg(study.join(u' '));
    problems.removeAll(QString());
    return problems.join(u' ');
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto addToggle = [this, view](const QString &text, QWidget *area, const QKeySequence &shortcut) {
        QAction *action = view->addAction(text);
        action->setCheckable(true);
        action->setChecked(true);
        action->setShortcut(shortcut);
        connect(action, &QAction::toggled, area, &QWidget::setVisible);
        return action;
    };
    addToggle(tr("&Navigator"), m_navigator, QKeySequence(Qt::CTRL | Qt::Key_1))
        ->setObjectName(u"toggleNavigator"_s);
    addToggle(tr("&Reader"), m_reader, QKeySequence(Qt::CTRL | Qt::Key_2))->setObjectName(u"toggleReader"_s);
    m_toggleStudyPanes = addToggle(tr("&Study Panes"), m_rightColumn, QKeySequence(Qt::CTRL | Qt::Key_3));
    m_toggleStudyPanes->setObjectName(u"toggleStudyPanes"_s);
    view->addSeparator();
    view->addAction(tr("C&hecklist"), QKeySequence(Qt::CTRL | Qt::Key_4), this,
                    [this] { showStudyTab(StudyTab::Checklist); })
        ->setObjectName(u"showChecklist"_s);
    view->addAction(tr("Coding &Tasks"), QKeySequence(Qt::CTRL | Qt::Key_5), this,
                    [this] { showStudyTab(StudyTab::Tasks); })
        ->setObjectName(u"showTasks"_s);
    view->addAction(tr("Readiness O&verview"), QKeySequence(Qt::CTRL | Qt::Key_6), this,
                    [this] { showStudyTab(StudyTab::Readiness); })
        ->setObjectName(u"showReadiness"_s);
    view->addSeparator();

    QMenu *scheme = view->addMenu(tr("&Appearance"));
    auto *schemes = new QActionGroup(this);
    for (const auto &[label, value] : {std::pair{tr("Follow &System"), Appearance::Scheme::System},
                                       std::pair{tr("&Light"), Appearance::Scheme::Light},
                                       std::pair{tr("&Dark"), Appearance::Scheme::Dark}}) {
        QAction *action = scheme->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_appearance->scheme() == value);
        schemes->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] { m_appearance->setScheme(value); });
        // The Preferences dialog changes the scheme too; the menu must not show a stale choice.
        connect(m_appearance, &Appearance::changed, action,
                [this, action, value] { action->setChecked(m_appearance->scheme() == value); });
    }
    QMenu *codeTheme = view->addMenu(tr("&Code Theme"));
    connect(codeTheme, &QMenu::aboutToShow, this, [this, codeTheme] {
        codeTheme->clear();
        auto *group = new QActionGroup(codeTheme);
        for (const QString &name : m_appearance->codeThemes()) {
            QAction *action = codeTheme->addAction(name);
            action->setCheckable(true);
            action->setChecked(name == m_appearance->codeTheme());
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, name] { m_appearance->setCodeTheme(name); });
        }
    });
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_reader, &reader::ReaderView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_reader, &reader::ReaderView::zoomOut);
    view->addAction(tr("Reset &Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), m_reader,
                    &reader::ReaderView::resetZoom);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Previous Chapter"), QKeySequence(Qt::ALT | Qt::Key_Left), m_reader,
                  &reader::ReaderView::showPreviousChapter);
    go->addAction(tr("&Next Chapter"), QKeySequence(Qt::ALT | Qt::Key_Right), m_reader,
                  &reader::ReaderView::showNextChapter);
    go->addSeparator();
    QAction *search =
        go->addAction(tr("&Search…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, [this] { showSearch(); });
    search->setObjectName(u"searchAction"_s);
    search->setToolTip(tr("Search every section, flashcard and checklist item"));
    go->addAction(tr("&Find in Chapter…"), QKeySequence::Find, m_reader, &reader::ReaderView::activateFind);
    go->addAction(tr("Find Ne&xt"), QKeySequence::FindNext, m_reader, &reader::ReaderView::findNext);
    go->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_reader,
                  &reader::ReaderView::findPrevious);
    go->addAction(tr("Filter &Chapters"), QKeySequence(Qt::CTRL | Qt::Key_L), m_navigator,
                  &NavigatorPane::focusFilter);
    go->addSeparator();
    go->addAction(tr("&Browse Cards…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), m_flashcards,
                  &FlashcardPane::showCardBrowser)
        ->setObjectName(u"browseCards"_s);
    go->addAction(tr("S&tatistics…"), m_flashcards, &FlashcardPane::showStatistics)
        ->setObjectName(u"showStatistics"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About GoPrep"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSearch(const QString &query) {
    m_search->open(query);
}

void MainWindow::openSearchResult(const core::SearchResult &result) {
    // A card or checklist item opens the section it belongs to; the reader marks the matched words there.
    m_reader->highlightOnShow(result.highlight);
    openChapter(result.chapterId, result.sectionId);
    m_reader->webView()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showPreferences() {
    if (!m_preferences) {
        m_preferences =
            new PreferencesDialog(m_settings, *m_appearance, *m_reader, *m_studySettings, m_clock, this);
        connect(m_preferences, &PreferencesDialog::progressReplaced, this, &MainWindow::reloadProgress);
    }
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::reloadProgress() {
    // Every holder of progress reads it again and announces it; the panes listening refresh themselves.
    m_readingProgress->reload();
    m_checklistProgress->reload();
    m_flashcards->reloadProgress();
    m_attempts->reload();
    m_activity->reload();
    m_checklist->refreshHints();
    m_readiness->invalidate();
    updateStatus();
}

void MainWindow::applyAppearance() {
    const QString codeCss = m_appearance->codeStylesheet();
    m_reader->setAppearance(m_appearance->isDark(), codeCss, palette().color(QPalette::Window));
    m_flashcards->setCodeStylesheet(codeCss);
}

bool MainWindow::openLocation(const QString &location) {
    const QString chapterId = location.section(u'#', 0, 0);
    const QString sectionId = location.section(u'#', 1);
    const core::Chapter *chapter = m_guide.chapter(chapterId);
    if (!chapter || (!sectionId.isEmpty() && m_guide.chapterOfSection(sectionId) != chapter))
        return false;
    openChapter(chapter->id, sectionId);
    return true;
}

void MainWindow::restoreLastLocation() {
    QString chapterId = m_readingProgress->lastChapter();
    if (chapterId.isEmpty() && !m_guide.chapters().isEmpty())
        chapterId = m_guide.chapters().first().id;
    if (chapterId.isEmpty())
        return;
    m_reader->showChapter(chapterId, {}, m_readingProgress->position(chapterId));
    m_navigator->setCurrent(chapterId, m_readingProgress->positionSection(chapterId));
}

void MainWindow::openChapter(const QString &chapterId, const QString &sectionId) {
    const core::Chapter *chapter = m_guide.chapter(chapterId);
    if (!chapter)
        return;
    m_readingProgress->setLastChapter(chapter->id);
    // Coming back to a chapter without a target section resumes where the reader left it.
    if (sectionId.isEmpty() && chapter->id != m_reader->currentChapter())
        m_reader->showChapter(chapter->id, {}, m_readingProgress->position(chapter->id));
    else
        m_reader->showChapter(chapter->id, sectionId.isEmpty() ? chapter->id : sectionId);
    m_navigator->setCurrent(chapter->id, sectionId);
}

void MainWindow::onReaderPosition(const QString &chapterId, double fraction, const QString &sectionId,
                                  bool atEnd) {
    // One write for all of it, and for what follows from it, such as the day's activity.
    const core::AppSettings::SyncOnce oneWrite(m_settings);
    m_readingProgress->setPosition(chapterId, fraction, sectionId);
    m_readingProgress->markSectionSeen(sectionId);
    if (atEnd)
        m_readingProgress->setRead(chapterId, true);
    m_navigator->setCurrent(chapterId, sectionId);
}

void MainWindow::updateStatus() {
    const int read = m_readingProgress->readCount();
    const auto total = m_guide.chapters().size();
    m_readStatus->setText(tr("Read %1 of %2 chapters (%3%)")
                              .arg(read)
                              .arg(total)
                              .arg(qRound(m_readingProgress->readFraction() * 100)));
}

const core::MarkdownRenderer &MainWindow::renderer() const {
    return *m_renderer;
}

void MainWindow::saveLayout() {
    m_settings.setValue(core::keys::windowGeometry, saveGeometry());
    m_settings.setValue(core::keys::windowState, saveState());
    m_settings.setValue(core::keys::mainSplitter, m_mainSplitter->saveState());
    m_settings.setValue(core::keys::rightSplitter, m_rightColumn->saveState());
}

void MainWindow::restoreLayout() {
    // A damaged geometry is refused by restoreGeometry(): the window then gets the default size too.
    if (const QByteArray geometry = m_settings.value(core::keys::windowGeometry).toByteArray();
        geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    restoreState(m_settings.value(core::keys::windowState).toByteArray());
    m_mainSplitter->restoreState(m_settings.value(core::keys::mainSplitter).toByteArray());
    m_rightColumn->restoreState(m_settings.value(core::keys::rightSplitter).toByteArray());
    const QString tab = m_settings.value(core::keys::studyTab).toString();
    for (const StudyTab candidate : {StudyTab::Checklist, StudyTab::Tasks, StudyTab::Readiness}) {
        if (studyTabName(candidate) == tab)
            m_studyTabs->setCurrentIndex(int(candidate));
    }
    // An attempt under way is what the user came back for.
    if (m_practice->isActive())
        m_studyTabs->setCurrentIndex(int(StudyTab::Tasks));

    // The reader's page is served before the window is first shown (see main.cpp), and it is told its view's
    // size then, to lay the chapter out once at that size. A hidden window lays out its widgets only when it
    // is shown, so the way down to the reader is laid out now; otherwise the page would hear the size every
    // new widget starts with.
    layout()->activate();
    m_mainSplitter->refresh();
    m_reader->layout()->activate();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveLayout();
    event->accept();
}

} // namespace goprep::ui
