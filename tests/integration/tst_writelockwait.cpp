// A connection that waits for the write lock tells the process's listeners once per wait,
// and gets the lock as soon as the holder lets go; a connection marked as a listener's
// own waits without a word.
#include "storage/Database.h"
#include "storage/WriteLockWait.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

namespace {

bool sql(Database &db, const QString &text)
{
    QSqlQuery q(db.connection());
    return q.exec(text);
}

// Holds the write lock of `path` on a thread of its own for `holdMs`, then commits.
class LockHolder : public QThread
{
public:
    LockHolder(const QString &path, int holdMs)
        : m_path(path)
        , m_holdMs(holdMs)
    {
    }
    QSemaphore locked;
    bool ok = false;

protected:
    void run() override
    {
        Database db;
        ok = db.open(m_path, Database::Schema::AsIs) && sql(db, QStringLiteral("BEGIN IMMEDIATE"));
        locked.release();
        if (!ok)
            return;
        QThread::msleep(m_holdMs); // the lock is what is held, not a wait for a condition
        ok = sql(db, QStringLiteral("COMMIT"));
    }

private:
    QString m_path;
    int m_holdMs;
};

} // namespace

class TestWriteLockWait : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    // The listener runs on the waiting thread as the wait begins: here it ends the other
    // transaction, and the waiting BEGIN goes through at its next try.
    void aWaitIsToldOnceAndEndsWhenTheLockIsFree()
    {
        const QString path = m_dir.filePath(QStringLiteral("told.sqlite"));
        Database holder, waiter;
        QVERIFY2(holder.open(path), qPrintable(holder.errorString()));
        QVERIFY2(waiter.open(path, Database::Schema::AsIs), qPrintable(waiter.errorString()));
        QVERIFY(sql(holder, QStringLiteral("BEGIN IMMEDIATE")));

        int heard = 0;
        bool released = false;
        const quint64 before = WriteLockWait::begun();
        const int id = WriteLockWait::listen([&] {
            ++heard;
            released = sql(holder, QStringLiteral("COMMIT"));
        });
        const bool began = sql(waiter, QStringLiteral("BEGIN IMMEDIATE"));
        WriteLockWait::unlisten(id);
        QVERIFY(began);
        QVERIFY(released);
        QCOMPARE(heard, 1);
        QCOMPARE(WriteLockWait::begun(), before + 1);
        QVERIFY(sql(waiter, QStringLiteral("COMMIT")));

        // Gone once unlisten() returned: the next wait is told to the others only.
        QVERIFY(sql(holder, QStringLiteral("BEGIN IMMEDIATE")));
        int other = 0;
        const int second = WriteLockWait::listen([&] {
            ++other;
            sql(holder, QStringLiteral("COMMIT"));
        });
        QVERIFY(sql(waiter, QStringLiteral("BEGIN IMMEDIATE")));
        WriteLockWait::unlisten(second);
        QCOMPARE(heard, 1);
        QCOMPARE(other, 1);
        QVERIFY(sql(waiter, QStringLiteral("ROLLBACK")));
    }

    // The worker's own connection waits for the window's like any other, without telling
    // itself to commit.
    void aListenersOwnConnectionWaitsWithoutAWord()
    {
        const QString path = m_dir.filePath(QStringLiteral("quiet.sqlite"));
        Database waiter;
        QVERIFY2(waiter.open(path), qPrintable(waiter.errorString()));
        waiter.setWaitsAnnounced(false);
        int heard = 0;
        const quint64 before = WriteLockWait::begun();
        const int id = WriteLockWait::listen([&] { ++heard; });
        LockHolder holder(path, 100);
        holder.start();
        holder.locked.acquire();
        const bool began = sql(waiter, QStringLiteral("BEGIN IMMEDIATE"));
        holder.wait();
        WriteLockWait::unlisten(id);
        QVERIFY(holder.ok);
        QVERIFY(began); // it waited for the holder's commit
        QCOMPARE(heard, 0);
        QCOMPARE(WriteLockWait::begun(), before);
        QVERIFY(sql(waiter, QStringLiteral("ROLLBACK")));
    }
};

QTEST_GUILESS_MAIN(TestWriteLockWait)
#include "tst_writelockwait.moc"
