// The pull writes new service tasks in batches: a headless sync killed between two
// batches leaves only whole, clean records, and the next sync reads what was lost,
// and only that. A table model attached to the store keeps its rows while the
// batches arrive, each new row in its sorted place.
#include "RefServer.h"
#include "WriteLockProbe.h"

#include "itemmodels/ServiceTaskTableModel.h"
#include "storage/Workspace.h"
#include "sync/HttpClient.h"
#include "sync/ServiceTaskSync.h"

#include <QPointer>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <optional>
#include <csignal>

namespace {

constexpr int kTasks = 1000;

// Rows committed so far, read through a connection of its own while another process writes.
int committedRows(const QString &path)
{
    const QString name = QStringLiteral("peek");
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM svctask")) && q.next())
                rows = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Holds the pull's first batch open on its worker thread until released: the worker
// waits inside the batch's transaction, the test's thread goes on.
struct HeldBatch
{
    QSemaphore inside;
    QSemaphore release;
    std::atomic<bool> first{true};
    QPointer<QThread> worker; // set on the worker; null once its QThread object is gone

    std::function<void()> hook()
    {
        return [this] {
            if (!first.exchange(false))
                return;
            worker = QThread::currentThread();
            inside.release();
            release.acquire();
        };
    }
};

QVector<qint64> shownIds(const ServiceTaskTableModel &model)
{
    QVector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.localIdAt(row));
    return ids;
}

} // namespace

class TestBatchedPull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RefServer m_server;

    QProcess *startSync(const QString &db)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(TASKDESK_EXECUTABLE), {QStringLiteral("--database"), db, QStringLiteral("--sync"),
                                                             QStringLiteral("--era-url"), m_server.url().toString()});
        return process;
    }

    // A whole pull into `ws` by a fresh engine, its report once it finished.
    std::optional<SyncReport> pullInto(Workspace &ws)
    {
        HttpClient http;
        ServiceTaskSync engine(ws.serviceTasks(), http, m_server.url(), 500);
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        engine.start();
        if (!finished.wait(120000))
            return std::nullopt;
        return engine.report();
    }

    // A record of this database alone, held: the push leaves the server as it is.
    static std::optional<qint64> createHeld(Workspace &ws, const QString &name)
    {
        ServiceTask task;
        task.name = name;
        const auto localId = ws.serviceTasks().create(task);
        if (!localId || !ws.serviceTasks().setHeld(*localId, true))
            return std::nullopt;
        return localId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--generate-svctasks"), QString::number(kTasks),
                                 QStringLiteral("--generate-series"), QStringLiteral("0")}),
                 "the reference server did not start");
    }

    void killedBetweenBatchesLosesOnlyThatBatch()
    {
        const QString db = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QVERIFY(m_server.resetStats());
        // Slow reads: the kill lands while batches are still being written.
        QVERIFY(m_server.faults(QStringLiteral("delay=20@GET")));
        QProcess *process = startSync(db);
        QVERIFY(process->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(committedRows(db) >= 50, 60000);
        ::kill(pid_t(process->processId()), SIGKILL);
        QVERIFY(process->waitForFinished(10000));
        QVERIFY(m_server.resetFaults());

        int survivors = 0;
        {
            Workspace ws;
            QVERIFY2(ws.open(db), qPrintable(ws.errorString()));
            const QVector<StoredServiceTask> all = ws.serviceTasks().all(true);
            survivors = int(all.size());
            QVERIFY2(survivors < kTasks, "the sync finished before it was killed");
            for (const StoredServiceTask &record : all) {
                QCOMPARE(record.state, SyncState::Clean); // whole: its server copy is its base
                QVERIFY(record.base);
                QCOMPARE(record.local.id, record.base->id);
                QVERIFY(!record.local.name.isEmpty());
            }
        }
        QVERIFY(m_server.resetStats());
        QProcess *again = startSync(db);
        QVERIFY(again->waitForFinished(120000));
        QVERIFY2(again->exitCode() == 0, qPrintable(QString::fromUtf8(again->readAllStandardError())));
        // What the kill lost is read again, and nothing else.
        QCOMPARE(m_server.stats().value(QStringLiteral("GET /rest/v1/service/svctasks/{id}")).toInt(), kTasks - survivors);
        Workspace ws;
        QVERIFY(ws.open(db));
        QCOMPARE(ws.serviceTasks().count(), kTasks);
    }

    void aViewKeepsItsRowsWhileBatchesArrive()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("view.sqlite"))));
        ServiceTask mine;
        mine.name = QStringLiteral("локальная");
        const auto localId = ws.serviceTasks().create(mine);
        QVERIFY(localId);
        ServiceTaskTableModel model(ws.serviceTasks());
        QPersistentModelIndex selected = model.index(0, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

        HttpClient http;
        ServiceTaskSync engine(ws.serviceTasks(), http, m_server.url(), 500);
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        engine.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(engine.report().pulledNew, kTasks);
        QCOMPARE(model.rowCount(), kTasks + 1);
        QCOMPARE(resets.count(), 0);
        // One insert per batch, not one per record.
        QVERIFY2(inserts.count() >= 1 && inserts.count() <= kTasks / 10, qPrintable(QString::number(inserts.count())));
        QVERIFY(selected.isValid());
        QCOMPARE(model.localIdAt(selected.row()), *localId);
    }

    // A table sorted by name shows each pulled row where the sort puts it, as it arrives:
    // no reset, the selection stays on its record, the order is the one read from scratch.
    void aSortedTableShowsPulledRowsInTheirPlace()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("sorted.sqlite"))));
        const auto localId = createHeld(ws, QStringLiteral("Ж посередине"));
        QVERIFY(localId);
        ServiceTaskTableModel model(ws.serviceTasks());
        model.sort(ServiceTaskTableModel::Name, Qt::AscendingOrder);
        QPersistentModelIndex selected = model.index(0, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        int placedBefore = 0; // inserted rows followed by rows already shown
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int, int last) {
            if (last + 1 < model.rowCount())
                ++placedBefore;
        });

        const auto report = pullInto(ws);
        QVERIFY(report);
        QVERIFY(report->pulledNew >= kTasks);
        QCOMPARE(model.rowCount(), report->pulledNew + 1);
        QCOMPARE(resets.count(), 0);
        QVERIFY(placedBefore > 0);
        ServiceTaskTableModel fresh(ws.serviceTasks());
        fresh.sort(ServiceTaskTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(shownIds(model), shownIds(fresh));
        QVERIFY(selected.isValid());
        QCOMPARE(model.localIdAt(selected.row()), *localId);
    }

    // A row whose sort key is edited during the pull stays where it is (it is sorted in at
    // the next sort), and the rows that arrive after it still come in: no reset, the
    // selection stays, every pulled row shown once.
    void aRowEditedInASortedTableDuringThePullStaysWhereItIs()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("sorted-edited.sqlite"))));
        const auto localId = createHeld(ws, QStringLiteral("Ж посередине"));
        QVERIFY(localId);
        ServiceTask mine;
        ServiceTaskTableModel model(ws.serviceTasks());
        model.sort(ServiceTaskTableModel::Name, Qt::AscendingOrder);
        QPersistentModelIndex selected = model.index(0, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        bool edited = false;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&] {
            if (std::exchange(edited, true))
                return;
            mine = ws.serviceTasks().get(*localId)->local;
            mine.name = QStringLiteral("Я в конце");
            QVERIFY(ws.serviceTasks().saveLocal(*localId, mine));
        });

        const auto report = pullInto(ws);
        QVERIFY(report);
        QVERIFY(edited);
        QCOMPARE(resets.count(), 0);
        QVERIFY(selected.isValid());
        QCOMPARE(model.localIdAt(selected.row()), *localId);
        QCOMPARE(model.index(selected.row(), ServiceTaskTableModel::Name).data().toString(), mine.name);
        ServiceTaskTableModel fresh(ws.serviceTasks());
        QVector<qint64> shown = shownIds(model), all = shownIds(fresh);
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, all); // unsorted: ascending ids
        QCOMPARE(model.rowCount(), report->pulledNew + 1);
    }

    // A table with a search shows only the pulled rows that match it.
    void aFilteredTableShowsOnlyPulledRowsThatMatch()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("filtered.sqlite"))));
        const RecordFilter search{QStringLiteral("№12"), false};
        ServiceTaskTableModel model(ws.serviceTasks());
        model.setFilter(search);
        QCOMPARE(model.rowCount(), 0);

        const auto report = pullInto(ws);
        QVERIFY(report);
        QVERIFY(report->pulledNew >= kTasks);
        ServiceTaskTableModel fresh(ws.serviceTasks());
        fresh.setFilter(search);
        QVERIFY(fresh.rowCount() > 0 && fresh.rowCount() < report->pulledNew);
        QCOMPARE(shownIds(model), shownIds(fresh));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, ServiceTaskTableModel::Name).data().toString().contains(search.text));
    }

    // A batch takes records only while its write budget lasts; the rest wait for the next.
    // With no budget at all, every batch is one record, and every record still arrives.
    void batchesBoundedByTimeStillWriteEverything()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("sliced.sqlite"))));
        HttpClient http;
        ServiceTaskSync engine(ws.serviceTasks(), http, m_server.url(), 500);
        engine.setWriteBudgetMs(0);
        QSignalSpy batches(&ws.serviceTasks(), &ServiceTaskStore::rowsChanged);
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        engine.start();
        QVERIFY(finished.wait(120000));
        // (An earlier test pushed a record of its own: the server may hold more than kTasks.)
        QVERIFY(engine.report().pulledNew >= kTasks);
        QCOMPARE(engine.report().failed, 0);
        // The views are told at most every kAnnounceMs, not once a record.
        QVERIFY2(batches.count() >= 1 && batches.count() < engine.report().pulledNew, qPrintable(QString::number(batches.count())));
        QCOMPARE(ws.serviceTasks().count(), engine.report().pulledNew);
    }

    // A record the database refuses (here a trigger, as a full disk would) fails its whole
    // batch: nothing of the batch is kept, every record of it is counted as failed, and the
    // next sync reads them again. Before, the records ahead of it were committed and the
    // rest dropped without a word.
    void aRecordThatCannotBeStoredFailsItsWholeBatch()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("refused.sqlite"))));
        QSqlQuery trigger(ws.database().connection());
        // In the file, not TEMP: the pull writes through a connection of its own.
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON svctask"
                                            " WHEN (SELECT count(*) FROM svctask) >= 5"
                                            " BEGIN SELECT RAISE(ABORT, 'no space left'); END")));
        HttpClient http;
        ServiceTaskSync engine(ws.serviceTasks(), http, m_server.url(), 500);
        engine.setWriteBudgetMs(60000); // batches by count and time only: the refusal lands inside one
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        engine.start();
        QVERIFY(finished.wait(120000));
        const SyncReport first = engine.report();
        QVERIFY(first.failed > 0);
        QCOMPARE(ws.serviceTasks().count(), first.pulledNew); // what it counts as new is what it kept

        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse")));
        ServiceTaskSync again(ws.serviceTasks(), http, m_server.url(), 500);
        QSignalSpy againFinished(&again, &ServiceTaskSync::finished);
        again.start();
        QVERIFY(againFinished.wait(120000));
        QCOMPARE(again.report().failed, 0);
        // Every record was either kept or counted as failed the first time, and is here now.
        QCOMPARE(first.pulledNew + first.failed, ws.serviceTasks().count());
        QCOMPARE(again.report().pulledNew, first.failed);
    }

    // Cancelled while received records wait for their batch: every record it counts is
    // stored whole, and the next sync reads the rest, and only that.
    void aCancelledPullKeepsWhatItReceived()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
        int kept = 0;
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            HttpClient http;
            ServiceTaskSync engine(ws.serviceTasks(), http, m_server.url(), 500);
            engine.setWriteBudgetMs(0);
            // A quarter of the reads back (the new rows are announced too seldom to time it).
            connect(&engine, &ServiceTaskSync::progress, &engine, [&](int done, int total) {
                if (done >= total / 4 && done < total)
                    engine.cancel();
            }, Qt::QueuedConnection);
            QSignalSpy finished(&engine, &ServiceTaskSync::finished);
            engine.start();
            QVERIFY(finished.wait(120000));
            QVERIFY(engine.report().cancelled);
            kept = ws.serviceTasks().count();
            QVERIFY2(kept < kTasks, "the pull finished before it was cancelled");
            QCOMPARE(engine.report().pulledNew, kept);
            for (const StoredServiceTask &record : ws.serviceTasks().all(true)) {
                QCOMPARE(record.state, SyncState::Clean);
                QVERIFY(record.base);
            }
        }
        Workspace ws;
        QVERIFY(ws.open(path));
        QVERIFY(m_server.resetStats());
        HttpClient http;
        ServiceTaskSync engine(ws.serviceTasks(), http, m_server.url(), 500);
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        engine.start();
        QVERIFY(finished.wait(120000));
        QVERIFY(ws.serviceTasks().count() >= kTasks);
        QCOMPARE(m_server.stats().value(QStringLiteral("GET /rest/v1/service/svctasks/{id}")).toInt(),
                 ws.serviceTasks().count() - kept);
    }

    // The worker holds the write lock while it writes a batch: an edit saved meanwhile on the
    // window's connection waits for it instead of failing, and stays the user's (pending).
    void anEditSavedWhileTheWorkerWritesWaitsAndStaysPending()
    {
        const QString path = m_dir.filePath(QStringLiteral("edited.sqlite"));
        Workspace ws;
        QVERIFY(ws.open(path));
        ServiceTask mine;
        mine.name = QStringLiteral("моя");
        const auto localId = ws.serviceTasks().create(mine);
        QVERIFY(localId);
        QVERIFY(ws.serviceTasks().setHeld(*localId, true)); // the push leaves it pending
        HttpClient http;
        HeldBatch held; // outlives the engine, whose worker calls its hook
        ServiceTaskSync engine(ws.serviceTasks(), http, m_server.url(), 500);
        engine.setBatchHook(held.hook());
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(held.inside.available() > 0, 60000);
        QVERIFY(held.worker && held.worker != QThread::currentThread());
        QVERIFY2(WriteLockProbe::held(path), "the worker's batch holds no write transaction");

        ServiceTask edited = ws.serviceTasks().get(*localId)->local;
        edited.name = QStringLiteral("моя, исправленная во время синхронизации");
        held.release.release(); // the batch goes on to its commit while the edit waits for it
        QVERIFY2(ws.serviceTasks().saveLocal(*localId, edited), qPrintable(ws.serviceTasks().errorString()));
        QVERIFY(finished.wait(120000));
        QCOMPARE(engine.report().failed, 0);
        QVERIFY(engine.report().pulledNew >= kTasks);
        const auto after = ws.serviceTasks().get(*localId);
        QVERIFY(after);
        QCOMPARE(after->local.name, edited.name);
        QCOMPARE(after->state, SyncState::New);
        QCOMPARE(ws.serviceTasks().count(), engine.report().pulledNew + 1);
    }

    // Cancelled while the worker is inside a batch: finished() waits for that batch's commit
    // (what the report counts is in the file), and the engine's end stops the worker's thread
    // and closes its connection.
    void aCancelWaitsForTheWorkersBatchAndTheEngineStopsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel-mid-batch.sqlite"));
        const int connections = int(QSqlDatabase::connectionNames().size());
        Workspace ws;
        QVERIFY(ws.open(path));
        HttpClient http;
        HeldBatch held;
        auto *engine = new ServiceTaskSync(ws.serviceTasks(), http, m_server.url(), 500);
        engine->setBatchHook(held.hook());
        QSignalSpy finished(engine, &ServiceTaskSync::finished);
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(held.inside.available() > 0, 60000);
        engine->cancel();
        QCOMPARE(finished.count(), 0); // the worker has not committed yet
        held.release.release();
        QVERIFY(finished.wait(60000));
        QVERIFY(engine->report().cancelled);
        QVERIFY(engine->report().pulledNew >= 1);
        QCOMPARE(ws.serviceTasks().count(), engine->report().pulledNew);
        QVERIFY(held.worker);
        delete engine;
        QVERIFY(!held.worker); // its QThread is gone, which Qt allows only once it stopped
        QCOMPARE(int(QSqlDatabase::connectionNames().size()), connections + 1); // the workspace's alone
    }

    // The engine destroyed while the worker is inside a batch (the window closed mid-sync):
    // the batch commits or rolls back whole, the thread stops, and the next sync reads what
    // was lost, and only that.
    void anEngineDestroyedMidBatchLeavesWholeRecords()
    {
        const QString path = m_dir.filePath(QStringLiteral("destroyed-mid-batch.sqlite"));
        Workspace ws;
        QVERIFY(ws.open(path));
        HttpClient http;
        HeldBatch held;
        {
            ServiceTaskSync engine(ws.serviceTasks(), http, m_server.url(), 500);
            engine.setBatchHook(held.hook());
            engine.start();
            QTRY_VERIFY_WITH_TIMEOUT(held.inside.available() > 0, 60000);
            held.release.release();
        }
        QVERIFY(!held.worker);
        const QVector<StoredServiceTask> all = ws.serviceTasks().all(true);
        QVERIFY(all.size() < kTasks);
        for (const StoredServiceTask &record : all) {
            QCOMPARE(record.state, SyncState::Clean);
            QVERIFY(record.base);
        }
        QSqlQuery check(ws.database().connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();

        QVERIFY(m_server.resetStats());
        ServiceTaskSync again(ws.serviceTasks(), http, m_server.url(), 500);
        QSignalSpy finished(&again, &ServiceTaskSync::finished);
        again.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(again.report().failed, 0);
        QCOMPARE(m_server.stats().value(QStringLiteral("GET /rest/v1/service/svctasks/{id}")).toInt(),
                 ws.serviceTasks().count() - int(all.size()));
    }
};

QTEST_GUILESS_MAIN(TestBatchedPull)
#include "tst_batchedpull.moc"
