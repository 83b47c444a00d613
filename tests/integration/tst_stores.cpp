// The stores: what a user's edits, deletes and the sync bookkeeping leave in the
// database, and that a failed write leaves nothing half-done.
#include "DatabaseTest.h"

#include "domain/Validator.h"
#include "io/DocumentImporter.h"
#include "io/TransferDocument.h"
#include "storage/Database.h"
#include "storage/RecordQuery.h"
#include "storage/ServiceTaskBatch.h"
#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

namespace {

ServiceTask sampleTask(const QString &name)
{
    ServiceTask t;
    t.name = name;
    t.scriptCode = QStringLiteral("dialByCallList");
    t.isRegular = true;
    t.intervalSec = 3600;
    Timestamp::parse(QStringLiteral("2019-02-20T08:00:00Z"), &t.dtStart);
    Timestamp::parse(QStringLiteral("2020-02-20T08:00:00Z"), &t.dtStop);
    t.setTitle(QStringLiteral("Заголовок"));
    t.periods = QJsonArray{QJsonObject{{QStringLiteral("day"), QStringLiteral("mon")}}};
    t.extra.insert(QStringLiteral("vendorField"), 7);
    return t;
}

Action action(const QString &name, const QString &type, const QString &id = QString())
{
    Action a;
    a.name = name;
    a.type = type;
    a.seriesId = id;
    return a;
}

TaskSeries sampleSeries()
{
    TaskSeries s;
    s.name = QStringLiteral("Обход");
    Timestamp::parse(QStringLiteral("2023-03-06T18:00:00.000Z"), &s.startAt);
    Timestamp::parse(QStringLiteral("2023-03-06T21:00:00.000Z"), &s.endAt);
    s.priority = QStringLiteral("MAJOR");
    s.tags = {QStringLiteral("ночь")};
    Step gate;
    gate.name = QStringLiteral("Ворота");
    gate.pointId = QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2");
    gate.actions = {action(QStringLiteral("Открыты?"), QStringLiteral("BOOLEAN"), QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5ebe0")),
                    action(QStringLiteral("Заметки"), QStringLiteral("TEXT"))};
    gate.extra.insert(QStringLiteral("color"), QStringLiteral("green"));
    Step empty;
    empty.name = QStringLiteral("Склад");
    Step last;
    last.name = QStringLiteral("Крыша");
    Action number = action(QStringLiteral("Температура"), QStringLiteral("NUMBER"));
    number.setMinValue(-40);
    number.setMaxValue(60);
    last.actions = {number};
    s.steps = {gate, empty, last};
    return s;
}

} // namespace

class TestStores : public DatabaseTest
{
    Q_OBJECT

private slots:
    void createdTaskIsNewWithAClientUuid()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        QSignalSpy inserted(&store, &ServiceTaskStore::inserted);
        const auto id = store.create(sampleTask(QStringLiteral("Обзвон")));
        QVERIFY2(id, qPrintable(store.errorString()));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toLongLong(), *id);

        const auto stored = store.get(*id);
        QVERIFY(stored);
        QCOMPARE(stored->state, SyncState::New);
        QVERIFY(Validator::isUuid(stored->local.id));
        QVERIFY(!stored->base);
        QCOMPARE(stored->revision, 1);
        ServiceTask expected = sampleTask(QStringLiteral("Обзвон"));
        expected.id = stored->local.id;
        QCOMPARE(stored->local, expected);
        QCOMPARE(store.localIdForUuid(stored->local.id), id);
    }

    void editsMoveThroughTheSyncStates()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = *store.create(sampleTask(QStringLiteral("A")));
        ServiceTask task = store.get(id)->local;

        task.name = QStringLiteral("A2");
        QVERIFY(store.saveLocal(id, task));
        QCOMPARE(store.get(id)->state, SyncState::New); // never synced: still new
        QCOMPARE(store.get(id)->revision, 2);

        // The server confirms revision 2.
        ServiceTask server = task;
        server.ext.insert(QStringLiteral("lwt"), QStringLiteral("2024-01-01T00:00:00Z"));
        QVERIFY(store.markSynced(id, 2, server));
        auto stored = store.get(id);
        QCOMPARE(stored->state, SyncState::Clean);
        QCOMPARE(stored->local, server);
        QCOMPARE(*stored->base, server);

        task = stored->local;
        task.isEnabled = true;
        QVERIFY(store.saveLocal(id, task));
        QCOMPARE(store.get(id)->state, SyncState::Modified);

        task.isEnabled = false; // back to what the server has: nothing to push
        QVERIFY(store.saveLocal(id, task));
        QCOMPARE(store.get(id)->state, SyncState::Clean);

        QSignalSpy removed(&store, &ServiceTaskStore::removed);
        QVERIFY(store.remove(id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(store.get(id)->state, SyncState::Deleted); // kept until the delete is pushed
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.count(true), 1);
        QVERIFY(store.all().isEmpty());
        QCOMPARE(store.all(true).size(), 1);
    }

    void deletingANewTaskRemovesIt()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = *store.create(sampleTask(QStringLiteral("draft")));
        QVERIFY(store.remove(id));
        QVERIFY(!store.get(id));
        QCOMPARE(store.count(true), 0);
    }

    void editDuringSyncStaysDirty()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = *store.create(sampleTask(QStringLiteral("sent")));
        const StoredServiceTask sent = *store.get(id);
        ServiceTask edited = sent.local;
        edited.name = QStringLiteral("edited while the push was under way");
        QVERIFY(store.saveLocal(id, edited));

        QVERIFY(store.markSynced(id, sent.revision, sent.local));
        const auto stored = store.get(id);
        QCOMPARE(stored->local.name, edited.name);
        QCOMPARE(stored->base->name, QStringLiteral("sent"));
        QCOMPARE(stored->state, SyncState::Modified);
    }

    void deleteDuringSyncStaysDeleted()
    {
        // Synced, edited, the PATCH goes out, then the user deletes it: neither the
        // PATCH answer nor a refusal of it brings the record back.
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = *store.create(sampleTask(QStringLiteral("sent")));
        QVERIFY(store.markSynced(id, 1, store.get(id)->local));
        ServiceTask edited = store.get(id)->local;
        edited.name = QStringLiteral("edited");
        QVERIFY(store.saveLocal(id, edited));
        const StoredServiceTask sent = *store.get(id);
        QVERIFY(store.remove(id));
        QVERIFY(store.markSynced(id, sent.revision, sent.local));
        QCOMPARE(store.get(id)->state, SyncState::Deleted);
        QCOMPARE(store.get(id)->base->name, QStringLiteral("edited"));
        QVERIFY(store.markFailed(id, QStringLiteral("400 refused")));
        QCOMPARE(store.get(id)->state, SyncState::Deleted);
        QCOMPARE(store.count(), 0);
        // A refused DELETE shows it again, with why.
        QVERIFY(store.markFailed(id, QStringLiteral("403 forbidden"), SyncEvent::DeleteRefused));
        QCOMPARE(store.get(id)->state, SyncState::Error);
    }

    void deletingATaskWhoseCreateWasSentKeepsItAsDeleted()
    {
        // Its POST may have reached the server: a DELETE must follow, so the row stays.
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = *store.create(sampleTask(QStringLiteral("posted")));
        QVERIFY(store.setPushAttempted(id, store.get(id)->revision, store.get(id)->local));
        const StoredServiceTask sent = *store.get(id);
        QVERIFY(store.remove(id));
        QCOMPARE(store.get(id)->state, SyncState::Deleted);
        QCOMPARE(store.count(), 0);
        ServiceTask server = sent.local;
        server.ext.insert(QStringLiteral("lwt"), QStringLiteral("2024-01-01T00:00:00Z"));
        QVERIFY(store.markSynced(id, sent.revision, server));
        QCOMPARE(store.get(id)->state, SyncState::Deleted);
        QCOMPARE(*store.get(id)->base, server);
    }

    void seriesDeletedDuringAPushStaysDeleted()
    {
        TaskSeriesStore &store = m_ws->series();
        const qint64 id = *store.create(sampleSeries());
        QVERIFY(store.markSynced(id, 1, store.get(id)->local));
        TaskSeries edited = store.get(id)->local;
        edited.name = QStringLiteral("edited");
        QVERIFY(store.saveLocal(id, edited));
        const auto sent = *store.get(id);
        QVERIFY(store.remove(id));
        QVERIFY(store.markSynced(id, sent.revision, sent.local));
        QCOMPARE(store.get(id)->state, SyncState::Deleted);
        QCOMPARE(store.count(), 0);
    }

    void invalidTaskIsKeptAsAFlaggedDraft()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        ServiceTask task = sampleTask(QString());
        const auto id = store.create(task);
        QVERIFY(id);
        QVERIFY(!store.get(*id)->valid);
        task = store.get(*id)->local;
        task.name = QStringLiteral("named now");
        QVERIFY(store.saveLocal(*id, task));
        QVERIFY(store.get(*id)->valid);
    }

    void idCannotChange()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = *store.create(sampleTask(QStringLiteral("x")));
        ServiceTask task = store.get(id)->local;
        const QString original = task.id;
        task.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(!store.saveLocal(id, task));
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(store.get(id)->local.id, original);
    }

    void seriesKeepsStepsAndActionsInOrder()
    {
        TaskSeriesStore &store = m_ws->series();
        const TaskSeries series = sampleSeries();
        const auto id = store.create(series);
        QVERIFY2(id, qPrintable(store.errorString()));
        auto stored = store.get(*id);
        QVERIFY(stored);
        QCOMPARE(stored->local, series);
        QCOMPARE(stored->state, SyncState::New);

        // Reorder: the last step first, an action moved to another step.
        TaskSeries edited = stored->local;
        std::swap(edited.steps[0], edited.steps[2]);
        edited.steps[1].actions.append(edited.steps[2].actions.takeFirst());
        edited.description = QStringLiteral("описание");
        QVERIFY(store.saveLocal(*id, edited));
        stored = store.get(*id);
        QCOMPARE(stored->local, edited);
        QCOMPARE(stored->local.steps[1].actions[0].seriesId, QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5ebe0"));
        QCOMPARE(stored->revision, 2);
    }

    void seriesSplitKeepsTheOldIdInHistory()
    {
        TaskSeriesStore &store = m_ws->series();
        TaskSeries series = sampleSeries();
        series.seriesId = QStringLiteral("475c2d64-b564-4f17-9833-ac3793ee43b4");
        const qint64 id = *store.create(series);
        TaskSeries server = series;
        server.seriesId = QStringLiteral("d6f4c4ff-f402-45b2-b7d7-b009fd16e44d");
        QVERIFY(store.markSynced(id, 1, server));
        const auto stored = store.get(id);
        QCOMPARE(stored->local.seriesId, server.seriesId);
        QCOMPARE(stored->seriesIdHistory, QStringList{series.seriesId});
        QCOMPARE(stored->state, SyncState::Clean);
        QCOMPARE(store.localIdForSeriesId(server.seriesId), id);
        QVERIFY(!store.localIdForSeriesId(series.seriesId));
    }

    void failedSeriesWriteLeavesNothingBehind()
    {
        TaskSeriesStore &store = m_ws->series();
        const qint64 id = *store.create(sampleSeries());
        const StoredTaskSeries before = *store.get(id);
        // The database refuses one action row half-way through the write.
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON action WHEN NEW.name = 'boom'"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));

        TaskSeries edited = before.local;
        edited.name = QStringLiteral("renamed");
        edited.steps[0].name = QStringLiteral("first renamed");
        edited.steps[2].actions.append(action(QStringLiteral("boom"), QStringLiteral("TEXT")));
        QSignalSpy changed(&store, &TaskSeriesStore::changed);
        QVERIFY(!store.saveLocal(id, edited));
        QVERIFY(store.errorString().contains(QLatin1String("refused by test")));
        QCOMPARE(changed.count(), 0);

        const StoredTaskSeries after = *store.get(id);
        QCOMPARE(after.local, before.local);
        QCOMPARE(after.revision, before.revision);
        QCOMPARE(m_ws->database().transactionDepth(), 0);
    }

    void failedImportLeavesNothingBehind()
    {
        QVERIFY(m_ws->serviceTasks().create(sampleTask(QStringLiteral("existing"))));
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON step WHEN NEW.name = 'boom'"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        TransferDocument document;
        document.svctasks = {sampleTask(QStringLiteral("one")), sampleTask(QStringLiteral("two"))};
        TaskSeries bad = sampleSeries();
        bad.steps[1].name = QStringLiteral("boom");
        document.series = {sampleSeries(), bad};

        DocumentImporter importer(m_ws->database(), m_ws->serviceTasks(), m_ws->series());
        QVERIFY(!importer.importDocument(document));
        QVERIFY(importer.errors().join(QString()).contains(QLatin1String("series[1]")));
        QCOMPARE(m_ws->serviceTasks().count(true), 1);
        QCOMPARE(m_ws->series().count(true), 0);
    }

    void importReplacesTheLocalCopyOfAKnownId()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = *store.create(sampleTask(QStringLiteral("before")));
        const ServiceTask synced = store.get(id)->local;
        QVERIFY(store.markSynced(id, 1, synced));

        ServiceTask replacement = synced;
        replacement.name = QStringLiteral("after");
        TransferDocument document;
        document.svctasks = {replacement, sampleTask(QStringLiteral("brand new"))};
        DocumentImporter importer(m_ws->database(), store, m_ws->series());
        QVERIFY2(importer.importDocument(document), qPrintable(importer.errors().join(QLatin1Char('\n'))));
        QCOMPARE(importer.counts().svctasksReplaced, 1);
        QCOMPARE(importer.counts().svctasksCreated, 1);
        QCOMPARE(store.count(), 2);
        const auto stored = store.get(id);
        QCOMPARE(stored->local.name, QStringLiteral("after"));
        QCOMPARE(stored->base->name, QStringLiteral("before"));
        QCOMPARE(stored->state, SyncState::Modified); // a local edit, to be pushed
    }

    void bulkBatchRefusedHalfWayLeavesNothingBehind()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        QVERIFY(store.create(sampleTask(QStringLiteral("existing"))));
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON svctask WHEN NEW.name = 'boom'"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        {
            ServiceTaskBatch batch(store, 3, ServiceTaskBatch::Indexing::Bulk);
            QVERIFY(batch.isActive());
            QVERIFY(batch.isBulk());
            QCOMPARE(batch.writeLocal(sampleTask(QStringLiteral("one")), true), ServiceTaskBatch::Outcome::Created);
            QCOMPARE(batch.writeLocal(sampleTask(QStringLiteral("boom")), true), ServiceTaskBatch::Outcome::Failed);
            QVERIFY(batch.errorString().contains(QLatin1String("refused by test")));
        } // not committed: rolled back
        QCOMPARE(store.count(true), 1);
        QCOMPARE(m_ws->database().transactionDepth(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='trigger' AND name LIKE 'svctask_fts_%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3); // the full-text triggers are back
    }

    void bulkBatchKeepsSearchAndSignalsOnce()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        QSignalSpy inserted(&store, &ServiceTaskStore::inserted);
        QSignalSpy rowsChanged(&store, &ServiceTaskStore::rowsChanged);
        ServiceTask known = sampleTask(QStringLiteral("Обзвон первый"));
        known.id = QStringLiteral("86228b15-6a4c-4c3e-9d43-1d2a6b0c7e11");
        {
            ServiceTaskBatch batch(store, 3, ServiceTaskBatch::Indexing::Bulk);
            QVERIFY(batch.isBulk());
            QCOMPARE(batch.writeLocal(known, true), ServiceTaskBatch::Outcome::Created);
            QCOMPARE(batch.writeLocal(sampleTask(QStringLiteral("Очистка")), true), ServiceTaskBatch::Outcome::Created);
            QVERIFY2(batch.commit(), qPrintable(batch.errorString()));
        }
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(rowsChanged.count(), 1);
        ServiceTaskQuery query(m_ws->database());
        QCOMPARE(query.ids({QStringLiteral("обзвон"), false}, QString(), false).size(), 1);
        QCOMPARE(query.ids({QStringLiteral("о"), false}, QString(), false).size(), 2);
        // The triggers are back: a later edit is found by its new text only.
        const auto found = store.localIdForUuid(known.id);
        QVERIFY(found);
        const qint64 id = *found;
        ServiceTask renamed = store.get(id)->local;
        renamed.name = QStringLiteral("Выгрузка");
        QVERIFY(store.saveLocal(id, renamed));
        QCOMPARE(query.ids({QStringLiteral("обзвон"), false}, QString(), false).size(), 0);
        QCOMPARE(query.ids({QStringLiteral("выгрузка"), false}, QString(), false).size(), 1);
    }

    void batchReplaceIsALocalEditAndPulledRecordsAreClean()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        ServiceTask pulled = sampleTask(QStringLiteral("from the server"));
        pulled.id = QStringLiteral("380daae6-016c-cdd4-606e-50e54938780c");
        qint64 id = 0;
        {
            ServiceTaskBatch batch(store, 1);
            QVERIFY(!batch.isBulk());
            const auto inserted = batch.insertPulled(pulled);
            QVERIFY2(inserted, qPrintable(batch.errorString()));
            id = *inserted;
            QVERIFY(batch.commit());
        }
        QCOMPARE(store.get(id)->state, SyncState::Clean);
        QCOMPARE(*store.get(id)->base, store.get(id)->local);

        ServiceTask edited = pulled;
        edited.name = QStringLiteral("edited here");
        {
            ServiceTaskBatch batch(store, 1);
            QCOMPARE(batch.writeLocal(edited, true), ServiceTaskBatch::Outcome::Replaced);
            QVERIFY(batch.commit());
        }
        const auto stored = store.get(id);
        QCOMPARE(stored->state, SyncState::Modified);
        QCOMPARE(stored->revision, 2);
        QCOMPARE(stored->local.name, QStringLiteral("edited here"));
        // A sync that sent revision 1 does not take the edit as sent: it stays pending.
        QVERIFY(store.markSynced(id, 1, pulled));
        QCOMPARE(store.get(id)->state, SyncState::Modified);
        QCOMPARE(store.get(id)->local.name, QStringLiteral("edited here"));
    }

    // What the table's Hold and Sync selected ask at every selection change: only about
    // the selected rows, however many are unsynced, and for a selection of any size.
    void selectedRowsAreAskedAboutInOneGo()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        QVector<qint64> clean;
        {
            ServiceTaskBatch batch(store, 2, ServiceTaskBatch::Indexing::RowByRow);
            for (const char *uuid : {"3f1c2b7e-0000-4000-8000-0000000000a1", "3f1c2b7e-0000-4000-8000-0000000000a2"}) {
                ServiceTask pulled = sampleTask(QStringLiteral("Сервер"));
                pulled.id = QLatin1String(uuid);
                clean.append(*batch.insertPulled(pulled));
            }
            QVERIFY(batch.commit());
        }
        QVector<qint64> created;
        for (int i = 0; i < 3000; ++i)
            created.append(*store.create(sampleTask(QStringLiteral("Новая %1").arg(i))));
        QVERIFY(store.setHeld(created.at(1), true));

        QCOMPARE(store.unsyncedAmong({}), QSet<qint64>());
        const QVector<qint64> mixed{clean.at(0), created.at(0), created.at(1), 999999};
        QCOMPARE(store.unsyncedAmong(mixed), (QSet<qint64>{created.at(0), created.at(1)}));
        QCOMPARE(store.sendableAmong(mixed), QSet<qint64>{created.at(0)});
        QVector<qint64> everything = clean + created;
        QCOMPARE(store.unsyncedAmong(everything).size(), 3000);
        QCOMPARE(store.sendableAmong(everything).size(), 2999);

        // The pending changes list: the oldest few, and how many there are in all.
        QCOMPARE(store.firstUnsyncedIds(3), created.mid(0, 3));
        QCOMPARE(store.unsyncedCount(), 3000);
        QCOMPARE(store.firstUnsyncedIds(-1), store.unsyncedIds());
    }

    // The status bar's "to send" counts and the table's "shown of" count, over every mix of
    // state, hold and validity, against the rule counted row by row here.
    void pendingCountsSortEveryRecordIntoOneBucket()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        struct Row { SyncState state; bool held; bool valid; };
        QVector<Row> rows;
        for (SyncState state : {SyncState::New, SyncState::Clean, SyncState::Modified, SyncState::Deleted,
                                SyncState::Conflict, SyncState::Error})
            for (bool held : {false, true})
                for (bool valid : {false, true})
                    for (int copies = 0; copies < 1 + int(state) + 2 * held + 3 * valid; ++copies)
                        rows.append({state, held, valid});
        RecordStore::PendingCounts expected;
        int notDeleted = 0;
        for (const Row &row : rows) {
            const qint64 id = *store.create(sampleTask(QStringLiteral("Запись")));
            QSqlQuery q(m_ws->database().connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE svctask SET sync_state=%1, held=%2, valid=%3 WHERE local_id=%4")
                               .arg(int(row.state)).arg(int(row.held)).arg(int(row.valid)).arg(id)));
            notDeleted += row.state != SyncState::Deleted;
            if (row.state != SyncState::New && row.state != SyncState::Modified && row.state != SyncState::Deleted)
                continue;
            if (row.state != SyncState::Deleted && !row.valid)
                ++expected.drafts;
            else if (row.held)
                ++expected.held;
            else
                ++(row.state == SyncState::New ? expected.created
                   : row.state == SyncState::Modified ? expected.changed : expected.deleted);
        }
        const RecordStore::PendingCounts counts = store.pendingCounts();
        QCOMPARE(counts.created, expected.created);
        QCOMPARE(counts.changed, expected.changed);
        QCOMPARE(counts.deleted, expected.deleted);
        QCOMPARE(counts.held, expected.held);
        QCOMPARE(counts.drafts, expected.drafts);
        QCOMPARE(store.count(), notDeleted);
        QCOMPARE(store.count(true), int(rows.size()));
    }

    void hundredThousandTasksGoInAndComeBack()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        constexpr int total = 100000;
        {
            Transaction tx(m_ws->database());
            for (int i = 0; i < total; ++i) {
                ServiceTask task = sampleTask(QStringLiteral("Задача %1").arg(i));
                task.intervalSec = i + 1;
                QVERIFY(store.create(task));
            }
            QVERIFY(tx.commit());
        }
        QCOMPARE(store.count(), total);
        const QVector<StoredServiceTask> all = store.all();
        QCOMPARE(all.size(), total);
        QSet<QString> ids;
        for (int i = 0; i < total; ++i) {
            if (all.at(i).local.name != QStringLiteral("Задача %1").arg(i) || all.at(i).local.intervalSec != i + 1)
                QFAIL(qPrintable(QStringLiteral("row %1 came back as %2").arg(i).arg(all.at(i).local.name)));
            ids.insert(all.at(i).local.id);
        }
        QCOMPARE(ids.size(), total);
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
