// A local id names one record for the life of the database file: a new record never gets
// the id of one deleted before (by the user, or by a sync that drops it), also after the
// file is closed and opened again; and undo/redo name service tasks and series the same
// way, by that id, so undoing a delete across a sync re-creates the record under its id
// and never touches the record that came in meanwhile. Through the undo editors the
// window uses, a real database file and the reference server on loopback.
#include "SyncTest.h"

#include "storage/ServiceTaskBatch.h"
#include "storage/Workspace.h"
#include "sync/HttpClient.h"
#include "sync/ServiceTaskSync.h"
#include "sync/TaskSeriesSync.h"
#include "undo/UndoServiceTaskEditor.h"
#include "undo/UndoTaskSeriesEditor.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

// On SyncTest, with a server that starts empty: every record is one the test made.
class TestLocalIdentity : public SyncTest
{
    Q_OBJECT

public:
    TestLocalIdentity() : SyncTest(QStringLiteral("identity-")) {}

private:
    ServiceTaskStore &tasks() { return m_ws->serviceTasks(); }
    TaskSeriesStore &series() { return m_ws->series(); }

    // Syncs with the client's own retries and time-outs, as the app sends; true when whole.
    bool syncTasks() { return SyncTest::syncTasks({}, 50, HttpClient::Options()).exitCode() == 0; }
    bool syncSeries() { return SyncTest::syncSeries({}, 50, HttpClient::Options()).exitCode() == 0; }

    template<typename Store>
    static qint64 newestId(Store &store)
    {
        qint64 newest = 0;
        for (const auto &record : store.all(true))
            newest = std::max(newest, record.localId);
        return newest;
    }

    std::optional<qint64> createTask(const QString &name)
    {
        ServiceTask task;
        task.name = name;
        return tasks().create(task);
    }

    std::optional<qint64> createSeries(const QString &name)
    {
        TaskSeries s;
        s.name = name;
        return series().create(s);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), "the reference server did not start"); }

    void init()
    {
        m_ws = m_db.openNew();
        QVERIFY(m_ws);
    }

    // SQLite alone numbers a row one past the highest id left, so the newest record's id
    // went to the next record once the newest was deleted.
    void newTaskAfterTheNewestIsDroppedGetsANewId()
    {
        const auto first = createTask(QStringLiteral("first"));
        const auto newest = createTask(QStringLiteral("newest"));
        QVERIFY(first && newest);
        QVERIFY(tasks().dropDeleted(*newest)); // as a sync does once the server confirmed a delete
        QVERIFY(!tasks().get(*newest));
        const auto next = createTask(QStringLiteral("next"));
        QVERIFY(next);
        QVERIFY2(*next > *newest, qPrintable(QStringLiteral("%1 after %2").arg(*next).arg(*newest)));

        // Closed and opened again, the file still knows.
        QVERIFY(tasks().remove(*next)); // never synced: the row goes at once
        m_ws.reset();
        m_ws = m_db.reopen();
        QVERIFY(m_ws);
        const auto afterReopen = createTask(QStringLiteral("after reopen"));
        QVERIFY(afterReopen);
        QVERIFY(*afterReopen > *next);
        QCOMPARE(tasks().get(*first)->local.name, QStringLiteral("first"));
    }

    void newSeriesAfterTheNewestIsDroppedGetsANewId()
    {
        const auto first = createSeries(QStringLiteral("first"));
        const auto newest = createSeries(QStringLiteral("newest"));
        QVERIFY(first && newest);
        QVERIFY(series().remove(*newest));
        QVERIFY(!series().get(*newest));
        const auto next = createSeries(QStringLiteral("next"));
        QVERIFY(next);
        QVERIFY(*next > *newest);

        QVERIFY(series().remove(*next));
        m_ws.reset();
        m_ws = m_db.reopen();
        QVERIFY(m_ws);
        const auto afterReopen = createSeries(QStringLiteral("after reopen"));
        QVERIFY(afterReopen);
        QVERIFY(*afterReopen > *next);
    }

    // The import and the pull write service tasks in batches, with their own INSERT.
    void batchWriteAfterTheNewestIsDroppedGetsANewId_data()
    {
        QTest::addColumn<int>("indexing");
        QTest::newRow("row by row") << int(ServiceTaskBatch::Indexing::RowByRow);
        QTest::newRow("bulk") << int(ServiceTaskBatch::Indexing::Bulk);
    }

    void batchWriteAfterTheNewestIsDroppedGetsANewId()
    {
        QFETCH(int, indexing);
        const auto newest = createTask(QStringLiteral("newest"));
        QVERIFY(newest);
        QVERIFY(tasks().dropDeleted(*newest));
        ServiceTask written;
        written.id = QStringLiteral("0b7a34f4-5c55-4a4b-9c1c-3f0e1d1f0a01");
        written.name = QStringLiteral("imported");
        ServiceTask pulled = written;
        pulled.id = QStringLiteral("0b7a34f4-5c55-4a4b-9c1c-3f0e1d1f0a02");
        {
            ServiceTaskBatch batch(tasks(), 2, ServiceTaskBatch::Indexing(indexing));
            QCOMPARE(batch.writeLocal(written, true), ServiceTaskBatch::Outcome::Created);
            QVERIFY(batch.insertPulled(pulled));
            QVERIFY2(batch.commit(), qPrintable(batch.errorString()));
        }
        const auto writtenId = tasks().localIdForUuid(written.id);
        const auto pulledId = tasks().localIdForUuid(pulled.id);
        QVERIFY(writtenId && pulledId);
        QVERIFY(*writtenId > *newest);
        QVERIFY(*pulledId > *newest);
        QVERIFY(*writtenId != *pulledId);
        QCOMPARE(tasks().count(true), 2);
    }

    // The newest series is deleted here and on the server (TARGPatrol has no API to delete
    // one: the delete here waits), the sync drops the row, and a series comes in (an
    // import); the delete's undo brings back the deleted series under its id, its redo
    // deletes it again, and the series that came in is never touched.
    void undoAndRedoOfASeriesDeleteAcrossASync()
    {
        QVERIFY(m_server.reseed());
        QVERIFY(syncSeries());
        QUndoStack stack;
        UndoTaskSeriesEditor editor(series(), stack);
        const qint64 deleted = newestId(series());
        const StoredTaskSeries was = *series().get(deleted);
        QVector<TaskSeriesChange> remove{{deleted, was.local, std::nullopt}};
        QString error;
        QVERIFY2(editor.apply(QStringLiteral("delete"), remove, &error), qPrintable(error));
        QCOMPARE(m_server.admin("DELETE", QStringLiteral("series/") + was.local.seriesId) / 100, 2);
        QVERIFY(syncSeries());
        QVERIFY(!series().get(deleted)); // gone on both sides: the row is gone
        const auto cameIn = createSeries(QStringLiteral("came in"));
        QVERIFY(cameIn);
        QVERIFY(*cameIn != deleted);

        QSignalSpy failures(&editor, &UndoTaskSeriesEditor::failed);
        stack.undo();
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
        QVERIFY(series().get(deleted));
        QCOMPARE(series().get(deleted)->local.name, was.local.name);
        QCOMPARE(series().get(deleted)->state, SyncState::New);
        QCOMPARE(series().get(*cameIn)->local.name, QStringLiteral("came in"));

        stack.redo();
        QVERIFY(failures.isEmpty());
        QVERIFY(!series().get(deleted));
        QCOMPARE(series().get(*cameIn)->local.name, QStringLiteral("came in"));
        stack.undo();
        QVERIFY(failures.isEmpty());
        QCOMPARE(series().get(deleted)->local.name, was.local.name);
    }

    void undoAndRedoOfATaskDeleteAcrossASync()
    {
        QVERIFY(m_server.reseed());
        QVERIFY(syncTasks());
        QUndoStack stack;
        UndoServiceTaskEditor editor(tasks(), stack);
        const qint64 deleted = newestId(tasks());
        const StoredServiceTask was = *tasks().get(deleted);
        QString error;
        QVERIFY2(editor.apply(QStringLiteral("delete"), {{deleted, was.local, std::nullopt}}, &error), qPrintable(error));
        QVERIFY(syncTasks());
        QVERIFY(!tasks().get(deleted));
        QCOMPARE(m_server.admin("GET", QStringLiteral("svctasks/") + was.local.id), 404);
        const auto cameIn = createTask(QStringLiteral("came in"));
        QVERIFY(cameIn);
        QVERIFY(*cameIn != deleted);

        QSignalSpy failures(&editor, &UndoServiceTaskEditor::failed);
        stack.undo();
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
        QCOMPARE(tasks().get(deleted)->local.name, was.local.name);
        QCOMPARE(tasks().get(deleted)->state, SyncState::New);
        stack.redo();
        QVERIFY(failures.isEmpty());
        QVERIFY(!tasks().get(deleted));
        QCOMPARE(tasks().get(*cameIn)->local.name, QStringLiteral("came in"));
        stack.undo();
        QVERIFY(failures.isEmpty());
        // Sent again as a new task: the user took the delete back.
        QVERIFY(syncTasks());
        QCOMPARE(tasks().get(deleted)->state, SyncState::Clean);
        QCOMPARE(m_server.svctask(tasks().get(deleted)->local.id).value(QStringLiteral("name")).toString(), was.local.name);
    }

    // A rename is sent, the server deletes the series, a sync drops it and a series comes
    // in: the rename's undo is refused with the deleted series' name, nothing is written.
    void undoAcrossASyncThatDeletedTheSeriesIsRefused()
    {
        QVERIFY(m_server.reseed());
        QVERIFY(syncSeries());
        QUndoStack stack;
        UndoTaskSeriesEditor editor(series(), stack);
        const qint64 renamed = newestId(series());
        const StoredTaskSeries was = *series().get(renamed);
        TaskSeries after = was.local;
        after.name = QStringLiteral("renamed here");
        QVector<TaskSeriesChange> rename{{renamed, was.local, after}};
        QString error;
        QVERIFY2(editor.apply(QStringLiteral("rename"), rename, &error), qPrintable(error));
        QVERIFY(syncSeries());
        const QString seriesId = series().get(renamed)->local.seriesId; // as the server numbers it now
        QCOMPARE(m_server.admin("DELETE", QStringLiteral("series/") + seriesId) / 100, 2);
        QVERIFY(syncSeries());
        QVERIFY(!series().get(renamed));
        const auto cameIn = createSeries(QStringLiteral("came in"));
        QVERIFY(cameIn);

        QSignalSpy failures(&editor, &UndoTaskSeriesEditor::failed);
        stack.undo();
        QCOMPARE(failures.size(), 1);
        const QString message = failures.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("Cannot undo")) && message.contains(QLatin1String("renamed here")),
                 qPrintable(message));
        QVERIFY(!series().get(renamed));
        QCOMPARE(series().get(*cameIn)->local.name, QStringLiteral("came in"));
        QCOMPARE(series().get(*cameIn)->state, SyncState::New);
        QCOMPARE(stack.count(), 0);
    }

    void undoAcrossASyncThatDeletedTheTaskIsRefused()
    {
        QVERIFY(m_server.reseed());
        QVERIFY(syncTasks());
        QUndoStack stack;
        UndoServiceTaskEditor editor(tasks(), stack);
        const qint64 renamed = newestId(tasks());
        const StoredServiceTask was = *tasks().get(renamed);
        ServiceTask after = was.local;
        after.name = QStringLiteral("renamed here");
        QString error;
        QVERIFY2(editor.apply(QStringLiteral("rename"), {{renamed, was.local, after}}, &error), qPrintable(error));
        QVERIFY(syncTasks());
        QVERIFY(m_server.deleteSvctask(was.local.id));
        QVERIFY(syncTasks());
        QVERIFY(!tasks().get(renamed));
        const auto cameIn = createTask(QStringLiteral("came in"));
        QVERIFY(cameIn);

        QSignalSpy failures(&editor, &UndoServiceTaskEditor::failed);
        stack.undo();
        QCOMPARE(failures.size(), 1);
        const QString message = failures.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("Cannot undo")) && message.contains(QLatin1String("renamed here")),
                 qPrintable(message));
        QVERIFY(!tasks().get(renamed));
        QVERIFY(!tasks().localIdForUuid(was.local.id));
        QCOMPARE(tasks().get(*cameIn)->local.name, QStringLiteral("came in"));
    }
};

QTEST_MAIN(TestLocalIdentity)
#include "tst_localidentity.moc"
