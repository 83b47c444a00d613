#include "MainWindow.h"

#include "io/DocumentExporter.h"
#include "io/DocumentImporter.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/taskdesk.svg")));
    setWindowTitle(tr("%1 — Taskdesk").arg(m_workspace.path()));
    createActions();
    createCentralArea();

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_pathLabel = new QLabel(m_workspace.path(), this);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_pathLabel->setToolTip(tr("The local database this window works on"));
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    connect(&m_workspace.serviceTasks(), &ServiceTaskStore::inserted, this, &MainWindow::refreshCounts);
    connect(&m_workspace.serviceTasks(), &ServiceTaskStore::removed, this, &MainWindow::refreshCounts);
    connect(&m_workspace.series(), &TaskSeriesStore::inserted, this, &MainWindow::refreshCounts);
    connect(&m_workspace.series(), &TaskSeriesStore::removed, this, &MainWindow::refreshCounts);
    refreshCounts();
    restoreLayout();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *importAction = fileMenu->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"));
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Import service tasks and series from a JSON file"));
    connect(importAction, &QAction::triggered, this, &MainWindow::importInteractively);
    QAction *exportAction = fileMenu->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Export everything in this database to a JSON file"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportInteractively);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

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
    toolBar->addAction(importAction);
    toolBar->addAction(exportAction);
}

void MainWindow::createCentralArea()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/svctask.svg")), tr("Service tasks")));
    m_navigation->addItem(new QListWidgetItem(QIcon(QStringLiteral(":/icons/series.svg")), tr("Task series")));
    m_navigation->setMaximumWidth(220);

    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_taskSummary = new QLabel(m_pages);
    m_taskSummary->setObjectName(QStringLiteral("serviceTasksPage"));
    m_taskSummary->setAlignment(Qt::AlignCenter);
    m_taskSummary->setWordWrap(true);
    m_seriesSummary = new QLabel(m_pages);
    m_seriesSummary->setObjectName(QStringLiteral("seriesPage"));
    m_seriesSummary->setAlignment(Qt::AlignCenter);
    m_seriesSummary->setWordWrap(true);
    m_pages->addWidget(m_taskSummary);
    m_pages->addWidget(m_seriesSummary);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
}

void MainWindow::refreshCounts()
{
    const int tasks = m_workspace.serviceTasks().count();
    const int series = m_workspace.series().count();
    m_countsLabel->setText(tr("Service tasks: %1 · Task series: %2").arg(tasks).arg(series));
    m_taskSummary->setText(tr("%n service task(s) in this database.", nullptr, tasks)
                           + QStringLiteral("\n\n")
                           + tr("Use File → Import to bring records in from a JSON file."));
    m_seriesSummary->setText(tr("%n task series in this database.", nullptr, series)
                             + QStringLiteral("\n\n")
                             + tr("Use File → Import to bring records in from a JSON file."));
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
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}
