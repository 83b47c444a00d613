#include "MainWindow.h"

#include "Confirmation.h"
#include "RecentDatabases.h"
#include "ShortcutsDialog.h"
#include "UndoActions.h"
#include "UserGuideDialog.h"
#include "history/HistoryAction.h"
#include "widgets/PaneFocus.h"
#include "widgets/ElidedLabel.h"
#include "widgets/StatusBar.h"
#include "WelcomePane.h"
#include "storage/SampleDatabase.h"

#include "io/DocumentExporter.h"
#include "io/DocumentImporter.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "pending/PendingChangesUi.h"
#include "series/TaskSeriesPage.h"
#include "settings/Settings.h"
#include "servicetasks/ServiceTaskForm.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/RecordQuery.h"
#include "storage/Workspace.h"
#include "sync/ConflictDialog.h"
#include "sync/PreviewSync.h"
#include "sync/ServerErrorText.h"
#include "sync/SyncController.h"
#include "sync/SyncPanel.h"
#include "sync/SyncSession.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/TokenStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
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

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    // The path gives way first on a narrow screen (it is in the title and the tooltip too).
    auto *pathLabel = new ElidedLabel(m_workspace.path(), Qt::ElideMiddle, this);
    pathLabel->setNote(tr("The local database this window works on"));
    m_pathLabel = pathLabel;
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    statusBar()->addWidget(m_countsLabel);
    // Permanent: a status message (the sync summary) must not hide the conflicts waiting.
    m_conflictsLabel = new QLabel(this);
    m_conflictsLabel->setObjectName(QStringLiteral("conflictsLabel"));
    m_conflictsLabel->setToolTip(tr("Records changed here and on the server: Sync ▸ Resolve conflicts"));
    m_conflictsLabel->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    statusBar()->addPermanentWidget(m_conflictsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    connect(m_tasksPage, &ServiceTasksPage::countsChanged, this, &MainWindow::refreshCounts);
    connect(m_tasksPage, &ServiceTasksPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_tasksPage, &ServiceTasksPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_seriesPage, &TaskSeriesPage::countsChanged, this, &MainWindow::refreshCounts);
    connect(m_seriesPage, &TaskSeriesPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_seriesPage, &TaskSeriesPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
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
    refreshCounts();
    updateActions();
    refreshConflicts();
    updateSyncActions();
    restoreLayout();
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

QAction *MainWindow::addAction(const QString &name, const QString &text, const QString &icon,
                               const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

void MainWindow::createActions()
{
    ServiceTasksPage *page = m_tasksPage;
    // New, Duplicate, Delete and Find act on the page on show.
    m_newAction = addAction(QStringLiteral("newAction"), tr("&New"), QStringLiteral(":/icons/new.svg"),
                            QKeySequence::New, tr("Create a service task or a series"));
    connect(m_newAction, &QAction::triggered, this, [this] {
        onSeries() ? m_seriesPage->createNew() : m_tasksPage->createNew();
    });
    m_duplicateAction = addAction(QStringLiteral("duplicateAction"), tr("D&uplicate"), QStringLiteral(":/icons/duplicate.svg"),
                                  QKeySequence(Qt::CTRL | Qt::Key_D), tr("Duplicate the selected records"));
    connect(m_duplicateAction, &QAction::triggered, this, [this] {
        onSeries() ? m_seriesPage->duplicateSelected() : m_tasksPage->duplicateSelected();
    });
    m_deleteAction = addAction(QStringLiteral("deleteAction"), tr("&Delete"), QStringLiteral(":/icons/delete.svg"),
                               QKeySequence::Delete, tr("Delete the selected records"));
    // Delete only acts on the tables: in a text field the key deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    page->view()->addAction(m_deleteAction);
    m_seriesPage->view()->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        onSeries() ? m_seriesPage->deleteSelected() : m_tasksPage->deleteSelected();
    });
    m_enableAction = addAction(QStringLiteral("enableAction"), tr("E&nable"), QString(),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), tr("Enable the selected service tasks"));
    connect(m_enableAction, &QAction::triggered, page, [page] { page->setSelectedEnabled(true); });
    m_disableAction = addAction(QStringLiteral("disableAction"), tr("Di&sable"), QString(),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Disable the selected service tasks"));
    connect(m_disableAction, &QAction::triggered, page, [page] { page->setSelectedEnabled(false); });
    m_findAction = addAction(QStringLiteral("findAction"), tr("&Find"), QString(), QKeySequence::Find,
                             tr("Search the records on show"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        onSeries() ? m_seriesPage->focusSearch() : m_tasksPage->focusSearch();
    });
    m_syncAction = addAction(QStringLiteral("syncAction"), tr("S&ync"), QStringLiteral(":/icons/sync.svg"),
                             QKeySequence(Qt::Key_F5), tr("Sync with the servers: receive their changes, send yours"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::startSync);
    m_cancelSyncAction = addAction(QStringLiteral("cancelSyncAction"), tr("&Cancel sync"), QString(),
                                   QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Stop the running sync"));
    connect(m_cancelSyncAction, &QAction::triggered, this, &MainWindow::cancelSync);
    m_syncSettingsAction = addAction(QStringLiteral("syncSettingsAction"), tr("Sync &settings…"), QString(),
                                     QKeySequence(), tr("The servers to sync with, their tokens and request limits"));
    m_syncSettingsAction->setMenuRole(QAction::NoRole);
    connect(m_syncSettingsAction, &QAction::triggered, this, [this] { openSyncSettings(); });
    m_resolveConflictsAction = addAction(QStringLiteral("resolveConflictsAction"), tr("&Resolve conflicts…"), QString(),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                         tr("Decide, field by field, between your changes and the server's"));
    connect(m_resolveConflictsAction, &QAction::triggered, this, [this] { openConflictDialog(); });
    m_conflictsOnlyAction = addAction(QStringLiteral("conflictsOnlyAction"), tr("C&onflicts only"), QString(),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                      tr("Show only the records in conflict, in both tables"));
    m_conflictsOnlyAction->setCheckable(true);
    connect(m_conflictsOnlyAction, &QAction::toggled, this, &MainWindow::setConflictsOnly);

    QAction *undoAction = UndoActions::createUndo(m_undoGroup, this);
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = UndoActions::createRedo(m_undoGroup, this);
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    redoAction->setShortcut(QKeySequence::Redo);

    m_importAction = addAction(QStringLiteral("importAction"), tr("&Import…"), QStringLiteral(":/icons/import.svg"),
                               QKeySequence(Qt::CTRL | Qt::Key_I), tr("Import service tasks and series from a JSON file"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importInteractively);
    m_exportAction = addAction(QStringLiteral("exportAction"), tr("&Export…"), QStringLiteral(":/icons/export.svg"),
                               QKeySequence(Qt::CTRL | Qt::Key_E), tr("Export everything in this database to a JSON file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportInteractively);
    QAction *quitAction = addAction(QStringLiteral("quitAction"), tr("&Quit"), QString(), QKeySequence::Quit, tr("Quit Taskdesk"));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newAction);
    fileMenu->addSeparator();
    createDatabaseActions(fileMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importAction);
    fileMenu->addAction(m_exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_duplicateAction);
    editMenu->addAction(m_deleteAction);
    editMenu->addSeparator();
    editMenu->addAction(m_enableAction);
    editMenu->addAction(m_disableAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);
    m_historyAction = HistoryAction::menuEntry(this, [this]() -> QAbstractItemView * {
        return onSeries() ? m_seriesPage->view() : m_tasksPage->view();
    });
    editMenu->addAction(m_historyAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *showTasks = addAction(QStringLiteral("showServiceTasksAction"), tr("&Service tasks"), QStringLiteral(":/icons/svctask.svg"),
                                   QKeySequence(Qt::CTRL | Qt::Key_1), tr("Show the service tasks"));
    connect(showTasks, &QAction::triggered, this, [this] { m_navigation->setCurrentRow(0); });
    QAction *showSeries = addAction(QStringLiteral("showSeriesAction"), tr("&Task series"), QStringLiteral(":/icons/series.svg"),
                                    QKeySequence(Qt::CTRL | Qt::Key_2), tr("Show the task series"));
    connect(showSeries, &QAction::triggered, this, [this] { m_navigation->setCurrentRow(1); });
    viewMenu->addAction(showTasks);
    viewMenu->addAction(showSeries);
    createPaneActions(viewMenu);
    viewMenu->addSeparator();
    viewMenu->addAction(m_conflictsOnlyAction);

    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->setObjectName(QStringLiteral("syncMenu"));
    syncMenu->addAction(m_syncAction);
    syncMenu->addAction(m_cancelSyncAction);
    syncMenu->addSeparator();
    syncMenu->addAction(m_resolveConflictsAction);
    syncMenu->addAction(m_conflictsOnlyAction);
    syncMenu->addSeparator();
    syncMenu->addAction(m_syncSettingsAction);
    PendingChangesUi::install(*this, m_workspace, *m_tasksUndo, *m_seriesUndo, viewMenu, syncMenu);
    PreviewSync::install(*this, m_workspace, syncMenu);

    createHelpMenu();

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_syncAction);
    viewMenu->addSeparator();
    viewMenu->addAction(toolBar->toggleViewAction());
    QAction *showPanel = m_syncPanel->toggleViewAction();
    showPanel->setObjectName(QStringLiteral("showSyncPanelAction"));
    showPanel->setText(tr("S&ync panel"));
    viewMenu->addAction(showPanel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::refreshCounts);
}

void MainWindow::createHelpMenu()
{
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *sampleAction = helpMenu->addAction(tr("Open the &sample data"));
    sampleAction->setObjectName(QStringLiteral("openSampleAction"));
    sampleAction->setStatusTip(tr("Example records in a separate database of their own"));
    connect(sampleAction, &QAction::triggered, this, &MainWindow::openSampleRequested);
    QAction *resetSampleAction = helpMenu->addAction(tr("&Reset the sample data…"));
    resetSampleAction->setObjectName(QStringLiteral("resetSampleAction"));
    resetSampleAction->setStatusTip(tr("Throw away the changes made to the sample data and start it anew"));
    connect(resetSampleAction, &QAction::triggered, this, [this] {
        if (Confirmation::ask(this, tr("Reset the sample data"),
                              tr("Throw away every change made to the sample data and make it anew? "
                                 "Your own database is not touched.")))
            emit resetSampleRequested();
    });
    helpMenu->addSeparator();
    QAction *guideAction = addAction(QStringLiteral("userGuideAction"), tr("User &guide"), QString(),
                                     QKeySequence::HelpContents, tr("A short guide to Taskdesk"));
    connect(guideAction, &QAction::triggered, this, [this] { showDialog(new UserGuideDialog(this)); });
    helpMenu->addAction(guideAction);
    QAction *keysAction = addAction(QStringLiteral("shortcutsAction"), tr("&Keyboard shortcuts"), QString(),
                                    QKeySequence(), tr("Every key that does something in this window"));
    connect(keysAction, &QAction::triggered, this, [this] {
        showDialog(new ShortcutsDialog(findChildren<QAction *>(), this));
    });
    helpMenu->addAction(keysAction);
    helpMenu->addSeparator();
    QAction *aboutAction = helpMenu->addAction(tr("&About Taskdesk"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralArea()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/svctask.svg")), tr("Service tasks")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/series.svg")), tr("Task series")));
    fitNavigation();

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
    connect(m_welcome, &WelcomePane::importRequested, this, &MainWindow::importInteractively);
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
    const bool series = onSeries();
    const bool hasSelection = series ? !m_seriesPage->selectedIds().isEmpty() : !m_tasksPage->selectedIds().isEmpty();
    m_duplicateAction->setEnabled(hasSelection);
    m_deleteAction->setEnabled(hasSelection);
    m_enableAction->setEnabled(hasSelection && !series);
    m_disableAction->setEnabled(hasSelection && !series);
    m_historyAction->setEnabled(HistoryAction::available(series ? m_seriesPage->view() : m_tasksPage->view()));
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

QStringList MainWindow::importFile(const QString &path)
{
    DocumentImporter importer(m_workspace.database(), m_workspace.serviceTasks(), m_workspace.series());
    importer.importFile(path);
    m_lastImport = importer.counts();
    refreshCounts();
    return importer.errors();
}

QString MainWindow::exportFile(const QString &path)
{
    DocumentExporter exporter(m_workspace.serviceTasks(), m_workspace.series());
    return exporter.exportFile(path) ? QString() : exporter.errorString();
}

QString MainWindow::importedText(const QString &path, const DocumentImporter::Counts &counts)
{
    QStringList parts;
    parts << tr("%n service task(s) created", nullptr, counts.svctasksCreated)
          << tr("%n service task(s) replaced", nullptr, counts.svctasksReplaced)
          << tr("%n series created", nullptr, counts.seriesCreated)
          << tr("%n series replaced", nullptr, counts.seriesReplaced);
    return tr("Imported \"%1\": %2.").arg(path, parts.join(QStringLiteral(", ")));
}

void MainWindow::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // An import is not on the undo stack (it may be 100 000 records): when records it
    // could replace are here, the user is told so before anything is written.
    const bool hasRecords = m_workspace.serviceTasks().count() + m_workspace.series().count() > 0;
    if (hasRecords
        && !Confirmation::ask(this, tr("Import"),
                              tr("Import \"%1\"? Records of this database with the same id are replaced "
                                 "by the file's. An import cannot be undone.").arg(path)))
        return;
    const QStringList errors = importFile(path);
    if (errors.isEmpty()) {
        statusBar()->showMessage(importedText(path, m_lastImport), 15000);
        return;
    }
    showImportErrors(path, errors);
}

void MainWindow::showImportErrors(const QString &path, const QStringList &errors)
{
    constexpr int kShown = 10; // the rest are in the details, to be copied whole
    QStringList reasons = errors.mid(0, kShown);
    if (errors.size() > kShown)
        reasons << tr("…and %n more problem(s) under Show Details.", nullptr, int(errors.size() - kShown));
    QMessageBox box(QMessageBox::Warning, tr("Import failed"),
                    tr("Nothing was imported from \"%1\": fix the file and try again.").arg(path),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importErrorBox"));
    box.setInformativeText(reasons.join(QLatin1Char('\n')));
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("taskdesk.json"),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = exportFile(path);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Exported to \"%1\".").arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Taskdesk"),
                       tr("<h3>Taskdesk %1</h3><p>Edit ERA service tasks and TARGPatrol task series "
                          "offline, and sync them with their servers.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(Settings::windowGeometry.get())) {
        // The first start fills a laptop screen; fitToScreen() brings it inside a smaller one.
        const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
        const QSize room = shown ? shown->availableGeometry().size() : QSize(1280, 760);
        resize(qMin(room.width(), 1400), qMin(room.height(), 900));
    }
    restoreState(Settings::windowState.get());
    // The state keeps the panel as it was left; while no sync runs it only takes room.
    m_syncPanel->hide();
    m_tasksPage->restoreLayout(Settings::serviceTasksLayout.get());
    m_seriesPage->restoreLayout(Settings::seriesLayout.get());
}

void MainWindow::saveLayout() const
{
    Settings::windowGeometry.set(saveGeometry());
    Settings::windowState.set(saveState());
    Settings::serviceTasksLayout.set(m_tasksPage->saveLayout());
    Settings::seriesLayout.set(m_seriesPage->saveLayout());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Only now is the screen the window is on, and its frame, known.
    if (!m_fittedToScreen) {
        m_fittedToScreen = true;
        fitToScreen();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every record's apply is its own transaction: stopping here leaves nothing half-written.
    m_sync->cancel();
    saveLayout();
    event->accept();
}

void MainWindow::fitToScreen()
{
    // A geometry saved on a larger screen (or a default larger than this one) would put
    // the window's edges, its status bar and the form's right side out of reach.
    const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!shown)
        return;
    const QRect available = shown->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frameExtra;
    if (isMaximized() || isFullScreen())
        return;
    if (width() > room.width() || height() > room.height())
        resize(qMin(width(), room.width()), qMin(height(), room.height()));
    QRect frame = frameGeometry();
    if (!available.contains(frame)) {
        frame.moveLeft(qBound(available.left(), frame.left(), qMax(available.left(), available.right() - frame.width() + 1)));
        frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - frame.height() + 1)));
        move(frame.topLeft());
    }
}

void MainWindow::fitNavigation()
{
    // As wide as its two entries need, with the icon and the frame: the rest of the
    // width belongs to the table and the form.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int width = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 12;
    m_navigation->setMaximumWidth(width);
    m_navigation->setMinimumWidth(width);
    // The chosen entry stays readable when the focus is elsewhere (no pale grey bar).
    QPalette palette = m_navigation->palette();
    for (QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText})
        palette.setColor(QPalette::Inactive, role, palette.color(QPalette::Active, role));
    m_navigation->setPalette(palette);
}

QList<QWidget *> MainWindow::panes() const
{
    if (showsWelcome())
        return {m_navigation, m_welcome};
    if (onSeries())
        return {m_navigation, m_seriesPage->view(), m_seriesPage->tabs()};
    return {m_navigation, m_tasksPage->view(), m_tasksPage->form()};
}

void MainWindow::createPaneActions(QMenu *viewMenu)
{
    QAction *next = addAction(QStringLiteral("nextPaneAction"), tr("Ne&xt pane"), QString(), QKeySequence(Qt::Key_F6),
                              tr("Move the focus to the next pane: navigation, table, form"));
    connect(next, &QAction::triggered, this, [this] { PaneFocus::cycle(panes(), 1); });
    QAction *previous = addAction(QStringLiteral("previousPaneAction"), tr("Pre&vious pane"), QString(),
                                  QKeySequence(Qt::SHIFT | Qt::Key_F6), tr("Move the focus to the previous pane"));
    connect(previous, &QAction::triggered, this, [this] { PaneFocus::cycle(panes(), -1); });
    QAction *nextTab = addAction(QStringLiteral("nextTabOrPaneAction"), tr("Next &tab or pane"), QString(),
                                 QKeySequence(Qt::CTRL | Qt::Key_Tab), tr("Turn the form's tabs, elsewhere move to the next pane"));
    connect(nextTab, &QAction::triggered, this, [this] { PaneFocus::cycleTabsOrPanes(panes(), 1); });
    QAction *previousTab = addAction(QStringLiteral("previousTabOrPaneAction"), tr("Previous t&ab or pane"), QString(),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                     tr("Turn the form's tabs back, elsewhere move to the previous pane"));
    // Shift+Tab arrives as Backtab on most keyboards.
    previousTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    connect(previousTab, &QAction::triggered, this, [this] { PaneFocus::cycleTabsOrPanes(panes(), -1); });
    viewMenu->addSeparator();
    viewMenu->addAction(next);
    viewMenu->addAction(previous);
    viewMenu->addAction(nextTab);
    viewMenu->addAction(previousTab);
}

void MainWindow::createDatabaseActions(QMenu *fileMenu)
{
    QAction *open = addAction(QStringLiteral("openDatabaseAction"), tr("&Open database…"), QString(), QKeySequence::Open,
                              tr("Open another Taskdesk database in a window of its own"));
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                          tr("Taskdesk databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            emit openDatabaseRequested(path);
    });
    fileMenu->addAction(open);
    m_recentMenu = fileMenu->addMenu(tr("&Recent databases"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::paths();
    for (const QString &path : paths) {
        QAction *entry = m_recentMenu->addAction(path);
        entry->setObjectName(QStringLiteral("recentDatabase"));
        entry->setData(path);
        // A file that is gone (a moved folder, a drive away) is shown, not opened as a new database.
        if (!QFileInfo::exists(path)) {
            entry->setText(tr("%1 (missing)").arg(path));
            entry->setEnabled(false);
            continue;
        }
        connect(entry, &QAction::triggered, this, [this, path] { emit openDatabaseRequested(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear the list"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [] { RecentDatabases::clear(); });
}

void MainWindow::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// --- sync ---

void MainWindow::createSync()
{
    m_tokens = new TokenStore(QStringLiteral("default"), this);
    m_syncPanel = new SyncPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_syncPanel);
    m_syncPanel->hide(); // shown by the first sync, or from the View menu
    connect(m_syncPanel, &SyncPanel::cancelRequested, this, &MainWindow::cancelSync);
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
    const bool profile = SyncSettingsDialog::Profile::load().isSet();
    m_syncAction->setEnabled(!isSyncing());
    const QString tip = profile ? tr("Sync with the servers: receive their changes, send yours")
                                : tr("No server is set up yet: opens the sync settings");
    m_syncAction->setStatusTip(tip);
    m_syncAction->setToolTip(QStringLiteral("%1 (%2)").arg(tip, m_syncAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancelSyncAction->setEnabled(isSyncing());
    m_resolveConflictsAction->setEnabled(!isSyncing() && conflictCount() > 0);
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
    const QSignalBlocker blocker(m_conflictsOnlyAction);
    m_conflictsOnlyAction->setChecked(on);
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
    if (m_settingsDialog) {
        m_settingsDialog->setMessage(message);
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    auto *dialog = new SyncSettingsDialog(*m_tokens, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(message);
    connect(dialog, &QDialog::accepted, this, [this, syncAfterwards] {
        updateSyncActions();
        if (syncAfterwards && SyncSettingsDialog::Profile::load().isSet())
            QTimer::singleShot(0, this, &MainWindow::startSync);
    });
    m_settingsDialog = dialog;
    dialog->open();
    return dialog;
}

ConflictDialog *MainWindow::openConflictDialog()
{
    if (m_conflictDialog) {
        m_conflictDialog->reload();
        m_conflictDialog->raise();
        m_conflictDialog->activateWindow();
        return m_conflictDialog;
    }
    auto *dialog = new ConflictDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::resolved, this, [this] {
        refreshConflicts();
        // The tables keep a changed row in place; with "Conflicts only" a resolved one should go.
        if (m_conflictsOnlyAction->isChecked()) {
            setConflictsOnly(false);
            setConflictsOnly(true);
        }
    });
    m_conflictDialog = dialog;
    dialog->open();
    return dialog;
}
