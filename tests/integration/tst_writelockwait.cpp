// A connection that waits for the write lock tells the process's listeners at each try,
// and gets the lock as soon as the holder lets go; a connection marked as a listener's
// own waits without a word.
#include "storage/Database.h"
#include "storage/WriteLockWait.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>


namespace {

bool sql(Database &db, const QString &text)
{
    QSqlQuery q(db.connection());
    return q.exec(text);
}

} // namespace

class TestWriteLockWait : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    // The listener runs on the waiting thread as the wait begins: here it ends the other
    // transaction, and the waiting BEGIN goes through at its next try.
    void aWaitIsToldAndEndsWhenTheLockIsFree()
    {
        const QString path = m_dir.filePath(QStringLiteral("told.sqlite"));
        Database holder, waiter;
        QVERIFY2(holder.open(path), qPrintable(holder.errorString()));
        QVERIFY2(waiter.open(path, Database::Schema::AsIs), qPrintable(waiter.errorString()));
        QVERIFY(sql(holder, QStringLiteral("BEGIN IMMEDIATE")));

        int heard = 0;
        bool released = false;
        const quint64 before = WriteLockWait::told();
        const int id = WriteLockWait::listen([&] {
            ++heard;
            released = sql(holder, QStringLiteral("COMMIT"));
        });
        const bool began = sql(waiter, QStringLiteral("BEGIN IMMEDIATE"));
        WriteLockWait::unlisten(id);
        QVERIFY(began);
        QVERIFY(released);
        QCOMPARE(heard, 1);
        QCOMPARE(WriteLockWait::told(), before + 1);
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
    // itself to commit: here nobody frees the lock, and the wait ends after the busy
    // timeout (5 s) with the lock refused, as PRAGMA busy_timeout did.
    void aListenersOwnConnectionWaitsWithoutAWord()
    {
        const QString path = m_dir.filePath(QStringLiteral("quiet.sqlite"));
        Database holder, waiter;
        QVERIFY2(holder.open(path), qPrintable(holder.errorString()));
        waiter.setWaitsAnnounced(false);
        QVERIFY2(waiter.open(path, Database::Schema::AsIs), qPrintable(waiter.errorString()));
        QVERIFY(sql(holder, QStringLiteral("BEGIN IMMEDIATE")));
        int heard = 0;
        const quint64 before = WriteLockWait::told();
        const int id = WriteLockWait::listen([&] {
            ++heard;
            sql(holder, QStringLiteral("COMMIT")); // what a listener would do
        });
        QElapsedTimer waited;
        waited.start();
        QSqlQuery begin(waiter.connection());
        const bool began = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const qint64 ms = waited.elapsed();
        WriteLockWait::unlisten(id);
        QVERIFY(!began);
        QVERIFY2(begin.lastError().text().contains(QStringLiteral("locked")), qPrintable(begin.lastError().text()));
        QCOMPARE(heard, 0);
        QCOMPARE(WriteLockWait::told(), before);
        QVERIFY2(ms >= WriteLockWait::kTimeoutMs - 100, qPrintable(QString::number(ms))); // it waited, then gave up
        QVERIFY(sql(holder, QStringLiteral("ROLLBACK")));
    }
};

QTEST_GUILESS_MAIN(TestWriteLockWait)
#include "tst_writelockwait.moc"
