// The pending changes dock on the real MainWindow, offscreen, against the reference server
// on loopback: the list follows edits live with each field old → new and the counts in the
// status bar; Revert of a field, of a record and of all (asked first, undoable); Hold keeps
// a record from the server; Sync selected sends only the selected records.
#include "GuiActions.h"
#include "MainWindowFixture.h"
#include "SyncTest.h"
#include "WindowSync.h"

#include "Confirmation.h"
#include "MainWindow.h"
#include "itemmodels/ServiceTaskTableModel.h"
#include "pending/PendingChangesDock.h"
#include "servicetasks/ServiceTasksPage.h"
#include "storage/ServiceTaskBatch.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using GuiTest::child;
using namespace Seed;

class TestPendingChanges : public SyncTest
{
    Q_OBJECT

public:
    TestPendingChanges() : SyncTest(QStringLiteral("pending-")) {}

private:
    std::unique_ptr<MainWindow> m_window;

    PendingChangesDock *dock() { return child<PendingChangesDock>(m_window.get(), "pendingChangesDock"); }
    QTreeWidget *tree() { return dock()->tree(); }
    qint64 localId(const QString &uuid) { return m_ws->serviceTasks().localIdForUuid(uuid).value_or(-1); }
    StoredServiceTask stored(const QString &uuid) { return *m_ws->serviceTasks().get(localId(uuid)); }
    QString serverName(const QString &uuid) { return m_server.svctask(uuid).value(QStringLiteral("name")).toString(); }

    SyncReport waitForSync(QSignalSpy &completed) { return WindowSync::waitForSync(completed); }
    SyncReport syncFromWindow() { return WindowSync::syncFromWindow(m_window.get()); }

    // An edit in the table, through the undo stack, as the operator makes it.
    void edit(const QString &uuid, const std::function<void(ServiceTask &)> &change)
    {
        ServiceTaskTableModel *model = m_window->serviceTasksPage()->model();
        const int row = model->rowOf(localId(uuid));
        QVERIFY(row >= 0);
        ServiceTask after = model->recordAt(row)->local;
        change(after);
        QVERIFY(model->commit(row, after, QStringLiteral("edit")));
    }

    void rename(const QString &uuid, const QString &name)
    {
        edit(uuid, [&name](ServiceTask &t) { t.name = name; });
    }

    QTreeWidgetItem *recordItem(const QString &name)
    {
        for (int i = 0; i < tree()->topLevelItemCount(); ++i) {
            if (tree()->topLevelItem(i)->text(0).contains(name))
                return tree()->topLevelItem(i);
        }
        return nullptr;
    }

    QStringList lines(QTreeWidgetItem *item)
    {
        QStringList out;
        for (int i = 0; item && i < item->childCount(); ++i)
            out.append(item->child(i)->text(0));
        return out;
    }

    void select(QTreeWidgetItem *item)
    {
        tree()->clearSelection();
        item->setSelected(true);
        tree()->setCurrentItem(item);
    }

private slots:
    void initTestCase()
    {
        qunsetenv("DISPLAY");
        MainWindowFixture::setUpApplication(QStringLiteral("tst_pendingchanges"));
        qRegisterMetaType<SyncReport>("SyncReport");
        QVERIFY2(startServer(), "the reference server did not start");
    }

    void init()
    {
        QVERIFY(startSession());
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(syncFromWindow().exitCode(), 0);
        QAction *show = child<QAction>(m_window.get(), "showPendingChangesAction");
        QCOMPARE(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
        show->trigger();
        QTRY_VERIFY(dock()->isVisible());
    }

    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
        Confirmation::setHandler({});
    }

    void listFollowsEditsWithFieldsAndCounts()
    {
        QCOMPARE(tree()->topLevelItemCount(), 0);
        QLabel *counts = child<QLabel>(m_window.get(), "pendingCountsLabel");
        QCOMPARE(counts->text(), QStringLiteral("Nothing to send"));

        rename(kSeedId, QStringLiteral("Call the debtors"));
        edit(kSeedId, [](ServiceTask &t) { t.isEnabled = !t.isEnabled; });
        QTRY_VERIFY(recordItem(QStringLiteral("Call the debtors")));
        QTreeWidgetItem *item = recordItem(QStringLiteral("Call the debtors"));
        QCOMPARE(item->text(0), QStringLiteral("Service task «Call the debtors» — Changed here"));
        const QStringList fields = lines(item);
        QVERIFY2(fields.contains(QStringLiteral("Name: %1 → Call the debtors").arg(kSeedName)), qPrintable(fields.join('\n')));
        QVERIFY2(fields.filter(QStringLiteral("Enabled: ")).size() == 1, qPrintable(fields.join('\n')));

        m_window->serviceTasksPage()->createNew();
        QTRY_COMPARE(tree()->topLevelItemCount(), 2);
        QTRY_VERIFY2(counts->text().contains(QLatin1String("new: 1, changed: 1")), qPrintable(counts->text()));

        // Double-click shows the record on its page.
        m_window->serviceTasksPage()->selectId(localId(kOtherId));
        emit tree()->itemDoubleClicked(recordItem(QStringLiteral("Call the debtors")), 0);
        QCOMPARE(m_window->serviceTasksPage()->selectedIds(), QVector<qint64>{localId(kSeedId)});
    }

    void revertOneFieldThenTheRecordUndoably()
    {
        rename(kSeedId, QStringLiteral("Renamed"));
        edit(kSeedId, [](ServiceTask &t) { t.scriptCode = QStringLiteral("other-script"); });
        QTRY_VERIFY(recordItem(QStringLiteral("Renamed")));
        QTreeWidgetItem *item = recordItem(QStringLiteral("Renamed"));
        QTreeWidgetItem *nameLine = nullptr;
        for (int i = 0; i < item->childCount(); ++i) {
            if (item->child(i)->text(0).startsWith(QLatin1String("Name:")))
                nameLine = item->child(i);
        }
        QVERIFY(nameLine);
        select(nameLine);
        child<QAction>(dock(), "pendingRevertAction")->trigger();
        QCOMPARE(stored(kSeedId).local.name, kSeedName);
        QCOMPARE(stored(kSeedId).local.scriptCode, QStringLiteral("other-script"));
        QCOMPARE(stored(kSeedId).state, SyncState::Modified);

        QUndoStack *undo = child<QUndoStack>(m_window.get(), "serviceTasksUndoStack");
        undo->undo(); // one step brings the field back
        QCOMPARE(stored(kSeedId).local.name, QStringLiteral("Renamed"));
        undo->redo();

        QTRY_VERIFY(recordItem(kSeedName));
        select(recordItem(kSeedName));
        child<QAction>(dock(), "pendingRevertAction")->trigger();
        QCOMPARE(stored(kSeedId).state, SyncState::Clean);
        QCOMPARE(stored(kSeedId).local.scriptCode, stored(kSeedId).base->scriptCode);
        QTRY_COMPARE(tree()->topLevelItemCount(), 0);
        undo->undo();
        QCOMPARE(stored(kSeedId).state, SyncState::Modified);
        QTRY_COMPARE(tree()->topLevelItemCount(), 1);
    }

    void revertRemovesARecordNeverSynced()
    {
        const int before = m_ws->serviceTasks().count();
        m_window->serviceTasksPage()->createNew();
        QTRY_COMPARE(tree()->topLevelItemCount(), 1);
        QVERIFY(tree()->topLevelItem(0)->text(0).endsWith(QStringLiteral(" — Created here")));
        select(tree()->topLevelItem(0));
        child<QAction>(dock(), "pendingRevertAction")->trigger();
        QCOMPARE(m_ws->serviceTasks().count(), before);
        child<QUndoStack>(m_window.get(), "serviceTasksUndoStack")->undo();
        QCOMPARE(m_ws->serviceTasks().count(), before + 1);
    }

    void revertAllAsksWithTheCount()
    {
        rename(kSeedId, QStringLiteral("One"));
        rename(kOtherId, QStringLiteral("Two"));
        QTRY_COMPARE(tree()->topLevelItemCount(), 2);
        QString asked;
        bool answer = false;
        Confirmation::setHandler([&](QWidget *, const QString &, const QString &text) {
            asked = text;
            return answer;
        });
        child<QAction>(dock(), "pendingRevertAllAction")->trigger();
        QVERIFY2(asked.contains(QLatin1String("2 records")), qPrintable(asked));
        QCOMPARE(stored(kSeedId).local.name, QStringLiteral("One")); // declined: nothing changed
        answer = true;
        child<QAction>(dock(), "pendingRevertAllAction")->trigger();
        QCOMPARE(stored(kSeedId).state, SyncState::Clean);
        QCOMPARE(stored(kOtherId).state, SyncState::Clean);
        QTRY_COMPARE(tree()->topLevelItemCount(), 0);
    }

    void heldRecordIsShownAndNotSent()
    {
        const QString otherName = serverName(kOtherId);
        rename(kSeedId, QStringLiteral("Goes now"));
        rename(kOtherId, QStringLiteral("Held back"));
        QTRY_VERIFY(recordItem(QStringLiteral("Held back")));
        select(recordItem(QStringLiteral("Held back")));
        child<QAction>(dock(), "pendingHoldAction")->trigger();
        QTRY_VERIFY(recordItem(QStringLiteral("Held back"))->text(0).endsWith(QStringLiteral(" — Changed here · held")));
        QVERIFY(child<QLabel>(m_window.get(), "pendingCountsLabel")->text().contains(QLatin1String("held: 1")));
        // The state column of the table says it too.
        ServiceTaskTableModel *model = m_window->serviceTasksPage()->model();
        QTRY_COMPARE(model->index(model->rowOf(localId(kOtherId)), ServiceTaskTableModel::State).data().toString(),
                     QStringLiteral("Modified · held"));

        QCOMPARE(syncFromWindow().exitCode(), 0);
        QCOMPARE(serverName(kSeedId), QStringLiteral("Goes now"));
        QCOMPARE(serverName(kOtherId), otherName);
        QCOMPARE(stored(kOtherId).state, SyncState::Modified);
        QTRY_COMPARE(tree()->topLevelItemCount(), 1);

        select(recordItem(QStringLiteral("Held back")));
        QCOMPARE(child<QAction>(dock(), "pendingHoldAction")->text(), QStringLiteral("Release"));
        child<QAction>(dock(), "pendingHoldAction")->trigger();
        QCOMPARE(syncFromWindow().exitCode(), 0);
        QCOMPARE(serverName(kOtherId), QStringLiteral("Held back"));
    }

    void syncSelectedSendsOnlyTheSelection()
    {
        const QString otherName = serverName(kOtherId);
        rename(kSeedId, QStringLiteral("Selected"));
        rename(kOtherId, QStringLiteral("Left for later"));
        QTRY_VERIFY(recordItem(QStringLiteral("Selected")));
        select(recordItem(QStringLiteral("Selected")));
        QSignalSpy completed(m_window.get(), &MainWindow::syncCompleted);
        child<QAction>(dock(), "pendingSyncSelectedAction")->trigger();
        QCOMPARE(waitForSync(completed).exitCode(), 0);
        QCOMPARE(serverName(kSeedId), QStringLiteral("Selected"));
        QCOMPARE(serverName(kOtherId), otherName);
        QCOMPARE(stored(kOtherId).state, SyncState::Modified);
        // The scope lasted one sync: the next one sends the rest.
        QCOMPARE(syncFromWindow().exitCode(), 0);
        QCOMPARE(serverName(kOtherId), QStringLiteral("Left for later"));
    }

    // After an import every record is pending: the status bar counts them in SQL and the
    // hidden list reads nothing; on show it lists the first 500 and says how many more.
    void anImportOfManyIsCountedNotReadWhileHidden()
    {
        dock()->hide();
        QLabel *counts = child<QLabel>(m_window.get(), "pendingCountsLabel");
        {
            ServiceTaskBatch batch(m_ws->serviceTasks(), 700);
            for (int i = 0; i < 700; ++i) {
                ServiceTask task;
                task.name = QStringLiteral("Imported %1").arg(i);
                QCOMPARE(batch.writeLocal(task, true), ServiceTaskBatch::Outcome::Created);
            }
            QVERIFY(batch.commit());
        }
        QTRY_VERIFY2(counts->text().contains(QLatin1String("new: 700,")), qPrintable(counts->text()));
        QCOMPARE(tree()->topLevelItemCount(), 0); // not read while hidden

        child<QAction>(m_window.get(), "showPendingChangesAction")->trigger();
        QTRY_COMPARE(tree()->topLevelItemCount(), 500);
        QLabel *note = child<QLabel>(dock(), "pendingUnlistedNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QLatin1String("200 more pending records")), qPrintable(note->text()));

        // Revert all covers the unlisted ones too.
        int asked = 0;
        Confirmation::setHandler([&asked](QWidget *, const QString &, const QString &text) {
            ++asked;
            return text.contains(QLatin1String("700 records"));
        });
        child<QAction>(dock(), "pendingRevertAllAction")->trigger();
        QCOMPARE(asked, 1);
        QTRY_COMPARE(counts->text(), QStringLiteral("Nothing to send"));
        QCOMPARE(m_ws->serviceTasks().unsyncedIds().size(), 0);
    }
};

QTEST_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"
