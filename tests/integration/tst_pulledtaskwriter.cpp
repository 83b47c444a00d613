// The pull's worker keeps its batch open across the records handed to it, and commits it
// when the hold time is over, when the pull asks, or at once when the window's connection
// waits for the write lock: an edit saved during a pull never waits for the whole batch.
#include "json/ServiceTaskCodec.h"
#include "storage/Workspace.h"
#include "sync/PulledTaskWriter.h"

#include "WriteLockProbe.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

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

// A writer on a thread of its own, as ServiceTaskSync runs it.
class Worker
{
public:
    Worker(const QString &path, int budgetMs, int holdMs)
        : writer(new PulledTaskWriter(path, budgetMs))
        , written(writer, &PulledTaskWriter::written)
    {
        writer->setHoldMs(holdMs);
        writer->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
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
    PulledTaskWriter::Batch batch(int i) const { return written.at(i).at(0).value<PulledTaskWriter::Batch>(); }

    QThread thread;
    PulledTaskWriter *writer;
    QSignalSpy written;
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
        Worker worker(ws.database().path(), 60000, 300);
        worker.write(received(5), false);
        worker.write(received(5, 5), false);
        QVERIFY(worker.written.wait(10000));
        QCOMPARE(worker.written.count(), 1);
        const PulledTaskWriter::Batch batch = worker.batch(0);
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
        QVERIFY(worker.written.wait(10000));
        QCOMPARE(worker.batch(0).names.size(), 3);
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
        QTRY_VERIFY_WITH_TIMEOUT(WriteLockProbe::held(path), 10000);
        QCOMPARE(worker.written.count(), 0);

        ServiceTask mine;
        mine.name = QStringLiteral("моя");
        const auto localId = ws.serviceTasks().create(mine);
        QVERIFY2(localId, qPrintable(ws.serviceTasks().errorString()));
        QTRY_COMPARE(worker.written.count(), 1);
        QCOMPARE(worker.batch(0).names.size(), 20);
        QCOMPARE(ws.serviceTasks().count(), 21);
        QCOMPARE(ws.serviceTasks().get(*localId)->local.name, mine.name);

        // The next records open a batch of their own.
        worker.write(received(2, 20), true);
        QVERIFY(worker.written.wait(10000));
        QCOMPARE(worker.batch(1).names.size(), 2);
        QCOMPARE(ws.serviceTasks().count(), 23);
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
            QTRY_VERIFY_WITH_TIMEOUT(WriteLockProbe::held(path), 10000);
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
