#include "MainWindow.h"

#include "ActionFactory.h"
#include "DatabaseMenuActions.h"
#include "HelpMenu.h"
#include "ImportExportFlow.h"
#include "NavigationList.h"
#include "PaneActions.h"
#include "RecordActions.h"
#include "SyncActions.h"
#include "SyncDialogs.h"
#include "UndoActions.h"
#include "WelcomePane.h"
#include "WindowLayout.h"
#include "widgets/ElidedLabel.h"
#include "widgets/StatusBar.h"

#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "pending/PendingChangesUi.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTaskForm.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/RecordQuery.h"
#include "storage/SampleDatabase.h"
#include "storage/Workspace.h"
#include "sync/ConflictDialog.h"
#include "sync/PreviewSync.h"
#include "sync/ServerErrorText.h"
#include "sync/SyncController.h"
#include "sync/SyncPanel.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/TokenStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_transfer(std::make_unique<ImportExportFlow>(workspace, *this, [this] { refreshCounts(); }))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/taskdesk.svg")));
    updateTitle();
    // Before anything adds to it: messages are drawn clear of the counts on the right.
    setStatusBar(new StatusBar(this));
    createUndoStacks();
    createCentralArea();
    createSync();
    createActions();
    createStatusLabels();
    connectPages();
    countConflictsOnChange();
    refreshCounts();
    updateActions();
    refreshConflicts();
    updateSyncActions();
    WindowLayout::restore(*this, *m_tasksPage, *m_seriesPage, *m_syncPanel);
}

MainWindow::~MainWindow()
{
    // The pages and the navigation are deleted with the QWidget part, after the actions
    // above: their last signals must not reach updateActions() any more.
    for (QObject *source : {static_cast<QObject *>(m_navigation), static_cast<QObject *>(m_tasksPage),
                            static_cast<QObject *>(m_seriesPage)})
        source->disconnect(this);
}

void MainWindow::createStatusLabels()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    // The path gives way first on a narrow screen (it is in the title and the tooltip too).
    auto *pathLabel = new ElidedLabel(m_workspace.path(), Qt::ElideMiddle, this);
    pathLabel->setNote(tr("The local database this window works on"));
    pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    statusBar()->addWidget(m_countsLabel);
    // Permanent: a status message (the sync summary) must not hide the conflicts waiting.
    m_conflictsLabel = new QLabel(this);
    m_conflictsLabel->setObjectName(QStringLiteral("conflictsLabel"));
    m_conflictsLabel->setToolTip(tr("Records changed here and on the server: Sync ▸ Resolve conflicts"));
    m_conflictsLabel->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    statusBar()->addPermanentWidget(m_conflictsLabel);
    statusBar()->addPermanentWidget(pathLabel);
}

void MainWindow::connectPages()
{
    const auto showMessage = [this](const QString &message) { statusBar()->showMessage(message, 8000); };
    connect(m_tasksPage, &ServiceTasksPage::countsChanged, this, &MainWindow::refreshCounts);
    connect(m_tasksPage, &ServiceTasksPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_tasksPage, &ServiceTasksPage::statusMessage, this, showMessage);
    connect(m_seriesPage, &TaskSeriesPage::countsChanged, this, &MainWindow::refreshCounts);
    connect(m_seriesPage, &TaskSeriesPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_seriesPage, &TaskSeriesPage::statusMessage, this, showMessage);
}

void MainWindow::countConflictsOnChange()
{
    // The conflict count follows the stores; one recount per burst of changes (a sync).
    const auto queueCount = [this] {
        if (m_conflictsQueued)
            return;
        m_conflictsQueued = true;
        QTimer::singleShot(250, this, &MainWindow::refreshConflicts);
    };
    ServiceTaskStore &tasks = m_workspace.serviceTasks();
    connect(&tasks, &ServiceTaskStore::inserted, this, queueCount);
    connect(&tasks, &ServiceTaskStore::changed, this, queueCount);
    connect(&tasks, &ServiceTaskStore::removed, this, queueCount);
    TaskSeriesStore &series = m_workspace.series();
    connect(&series, &TaskSeriesStore::inserted, this, queueCount);
    connect(&series, &TaskSeriesStore::changed, this, queueCount);
    connect(&series, &TaskSeriesStore::removed, this, queueCount);
}

void MainWindow::createUndoStacks()
{
    // One stack per page: Ctrl+Z undoes the last edit on the page on show, never an
    // edit to a record the operator cannot see. The group's actions follow the page.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->setObjectName(QStringLiteral("undoGroup"));
    m_tasksUndo = new QUndoStack(m_undoGroup);
    m_tasksUndo->setObjectName(QStringLiteral("serviceTasksUndoStack"));
    m_seriesUndo = new QUndoStack(m_undoGroup);
    m_seriesUndo->setObjectName(QStringLiteral("seriesUndoStack"));
    m_undoGroup->setActiveStack(m_tasksUndo);
}

QUndoStack *MainWindow::undoStack() const
{
    return m_undoGroup->activeStack();
}

void MainWindow::createActions()
{
    m_records = std::make_unique<RecordActions>(*this, *m_tasksPage, *m_seriesPage, [this] { return onSeries(); });
    m_syncActions = std::make_unique<SyncActions>(*this);
    m_undoAction = UndoActions::createUndo(m_undoGroup, this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = UndoActions::createRedo(m_undoGroup, this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    m_redoAction->setShortcut(QKeySequence::Redo);

    createFileMenu();
    createEditMenu();
    QMenu *viewMenu = createViewMenu();
    QMenu *syncMenu = createSyncMenu();
    PendingChangesUi::install(*this, m_workspace, *m_tasksUndo, *m_seriesUndo, viewMenu, syncMenu);
    PreviewSync::install(*this, m_workspace, syncMenu);
    HelpMenu::create(*this);
    createToolBar(viewMenu);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::refreshCounts);
}

void MainWindow::createFileMenu()
{
    QAction *importAction = ActionFactory::create(this, QStringLiteral("importAction"), tr("&Import…"),
                                                  QStringLiteral(":/icons/import.svg"), QKeySequence(Qt::CTRL | Qt::Key_I),
                                                  tr("Import service tasks and series from a JSON file"));
    connect(importAction, &QAction::triggered, this, [this] { m_transfer->importInteractively(); });
    QAction *exportAction = ActionFactory::create(this, QStringLiteral("exportAction"), tr("&Export…"),
                                                  QStringLiteral(":/icons/export.svg"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                                  tr("Export everything in this database to a JSON file"));
    connect(exportAction, &QAction::triggered, this, [this] { m_transfer->exportInteractively(); });
    QAction *quitAction = ActionFactory::create(this, QStringLiteral("quitAction"), tr("&Quit"), QString(),
                                                QKeySequence::Quit, tr("Quit Taskdesk"));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_records->newAction());
    fileMenu->addSeparator();
    DatabaseMenuActions::addTo(fileMenu, *this);
    fileMenu->addSeparator();
    fileMenu->addAction(importAction);
    fileMenu->addAction(exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
}

void MainWindow::createEditMenu()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_records->duplicateAction());
    editMenu->addAction(m_records->deleteAction());
    editMenu->addSeparator();
    editMenu->addAction(m_records->enableAction());
    editMenu->addAction(m_records->disableAction());
    editMenu->addSeparator();
    editMenu->addAction(m_records->findAction());
    editMenu->addAction(m_records->historyAction());
}

QMenu *MainWindow::createViewMenu()
{
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *showTasks = ActionFactory::create(this, QStringLiteral("showServiceTasksAction"), tr("&Service tasks"),
                                               QStringLiteral(":/icons/svctask.svg"), QKeySequence(Qt::CTRL | Qt::Key_1),
                                               tr("Show the service tasks"));
    connect(showTasks, &QAction::triggered, this, [this] { m_navigation->setCurrentRow(0); });
    QAction *showSeries = ActionFactory::create(this, QStringLiteral("showSeriesAction"), tr("&Task series"),
                                                QStringLiteral(":/icons/series.svg"), QKeySequence(Qt::CTRL | Qt::Key_2),
                                                tr("Show the task series"));
    connect(showSeries, &QAction::triggered, this, [this] { m_navigation->setCurrentRow(1); });
    viewMenu->addAction(showTasks);
    viewMenu->addAction(showSeries);
    PaneActions::addTo(viewMenu, *this, [this] { return panes(); });
    viewMenu->addSeparator();
    viewMenu->addAction(m_syncActions->conflictsOnlyAction());
    return viewMenu;
}

QMenu *MainWindow::createSyncMenu()
{
    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->setObjectName(QStringLiteral("syncMenu"));
    syncMenu->addAction(m_syncActions->syncAction());
    syncMenu->addAction(m_syncActions->cancelAction());
    syncMenu->addSeparator();
    syncMenu->addAction(m_syncActions->resolveConflictsAction());
    syncMenu->addAction(m_syncActions->conflictsOnlyAction());
    syncMenu->addSeparator();
    syncMenu->addAction(m_syncActions->settingsAction());
    return syncMenu;
}

void MainWindow::createToolBar(QMenu *viewMenu)
{
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_records->newAction());
    toolBar->addAction(m_records->duplicateAction());
    toolBar->addAction(m_records->deleteAction());
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_syncActions->syncAction());
    viewMenu->addSeparator();
    viewMenu->addAction(toolBar->toggleViewAction());
    QAction *showPanel = m_syncPanel->toggleViewAction();
    showPanel->setObjectName(QStringLiteral("showSyncPanelAction"));
    showPanel->setText(tr("S&ync panel"));
    viewMenu->addAction(showPanel);
}

void MainWindow::createCentralArea()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_navigation = NavigationList::create(splitter);

    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_tasksPage = new ServiceTasksPage(m_workspace.serviceTasks(), *m_tasksUndo, m_pages);
    m_seriesPage = new TaskSeriesPage(m_workspace.series(), *m_seriesUndo, m_pages);
    m_pages->addWidget(m_tasksPage);
    m_pages->addWidget(m_seriesPage);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_undoGroup->setActiveStack(row == 1 ? m_seriesUndo : m_tasksUndo);
    });
    m_navigation->setCurrentRow(0);

    m_body = new QStackedWidget(splitter);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->addWidget(m_pages);
    m_welcome = new WelcomePane(m_body);
    m_body->addWidget(m_welcome);
    connect(m_welcome, &WelcomePane::setUpSyncRequested, this, [this] { openSyncSettings(); });
    connect(m_welcome, &WelcomePane::importRequested, this, [this] { m_transfer->importInteractively(); });
    connect(m_welcome, &WelcomePane::sampleRequested, this, &MainWindow::openSampleRequested);

    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_navigation->maximumWidth(), 1100});
    setCentralWidget(splitter);
}

bool MainWindow::onSeries() const
{
    return m_navigation->currentRow() == 1;
}

void MainWindow::updateActions()
{
    m_records->update();
}

QStringList MainWindow::importFile(const QString &path)
{
    return m_transfer->importFile(path);
}

QString MainWindow::exportFile(const QString &path)
{
    return m_transfer->exportFile(path);
}

bool MainWindow::showsWelcome() const
{
    return m_body->currentWidget() == m_welcome;
}

void MainWindow::updateTitle()
{
    setWindowTitle(SampleDatabase::isSample(m_workspace.path())
                       ? tr("Sample data — Taskdesk")
                       : tr("%1 — Taskdesk").arg(m_workspace.path()));
}

void MainWindow::refreshCounts()
{
    const int tasks = m_workspace.serviceTasks().count();
    const int series = m_workspace.series().count();
    const int shown = onSeries() ? m_seriesPage->model()->rowCount() : m_tasksPage->model()->rowCount();
    // An empty database shows how to get records instead of an empty table.
    const bool empty = tasks == 0 && series == 0;
    if (m_body->currentWidget() != (empty ? static_cast<QWidget *>(m_welcome) : m_pages))
        m_body->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_pages);
    QString text = tr("Service tasks: %1 · Task series: %2").arg(tasks).arg(series);
    if (shown != (onSeries() ? series : tasks))
        text += QStringLiteral(" · ") + tr("shown: %1").arg(shown);
    m_countsLabel->setText(text);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Only now is the screen the window is on, and its frame, known.
    if (!m_fittedToScreen) {
        m_fittedToScreen = true;
        WindowLayout::fitToScreen(*this);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every record's apply is its own transaction: stopping here leaves nothing half-written.
    m_sync->cancel();
    WindowLayout::save(*this, *m_tasksPage, *m_seriesPage);
    event->accept();
}

QList<QWidget *> MainWindow::panes() const
{
    if (showsWelcome())
        return {m_navigation, m_welcome};
    if (onSeries())
        return {m_navigation, m_seriesPage->view(), m_seriesPage->tabs()};
    return {m_navigation, m_tasksPage->view(), m_tasksPage->form()};
}

// --- sync ---

void MainWindow::createSync()
{
    m_tokens = new TokenStore(QStringLiteral("default"), this);
    m_syncPanel = new SyncPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_syncPanel);
    m_syncPanel->hide(); // shown by the first sync, or from the View menu
    connect(m_syncPanel, &SyncPanel::cancelRequested, this, &MainWindow::cancelSync);
    m_dialogs = std::make_unique<SyncDialogs>(m_workspace, *m_tokens, *this);
    m_sync = new SyncController(m_workspace, *m_tokens, this);
    m_sync->setObjectName(QStringLiteral("syncController"));
    connect(m_sync, &SyncController::started, this, [this] {
        updateSyncActions();
        showSyncPanel();
        m_syncPanel->syncStarted();
    });
    connect(m_sync, &SyncController::phaseChanged, m_syncPanel, &SyncPanel::setPhase);
    connect(m_sync, &SyncController::progress, m_syncPanel, &SyncPanel::setProgress);
    connect(m_sync, &SyncController::logLine, m_syncPanel, &SyncPanel::addEngineLine);
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncFinished);
    connect(m_sync, &SyncController::conflictsCounted, this, &MainWindow::showConflicts);
}

bool MainWindow::isSyncing() const
{
    return m_sync->isRunning();
}

int MainWindow::conflictCount() const
{
    return m_sync->conflictCount();
}

void MainWindow::updateSyncActions()
{
    m_syncActions->update(SyncSettingsDialog::Profile::load().isSet(), isSyncing(), conflictCount());
}

void MainWindow::refreshConflicts()
{
    m_conflictsQueued = false;
    m_sync->countConflicts(); // showConflicts follows
}

void MainWindow::showConflicts(int count)
{
    m_conflictsLabel->setText(tr("Conflicts: %1").arg(count));
    m_conflictsLabel->setVisible(count > 0);
    updateSyncActions();
}

void MainWindow::setConflictsOnly(bool on)
{
    const QSignalBlocker blocker(m_syncActions->conflictsOnlyAction());
    m_syncActions->conflictsOnlyAction()->setChecked(on);
    RecordFilter tasks = m_tasksPage->model()->filter();
    tasks.conflictsOnly = on;
    m_tasksPage->model()->setFilter(tasks);
    RecordFilter series = m_seriesPage->model()->filter();
    series.conflictsOnly = on;
    m_seriesPage->model()->setFilter(series);
    refreshCounts();
}

void MainWindow::startSync()
{
    // The controller says "started" (the panel opens) or why not.
    if (m_sync->start() == SyncController::Start::NoProfile)
        openSyncSettings(QString(), true)->setServerPrompt(tr("Enter the address of at least one server to sync with."));
}

void MainWindow::showSyncPanel()
{
    if (m_syncPanel->isVisible()) {
        m_syncPanel->raise();
        return;
    }
    m_syncPanel->show();
    // A quarter of the window at most: the tables stay the main thing on show.
    resizeDocks({m_syncPanel}, {qMin(height() / 4, 240)}, Qt::Vertical);
}

void MainWindow::cancelSync()
{
    if (!isSyncing())
        return;
    m_syncPanel->cancelButton()->setEnabled(false);
    m_syncPanel->phaseLabel()->setText(tr("Cancelling…"));
    m_sync->cancel();
}

void MainWindow::syncFinished(const SyncReport &report)
{
    // The controller has counted the conflicts already (showConflicts).
    m_syncPanel->syncFinished(report);
    refreshCounts();
    statusBar()->showMessage(SyncPanel::summary(report).replace(QLatin1Char('\n'), QLatin1Char(' ')), 10000);
    if (report.authFailed) {
        // 401/403: the sync stopped; ask for the token where it is entered.
        SyncSettingsDialog *dialog = openSyncSettings(
            ServerErrorText::readable(report.fatalError) + QLatin1Char('\n') + tr("Enter a valid token, then sync again."));
        dialog->focusToken(SyncSettingsDialog::Profile::load().eraUrl.isEmpty() ? TokenStore::Server::Patrol
                                                                                : TokenStore::Server::Era);
    }
    emit syncCompleted(report);
}

SyncSettingsDialog *MainWindow::openSyncSettings(const QString &message, bool syncAfterwards)
{
    return m_dialogs->settings(message, [this, syncAfterwards] {
        updateSyncActions();
        if (syncAfterwards && SyncSettingsDialog::Profile::load().isSet())
            QTimer::singleShot(0, this, &MainWindow::startSync);
    });
}

ConflictDialog *MainWindow::openConflictDialog()
{
    return m_dialogs->conflicts([this] {
        refreshConflicts();
        // The tables keep a changed row in place; with "Conflicts only" a resolved one should go.
        if (m_syncActions->conflictsOnlyAction()->isChecked()) {
            setConflictsOnly(false);
            setConflictsOnly(true);
        }
    });
}
