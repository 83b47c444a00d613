#include "pending/PendingChangesUi.h"

#include "MainWindow.h"
#include "pending/PendingChangesDock.h"
#include "pending/RecordPendingActions.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"
#include "storage/Workspace.h"
#include "sync/PushScope.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

PendingChangesUi::PendingChangesUi(MainWindow &window, Workspace &workspace)
    : QObject(&window)
    , m_window(window)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("pendingChangesUi"));
}

PendingChangesUi::~PendingChangesUi() = default;

PendingChangesUi *PendingChangesUi::install(MainWindow &window, Workspace &workspace, QUndoStack &tasksUndo,
                                            QUndoStack &seriesUndo, QMenu *viewMenu, QMenu *syncMenu)
{
    auto *ui = new PendingChangesUi(window, workspace);
    ui->m_dock = new PendingChangesDock(workspace, tasksUndo, seriesUndo, &window);
    // Below the pages until placeDock() finds room beside them: shown on the right first,
    // it made a narrow window grow past its screen before it could be moved.
    window.addDockWidget(Qt::BottomDockWidgetArea, ui->m_dock);
    ui->m_dock->hide();
    QAction *show = ui->m_dock->toggleViewAction();
    show->setObjectName(QStringLiteral("showPendingChangesAction"));
    show->setText(tr("&Pending changes"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    show->setToolTip(tr("What the next sync sends, field by field"));
    viewMenu->addAction(show);
    connect(show, &QAction::triggered, ui, [ui](bool shown) {
        if (shown)
            ui->placeDock();
    });

    ui->m_syncSelected = new QAction(tr("Sync se&lected"), &window);
    ui->m_syncSelected->setObjectName(QStringLiteral("syncSelectedAction"));
    ui->m_syncSelected->setToolTip(RecordPendingActions::syncSelectedToolTip());
    syncMenu->insertAction(syncMenu->actions().value(1), ui->m_syncSelected);
    // As the tables' entry: enabled only when the selection has something to send.
    connect(syncMenu, &QMenu::aboutToShow, ui, [ui] {
        QSet<qint64> tasks, series;
        ui->m_syncSelected->setEnabled(ui->selection(tasks, series));
    });
    connect(ui->m_syncSelected, &QAction::triggered, ui, &PendingChangesUi::syncSelected);
    connect(ui->m_dock, &PendingChangesDock::syncSelectedRequested, ui, &PendingChangesUi::syncSelected);
    connect(ui->m_dock, &PendingChangesDock::recordActivated, ui,
            [ui](PendingChange::Record record, qint64 localId) { ui->showRecord(int(record), localId); });

    auto *counts = new QLabel(ui->m_dock->countsText(), &window);
    counts->setObjectName(QStringLiteral("pendingCountsLabel"));
    counts->setToolTip(tr("View ▸ Pending changes lists them"));
    window.statusBar()->addPermanentWidget(counts);
    connect(ui->m_dock, &PendingChangesDock::countsChanged, counts, &QLabel::setText);
    ui->attachTables(tasksUndo, seriesUndo);
    // The scope lasts for one sync, however it ends.
    connect(&window, &MainWindow::syncCompleted, ui, [ui] { ui->m_scope.reset(); });
    return ui;
}

void PendingChangesUi::attachTables(QUndoStack &tasksUndo, QUndoStack &seriesUndo)
{
    ServiceTasksPage *tasksPage = m_window.serviceTasksPage();
    TaskSeriesPage *seriesPage = m_window.seriesPage();
    auto *tasks = new RecordPendingActions(
        tasksPage->findChild<QAbstractItemView *>(QStringLiteral("serviceTaskTable")), m_workspace.serviceTasks(),
        tasksUndo, [tasksPage] { return tasksPage->selectedIds(); },
        [this](const QSet<qint64> &ids) { syncOnly(ids, {}); });
    auto *series = new RecordPendingActions(
        seriesPage->findChild<QAbstractItemView *>(QStringLiteral("seriesTable")), m_workspace.series(), seriesUndo,
        [seriesPage] { return seriesPage->selectedIds(); }, [this](const QSet<qint64> &ids) { syncOnly({}, ids); });
    for (RecordPendingActions *actions : std::initializer_list<RecordPendingActions *>{tasks, series})
        connect(actions, &RecordPendingActions::failed, &m_window, [this](const QString &message) {
            m_window.statusBar()->showMessage(message, 10000);
        });
}

void PendingChangesUi::placeDock()
{
    if (m_dock->isFloating())
        return;
    // Beside the pages only where they keep the width of a 1024-px window: on the
    // operators' screens (1366 and 1024 px) the dock on the right squeezed the form into
    // a strip that scrolled sideways. Below the pages it has the whole width for its lines.
    constexpr int kPagesWidth = 1024;
    const bool beside = m_window.width() - m_dock->minimumWidth() >= kPagesWidth;
    const Qt::DockWidgetArea area = beside ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea;
    if (m_window.dockWidgetArea(m_dock) != area)
        m_window.addDockWidget(area, m_dock);
    if (!beside)
        m_window.resizeDocks({m_dock}, {qMin(m_window.height() / 3, 260)}, Qt::Vertical);
}

void PendingChangesUi::syncOnly(const QSet<qint64> &serviceTasks, const QSet<qint64> &series)
{
    if (m_window.isSyncing())
        return;
    m_scope = std::make_unique<PushScope>(m_workspace, serviceTasks, series);
    m_window.startSync();
    if (!m_window.isSyncing())
        m_scope.reset(); // no profile yet: the settings opened instead, nothing was sent
}

bool PendingChangesUi::selection(QSet<qint64> &tasks, QSet<qint64> &series) const
{
    QVector<qint64> taskIds, seriesIds;
    const QVector<PendingChange> selected = m_dock->isVisible() ? m_dock->selectedChanges() : QVector<PendingChange>();
    for (const PendingChange &change : selected)
        (change.record == PendingChange::Record::ServiceTask ? taskIds : seriesIds).append(change.localId);
    if (selected.isEmpty()) {
        const bool onSeries = m_window.seriesPage()->isVisible();
        (onSeries ? seriesIds : taskIds) = onSeries ? m_window.seriesPage()->selectedIds()
                                                    : m_window.serviceTasksPage()->selectedIds();
    }
    taskIds = RecordPendingActions::toSend(m_workspace.serviceTasks(), taskIds);
    seriesIds = RecordPendingActions::toSend(m_workspace.series(), seriesIds);
    tasks = QSet<qint64>(taskIds.cbegin(), taskIds.cend());
    series = QSet<qint64>(seriesIds.cbegin(), seriesIds.cend());
    return !tasks.isEmpty() || !series.isEmpty();
}

void PendingChangesUi::syncSelected()
{
    QSet<qint64> tasks, series;
    if (selection(tasks, series))
        syncOnly(tasks, series);
}

void PendingChangesUi::showRecord(int record, qint64 localId)
{
    const bool isTask = record == int(PendingChange::Record::ServiceTask);
    const char *pageAction = isTask ? "showServiceTasksAction" : "showSeriesAction";
    if (QAction *show = m_window.findChild<QAction *>(QLatin1String(pageAction)))
        show->trigger();
    if (isTask)
        m_window.serviceTasksPage()->selectId(localId);
    else
        m_window.seriesPage()->selectId(localId);
}
