// Hold / Release and Sync selected in the record tables' context menus, on the real
// MainWindow offscreen against the reference server on loopback: several records held in
// one undo step (the state column says so at once), not sent by a sync until released,
// undo and redo of the step (also from the pending changes dock); records in step with the
// server cannot be held; Sync selected from a table sends only the selected records; the
// series table has the same entries.
#include "SeedData.h"
#include "SyncWindowTest.h"
#include "WindowSync.h"

#include "MainWindow.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "pending/PendingChangesDock.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using Seed::kOtherId;
using Seed::kSeedId;

class TestHoldMenu : public SyncWindowTest
{
    Q_OBJECT

public:
    TestHoldMenu() : SyncWindowTest(QStringLiteral("hold-")) {}

private:
    QTableView *taskTable() { return m_window->findChild<QTableView *>(QStringLiteral("serviceTaskTable")); }
    ServiceTaskTableModel *taskModel() { return m_window->serviceTasksPage()->model(); }

    // The table's own context menu entry, as the right click shows it.
    QAction *menuEntry(QTableView *table, const char *name)
    {
        if (table->contextMenuPolicy() != Qt::ActionsContextMenu)
            return nullptr;
        for (QAction *action : table->actions()) {
            if (action->objectName() == QLatin1String(name))
                return action;
        }
        return nullptr;
    }

    QString stateText(const QString &uuid)
    {
        return taskModel()->index(taskModel()->rowOf(localId(uuid)), ServiceTaskTableModel::State).data().toString();
    }

    // Selects these rows of a table, as Ctrl+click does.
    void selectRows(QTableView *table, const QVector<int> &rows)
    {
        table->clearSelection();
        for (int row : rows)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    SyncReport sync(QAction *trigger)
    {
        QSignalSpy completed(m_window.get(), &MainWindow::syncCompleted);
        trigger->trigger();
        return WindowSync::waitForSync(completed);
    }

    QAction *syncAction() { return m_window->findChild<QAction *>(QStringLiteral("syncAction")); }

private slots:
    void initTestCase()
    {
        QVERIFY2(startApplication(QStringLiteral("tst_holdmenu")), "the reference server did not start");
    }

    void init()
    {
        QVERIFY(startSession());
        QVERIFY(openSyncedWindow());
    }

    void holdSeveralInOneUndoStepUntilReleased()
    {
        rename(kSeedId, QStringLiteral("Held one"));
        rename(kOtherId, QStringLiteral("Held two"));
        const QString seedBefore = serverName(kSeedId);
        QAction *hold = menuEntry(taskTable(), "holdRecordsAction");
        QVERIFY(hold);
        selectRows(taskTable(), {taskModel()->rowOf(localId(kSeedId)), taskModel()->rowOf(localId(kOtherId))});
        QVERIFY(hold->isEnabled());
        QCOMPARE(hold->text(), QStringLiteral("&Hold"));
        QUndoStack *undo = m_window->undoStack();
        const int steps = undo->count();

        hold->trigger();
        QCOMPARE(undo->count(), steps + 1); // one step for the whole selection
        QCOMPARE(undo->undoText(), QStringLiteral("Hold 2 records"));
        QCOMPARE(stateText(kSeedId), QStringLiteral("Modified · held"));
        QCOMPARE(stateText(kOtherId), QStringLiteral("Modified · held"));
        QCOMPARE(hold->text(), QStringLiteral("&Release"));

        // A sync leaves them pending and unsent.
        QCOMPARE(sync(syncAction()).pushedUpdated, 0);
        QCOMPARE(serverName(kSeedId), seedBefore);
        QCOMPARE(stateText(kSeedId), QStringLiteral("Modified · held"));

        undo->undo();
        QCOMPARE(stateText(kSeedId), QStringLiteral("Modified"));
        QCOMPARE(stateText(kOtherId), QStringLiteral("Modified"));
        QVERIFY(m_ws->serviceTasks().heldIds().isEmpty());
        undo->redo();
        QCOMPARE(m_ws->serviceTasks().heldIds().size(), 2);

        // Release, one more step, and the next sync sends both.
        hold->trigger();
        QCOMPARE(undo->undoText(), QStringLiteral("Release 2 records"));
        QCOMPARE(stateText(kOtherId), QStringLiteral("Modified"));
        QCOMPARE(sync(syncAction()).pushedUpdated, 2);
        QCOMPARE(serverName(kSeedId), QStringLiteral("Held one"));
    }

    void onlyPendingRecordsCanBeHeld()
    {
        QAction *hold = menuEntry(taskTable(), "holdRecordsAction");
        QVERIFY(hold);
        selectRows(taskTable(), {taskModel()->rowOf(localId(kSeedId))});
        QVERIFY(!hold->isEnabled()); // in step with the server: nothing to hold
        rename(kOtherId, QStringLiteral("Pending"));
        selectRows(taskTable(), {taskModel()->rowOf(localId(kSeedId)), taskModel()->rowOf(localId(kOtherId))});
        QVERIFY(hold->isEnabled());
        const int steps = m_window->undoStack()->count();
        hold->trigger();
        QCOMPARE(m_window->undoStack()->count(), steps + 1);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Hold 1 record"));
        QCOMPARE(m_ws->serviceTasks().heldIds(), QSet<qint64>{localId(kOtherId)});
        QCOMPARE(stateText(kSeedId), QStringLiteral("Synced"));
    }

    void syncSelectedFromTheTable()
    {
        rename(kSeedId, QStringLiteral("Sent alone"));
        rename(kOtherId, QStringLiteral("Stays here"));
        const QString otherBefore = serverName(kOtherId);
        QAction *syncSelected = menuEntry(taskTable(), "syncSelectedRecordsAction");
        QVERIFY(syncSelected);
        selectRows(taskTable(), {taskModel()->rowOf(localId(kSeedId))});
        QVERIFY(syncSelected->isEnabled());
        const SyncReport report = sync(syncSelected);
        QCOMPARE(report.pushedUpdated, 1);
        QCOMPARE(serverName(kSeedId), QStringLiteral("Sent alone"));
        QCOMPARE(serverName(kOtherId), otherBefore);
        QCOMPARE(stateText(kOtherId), QStringLiteral("Modified"));
    }

    // Sync selected on a record in step with the server (or held) sent nothing, yet the
    // context menu offered it; the Sync menu's entry says the same of the same selection.
    void syncSelectedOnlyWithSomethingToSend()
    {
        QAction *inMenu = menuEntry(taskTable(), "syncSelectedRecordsAction");
        QAction *inSyncMenu = m_window->findChild<QAction *>(QStringLiteral("syncSelectedAction"));
        auto *syncMenu = m_window->findChild<QMenu *>(QStringLiteral("syncMenu"));
        QVERIFY(inMenu && inSyncMenu && syncMenu);
        const auto bothEnabled = [&](bool enabled) {
            emit syncMenu->aboutToShow(); // the Sync menu reads the selection as it opens
            return inMenu->isEnabled() == enabled && inSyncMenu->isEnabled() == enabled;
        };
        selectRows(taskTable(), {taskModel()->rowOf(localId(kSeedId))});
        QVERIFY(bothEnabled(false)); // Synced: nothing to send
        rename(kSeedId, QStringLiteral("To send"));
        selectRows(taskTable(), {taskModel()->rowOf(localId(kSeedId)), taskModel()->rowOf(localId(kOtherId))});
        QVERIFY(bothEnabled(true));
        menuEntry(taskTable(), "holdRecordsAction")->trigger();
        selectRows(taskTable(), {taskModel()->rowOf(localId(kSeedId))});
        QVERIFY(bothEnabled(false)); // held: a sync does not send it
        QVERIFY(inMenu->toolTip().contains(QLatin1String("changed here")));
    }

    void dockHoldIsOneUndoStepToo()
    {
        rename(kSeedId, QStringLiteral("Held from the dock"));
        rename(kOtherId, QStringLiteral("Also from the dock"));
        m_window->findChild<QAction *>(QStringLiteral("showPendingChangesAction"))->trigger();
        auto *dock = m_window->findChild<PendingChangesDock *>(QStringLiteral("pendingChangesDock"));
        QVERIFY(dock);
        QTRY_COMPARE(dock->tree()->topLevelItemCount(), 2);
        dock->tree()->selectAll();
        const int steps = m_window->undoStack()->count();
        m_window->findChild<QAction *>(QStringLiteral("pendingHoldAction"))->trigger();
        QCOMPARE(m_window->undoStack()->count(), steps + 1);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Hold 2 records"));
        QCOMPARE(m_ws->serviceTasks().heldIds().size(), 2);
        QTRY_VERIFY(dock->tree()->topLevelItem(0)->text(0).endsWith(QStringLiteral("· held")));
        m_window->undoStack()->undo();
        QVERIFY(m_ws->serviceTasks().heldIds().isEmpty());
        QCOMPARE(stateText(kSeedId), QStringLiteral("Modified"));
    }

    void seriesTableHasTheSameEntries()
    {
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("seriesTable"));
        QVERIFY(table);
        QAction *hold = menuEntry(table, "holdRecordsAction");
        QVERIFY(hold);
        QVERIFY(menuEntry(table, "syncSelectedRecordsAction"));
        const StoredTaskSeries stored = m_ws->series().all().at(0);
        TaskSeries changed = stored.local;
        changed.name = QStringLiteral("Series held");
        QVERIFY(m_ws->series().saveLocal(stored.localId, changed));
        m_window->findChild<QAction *>(QStringLiteral("showSeriesAction"))->trigger();
        m_window->seriesPage()->selectId(stored.localId);
        QTRY_VERIFY(hold->isEnabled());
        hold->trigger();
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Hold 1 record"));
        QCOMPARE(m_ws->series().heldIds(), QSet<qint64>{stored.localId});
        auto *model = m_window->seriesPage()->model();
        QCOMPARE(model->index(model->rowOf(stored.localId), TaskSeriesTableModel::State).data().toString(),
                 QStringLiteral("Modified · held"));
        QCOMPARE(sync(syncAction()).pushedUpdated, 0);
    }
};

QTEST_MAIN(TestHoldMenu)
#include "tst_holdmenu.moc"
