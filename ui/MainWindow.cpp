#include "MainWindow.h"

#include "io/DocumentExporter.h"
#include "io/DocumentImporter.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/taskdesk.svg")));
    setWindowTitle(tr("%1 — Taskdesk").arg(m_workspace.path()));
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    createCentralArea();
    createActions();

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_pathLabel = new QLabel(m_workspace.path(), this);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_pathLabel->setToolTip(tr("The local database this window works on"));
    statusBar()->addWidget(m_countsLabel);
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
    refreshCounts();
    updateActions();
    restoreLayout();
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
                             QKeySequence(Qt::Key_F5), tr("Synchronisation with the servers is not available in this version"));
    m_syncAction->setEnabled(false);

    QAction *undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
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

    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->setObjectName(QStringLiteral("syncMenu"));
    syncMenu->addAction(m_syncAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Taskdesk"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

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

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::refreshCounts);
}

void MainWindow::createCentralArea()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/svctask.svg")), tr("Service tasks")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/series.svg")), tr("Task series")));

    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_tasksPage = new ServiceTasksPage(m_workspace.serviceTasks(), *m_undoStack, m_pages);
    m_seriesPage = new TaskSeriesPage(m_workspace.series(), *m_undoStack, m_pages);
    m_pages->addWidget(m_tasksPage);
    m_pages->addWidget(m_seriesPage);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1100});
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
}

void MainWindow::refreshCounts()
{
    const int tasks = m_workspace.serviceTasks().count();
    const int series = m_workspace.series().count();
    const int shown = onSeries() ? m_seriesPage->model()->rowCount() : m_tasksPage->model()->rowCount();
    QString text = tr("Service tasks: %1 · Task series: %2").arg(tasks).arg(series);
    if (shown != (onSeries() ? series : tasks))
        text += QStringLiteral(" · ") + tr("shown: %1").arg(shown);
    m_countsLabel->setText(text);
}

QStringList MainWindow::importFile(const QString &path)
{
    DocumentImporter importer(m_workspace.database(), m_workspace.serviceTasks(), m_workspace.series());
    importer.importFile(path);
    refreshCounts();
    return importer.errors();
}

QString MainWindow::exportFile(const QString &path)
{
    DocumentExporter exporter(m_workspace.serviceTasks(), m_workspace.series());
    return exporter.exportFile(path) ? QString() : exporter.errorString();
}

void MainWindow::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QStringList errors = importFile(path);
    if (errors.isEmpty()) {
        statusBar()->showMessage(tr("Imported \"%1\".").arg(path), 5000);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Import failed"),
                    tr("Nothing was imported from \"%1\": fix the file and try again.").arg(path),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importErrorBox"));
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
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_tasksPage->restoreLayout(settings.value(QStringLiteral("serviceTasks/layout")).toByteArray());
    m_seriesPage->restoreLayout(settings.value(QStringLiteral("series/layout")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("serviceTasks/layout"), m_tasksPage->saveLayout());
    settings.setValue(QStringLiteral("series/layout"), m_seriesPage->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}
