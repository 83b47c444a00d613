// The pull's worker keeps its batch open across the records handed to it, and commits it
// when the hold time is over, when the pull asks, or at once when the window's connection
// waits for the write lock: an edit saved during a pull never waits for the whole batch.
#include "json/ServiceTaskCodec.h"
#include "storage/Workspace.h"
#include "storage/WriteLockWait.h"
#include "sync/PulledTaskWriter.h"

#include "WriteLockProbe.h"

#include <QJsonDocument>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

namespace {

QVector<PulledTaskWriter::Received> received(int count, int first = 0)
{
    QVector<PulledTaskWriter::Received> all;
    for (int i = first; i < first + count; ++i) {
        ServiceTask task;
        task.id = QStringLiteral("c0ffee00-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        task.name = QStringLiteral("задача %1").arg(i);
        all.append({task.id, QJsonDocument(ServiceTaskCodec::encode(task)).toJson(QJsonDocument::Compact)});
    }
    return all;
}

// A writer on a thread of its own, as ServiceTaskSync runs it. Its batches are collected
// on the test's thread (queued, as the sync receives them).
class Worker
{
public:
    Worker(const QString &path, int budgetMs, int holdMs, std::function<void()> hook = {})
        : writer(new PulledTaskWriter(path, budgetMs, std::move(hook)))
    {
        writer->setHoldMs(holdMs);
        writer->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
        QObject::connect(writer, &PulledTaskWriter::written, &receiver,
                         [this](const PulledTaskWriter::Batch &batch) { batches.append(batch); });
        thread.start();
    }
    ~Worker()
    {
        thread.quit();
        thread.wait();
    }
    void write(const QVector<PulledTaskWriter::Received> &records, bool commitAfter)
    {
        QMetaObject::invokeMethod(writer, [w = writer, records, commitAfter] { w->write(records, commitAfter); },
                                  Qt::QueuedConnection);
    }
    // Returns once the worker has done everything handed to it so far (its thread is idle).
    void settle()
    {
        QMetaObject::invokeMethod(writer, [] {}, Qt::BlockingQueuedConnection);
    }
    int written() const
    {
        int taken = 0;
        for (const PulledTaskWriter::Batch &batch : batches)
            taken += batch.taken;
        return taken;
    }

    QThread thread;
    PulledTaskWriter *writer;
    QObject receiver; // on the test's thread
    QVector<PulledTaskWriter::Batch> batches;
};

} // namespace

class TestPulledTaskWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    // Records handed over in turn go into one batch, which commits by itself once the
    // hold time is over, with nothing more handed over.
    void aHeldBatchCommitsWhenItsTimeIsOver()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("held.sqlite"))));
        Worker worker(ws.database().path(), 60000, 2000);
        worker.write(received(5), false);
        worker.write(received(5, 5), false);
        QTRY_COMPARE_WITH_TIMEOUT(worker.batches.size(), 1, 10000);
        const PulledTaskWriter::Batch batch = worker.batches.at(0);
        QCOMPARE(batch.taken, 10);
        QCOMPARE(batch.names.size(), 10);
        QVERIFY(batch.error.isEmpty());
        QCOMPARE(ws.serviceTasks().count(), 10);
        QVERIFY(!WriteLockProbe::held(ws.database().path()));
    }

    // Asked to commit after the records, the batch does not wait for its hold time.
    void theLastHandoverCommitsAtOnce()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("last.sqlite"))));
        Worker worker(ws.database().path(), 60000, 3600 * 1000);
        worker.write(received(3), false);
        worker.write({}, true); // nothing more: only the commit
        QTRY_COMPARE_WITH_TIMEOUT(worker.batches.size(), 1, 10000);
        QCOMPARE(worker.batches.at(0).names.size(), 3);
        QCOMPARE(ws.serviceTasks().count(), 3);
    }

    // The batch holds the write lock between handovers. An edit saved on the window's
    // connection meanwhile waits for the batch to commit at once, not for the hour the
    // batch may stay open (nor does it fail after the busy timeout of 5 s); the edit is
    // stored after the batch, and the records are whole.
    void anEditOnTheWindowsConnectionEndsTheHeldBatch()
    {
        Workspace ws;
        const QString path = m_dir.filePath(QStringLiteral("edit.sqlite"));
        QVERIFY(ws.open(path));
        Worker worker(path, 3600 * 1000, 3600 * 1000);
        worker.write(received(20), false);
        worker.settle();
        QVERIFY(WriteLockProbe::held(path));
        QCOMPARE(worker.batches.size(), 0);

        ServiceTask mine;
        mine.name = QStringLiteral("моя");
        const auto localId = ws.serviceTasks().create(mine);
        QVERIFY2(localId, qPrintable(ws.serviceTasks().errorString()));
        QTRY_COMPARE(worker.batches.size(), 1);
        QCOMPARE(worker.batches.at(0).names.size(), 20);
        QCOMPARE(ws.serviceTasks().count(), 21);
        QCOMPARE(ws.serviceTasks().get(*localId)->local.name, mine.name);

        // The next records open a batch of their own.
        worker.write(received(2, 20), true);
        QTRY_COMPARE_WITH_TIMEOUT(worker.batches.size(), 2, 10000);
        QCOMPARE(worker.batches.at(1).names.size(), 2);
        QCOMPARE(ws.serviceTasks().count(), 23);
    }

    // An edit saved while the worker is writing a handover: the worker commits after the
    // record it is writing and pauses, so the edit's next try gets the lock; taking the
    // next batch at once, the worker kept the lock through the whole handover and the
    // edit failed after 5 s. The rest of the handover is written after the edit.
    void anEditWhileTheWorkerWritesGetsTheLockFirst()
    {
        Workspace ws;
        const QString path = m_dir.filePath(QStringLiteral("busy.sqlite"));
        QVERIFY(ws.open(path));
        QSemaphore inside, release;
        std::atomic<bool> first{true};
        Worker worker(path, 3600 * 1000, 3600 * 1000, [&] {
            if (first.exchange(false)) {
                inside.release();
                release.acquire(); // until the edit waits for the lock
            }
        });
        // Runs on this thread as the edit's wait begins: the worker goes on.
        const int listener = WriteLockWait::listen([&] { release.release(); });
        worker.write(received(200), false);
        QVERIFY(inside.tryAcquire(1, 10000));

        ServiceTask mine;
        mine.name = QStringLiteral("моя");
        const auto localId = ws.serviceTasks().create(mine);
        WriteLockWait::unlisten(listener);
        QVERIFY2(localId, qPrintable(ws.serviceTasks().errorString()));
        QTRY_VERIFY(!worker.batches.isEmpty());
        QCOMPARE(worker.batches.at(0).taken, 1); // the record it was writing, then the commit
        // Stored before the rest of the handover (one record after the first unless this
        // thread woke up later than the worker's pause, again and again).
        QVERIFY2(*localId < 50, qPrintable(QString::number(*localId)));

        worker.write({}, true);
        QTRY_COMPARE_WITH_TIMEOUT(worker.written(), 200, 10000);
        QCOMPARE(ws.serviceTasks().count(), 201);
        QCOMPARE(ws.serviceTasks().get(*localId)->local.name, mine.name);
    }

    // The worker's thread stopped with a batch still open: the batch rolls back whole (the
    // next sync reads its records again), and the file is as it was.
    void aBatchOpenWhenTheWorkerStopsRollsBack()
    {
        Workspace ws;
        const QString path = m_dir.filePath(QStringLiteral("stopped.sqlite"));
        QVERIFY(ws.open(path));
        {
            Worker worker(path, 3600 * 1000, 3600 * 1000);
            worker.write(received(7), false);
            worker.settle();
            QVERIFY(WriteLockProbe::held(path));
        }
        QVERIFY(!WriteLockProbe::held(path));
        QCOMPARE(ws.serviceTasks().count(), 0);
        QSqlQuery check(ws.database().connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestPulledTaskWriter)
#include "tst_pulledtaskwriter.moc"
