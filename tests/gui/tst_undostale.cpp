// Undo and redo after a sync, an import or a conflict resolution: a step whose record has
// changed since (or was deleted or re-created) is refused with a message in the status bar,
// the newer values stay and nothing is marked for sending; an ordinary undo/redo, also
// across a sync that only sent the step, still works. Through the main window's pages
// and their undo editors, a real database and the reference server on loopback.
#include "GuiActions.h"
#include "SyncTest.h"

#include "MainWindow.h"
#include "io/DocumentImporter.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "series/TaskSeriesForm.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTasksPage.h"
#include "sync/ServiceTaskSync.h"
#include "sync/TaskSeriesSync.h"

#include <QAction>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace Seed;

class TestUndoStale : public SyncTest
{
    Q_OBJECT

public:
    TestUndoStale() : SyncTest(QStringLiteral("undo-")) {}

private:
    std::unique_ptr<MainWindow> m_window;

    ServiceTaskStore &tasks() { return m_ws->serviceTasks(); }
    TaskSeriesStore &series() { return m_ws->series(); }
    QUndoStack *undoStack() const { return m_window->undoStack(); }
    QString statusText() const { return m_window->statusBar()->currentMessage(); }

    StoredServiceTask taskA() { return *tasks().get(*tasks().localIdForUuid(kSeedId)); }
    StoredTaskSeries taskOne() { return *series().get(*series().localIdForSeriesId(kTaskOne)); }

    // Syncs with the client's own retries and time-outs, as the app sends; true when whole.
    bool syncTasks() { return SyncTest::syncTasks({}, 50, HttpClient::Options()).exitCode() == 0; }
    bool syncSeries() { return SyncTest::syncSeries({}, 50, HttpClient::Options()).exitCode() == 0; }

    // Presses the shortcut of a window action where the focus is.
    void press(const char *actionName)
    {
        auto *action = m_window->findChild<QAction *>(QLatin1String(actionName));
        QVERIFY2(action && action->isEnabled(), actionName);
        QTest::keySequence(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), action->shortcut());
    }

    void showPage(const QString &title) { GuiTest::clickNavigation(m_window.get(), title); }

    // Renames task A in the service task table, as typing into its name cell does.
    void renameTaskA(const QString &name)
    {
        ServiceTaskTableModel *model = m_window->serviceTasksPage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ServiceTaskTableModel::Name);
            if (index.data(ServiceTaskTableModel::UuidRole).toString() == kSeedId) {
                m_window->serviceTasksPage()->view()->setFocus();
                QVERIFY(model->setData(index, name, Qt::EditRole));
                return;
            }
        }
        QFAIL("task A is not in the table");
    }

    // Renames task 1 in the series form, as typing into its name field does.
    void renameTaskOne(const QString &name)
    {
        TaskSeriesPage *page = m_window->seriesPage();
        TaskSeriesTableModel *model = page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, TaskSeriesTableModel::Name).data().toString() == taskOne().local.name) {
                page->view()->setCurrentIndex(model->index(row, TaskSeriesTableModel::Name));
                auto *edit = page->form()->findChild<QLineEdit *>(QStringLiteral("seriesNameEdit"));
                QVERIFY(edit);
                QTRY_COMPARE(edit->text(), taskOne().local.name);
                edit->setFocus();
                QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(edit, name);
                QTest::keyClick(edit, Qt::Key_Tab);
                QTRY_COMPARE(taskOne().local.name, name);
                page->view()->setFocus();
                return;
            }
        }
        QFAIL("task 1 is not in the table");
    }

    bool importDocument(const QJsonObject &document)
    {
        DocumentImporter importer(m_ws->database(), tasks(), series());
        return importer.importData(QJsonDocument(document).toJson());
    }

    QJsonObject seedDocument()
    {
        QFile seed(RefServer::seedDocument());
        return seed.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(seed.readAll()).object() : QJsonObject();
    }

    // The seed's record with `id`/`seriesId` equal to `id`, with `name` changed, alone in a document.
    QJsonObject renamedInDocument(const QString &key, const QString &id, const QString &name)
    {
        for (const QJsonValue &value : seedDocument().value(key).toArray()) {
            QJsonObject record = value.toObject();
            if (record.value(QStringLiteral("id")).toString() == id || record.value(QStringLiteral("seriesId")).toString() == id) {
                record.insert(QStringLiteral("name"), name);
                return {{key, QJsonArray{record}}};
            }
        }
        return {};
    }

    // The refusal is visible, and nothing was written.
    void verifyRefused(const char *verb, const QString &name)
    {
        QVERIFY2(statusText().contains(QLatin1String(verb)) && statusText().contains(name), qPrintable(statusText()));
    }

private slots:
    void init()
    {
        QVERIFY(startTest());
        QVERIFY(syncTasks());
        QVERIFY(syncSeries());
        QCOMPARE(taskA().state, SyncState::Clean);
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
    }

    void undoAfterAPullKeepsTheServersValue()
    {
        renameTaskA(QStringLiteral("mine"));
        QCOMPARE(undoStack()->count(), 1);
        QVERIFY(syncTasks()); // sent
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("theirs")}}));
        QVERIFY(syncTasks()); // and changed on the server since
        QCOMPARE(taskA().local.name, QStringLiteral("theirs"));

        press("undoAction");
        QCOMPARE(taskA().local.name, QStringLiteral("theirs"));
        QCOMPARE(taskA().state, SyncState::Clean);
        verifyRefused("undo", QStringLiteral("theirs"));
        QCOMPARE(undoStack()->count(), 0); // the step is gone: nothing older to replay either
        QVERIFY(!undoStack()->canRedo());
    }

    void ordinaryUndoAndRedoStillWork()
    {
        renameTaskA(QStringLiteral("mine"));
        press("undoAction");
        QCOMPARE(taskA().local.name, kSeedName);
        QCOMPARE(taskA().state, SyncState::Clean);
        press("redoAction");
        QCOMPARE(taskA().local.name, QStringLiteral("mine"));
        // A sync that only sent the step (the server's write time moved) does not stop its undo.
        QVERIFY(syncTasks());
        QCOMPARE(taskA().state, SyncState::Clean);
        press("undoAction");
        QCOMPARE(taskA().local.name, kSeedName);
        QCOMPARE(taskA().state, SyncState::Modified);
        QCOMPARE(taskA().local.ext, taskA().base->ext); // the server's bookkeeping as it is now
        QVERIFY(syncTasks());
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(), kSeedName);
    }

    void redoAfterAnImportKeepsTheImportedValue()
    {
        renameTaskA(QStringLiteral("mine"));
        press("undoAction");
        QCOMPARE(taskA().local.name, kSeedName);
        QVERIFY(importDocument(renamedInDocument(QStringLiteral("svctasks"), kSeedId, QStringLiteral("imported"))));
        QCOMPARE(taskA().local.name, QStringLiteral("imported"));
        const SyncState state = taskA().state;

        press("redoAction");
        QCOMPARE(taskA().local.name, QStringLiteral("imported"));
        QCOMPARE(taskA().state, state);
        verifyRefused("redo", QStringLiteral("imported"));
        QVERIFY(!undoStack()->canRedo());
    }

    void undoAfterAConflictResolutionKeepsTheResolution()
    {
        renameTaskA(QStringLiteral("mine"));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("theirs")}}));
        QVERIFY(!syncTasks() || taskA().state == SyncState::Conflict);
        QCOMPARE(taskA().state, SyncState::Conflict);
        QVERIFY(tasks().resolveConflict(taskA().localId, *taskA().remote)); // take theirs
        QCOMPARE(taskA().local.name, QStringLiteral("theirs"));

        press("undoAction");
        QCOMPARE(taskA().local.name, QStringLiteral("theirs"));
        QCOMPARE(taskA().state, SyncState::Clean);
        verifyRefused("undo", QStringLiteral("theirs"));
    }

    void undoAfterTheServerDeletedIt()
    {
        renameTaskA(QStringLiteral("mine"));
        QVERIFY(syncTasks());
        QVERIFY(m_server.deleteSvctask(kSeedId));
        QVERIFY(syncTasks());
        QVERIFY(!tasks().localIdForUuid(kSeedId));

        press("undoAction");
        QVERIFY(!tasks().localIdForUuid(kSeedId)); // not brought back as a new record
        verifyRefused("undo", QStringLiteral("mine"));
    }

    void seriesRedoAfterAPullKeepsTheServersValue()
    {
        showPage(QStringLiteral("Task series"));
        renameTaskOne(QStringLiteral("mine"));
        press("undoAction");
        QCOMPARE(taskOne().local.name, QStringLiteral("task 1"));
        QCOMPARE(taskOne().state, SyncState::Clean);
        QVERIFY(m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("priority"), QStringLiteral("NORMAL")}}) == 200);
        QVERIFY(syncSeries());
        QCOMPARE(taskOne().local.priority, QStringLiteral("NORMAL"));

        press("redoAction");
        QCOMPARE(taskOne().local.name, QStringLiteral("task 1"));
        QCOMPARE(taskOne().local.priority, QStringLiteral("NORMAL"));
        QCOMPARE(taskOne().state, SyncState::Clean);
        verifyRefused("redo", QStringLiteral("task 1"));
    }

    void seriesUndoAfterAnImportKeepsTheImportedValue()
    {
        showPage(QStringLiteral("Task series"));
        renameTaskOne(QStringLiteral("mine"));
        QVERIFY(importDocument(renamedInDocument(QStringLiteral("series"), kTaskOne, QStringLiteral("imported"))));
        QCOMPARE(taskOne().local.name, QStringLiteral("imported"));
        const SyncState state = taskOne().state;

        press("undoAction");
        QCOMPARE(taskOne().local.name, QStringLiteral("imported"));
        QCOMPARE(taskOne().state, state);
        verifyRefused("undo", QStringLiteral("imported"));
        QVERIFY(!undoStack()->canUndo());
    }
};

QTEST_MAIN(TestUndoStale)
#include "tst_undostale.moc"
