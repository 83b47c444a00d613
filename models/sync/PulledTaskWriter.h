#pragma once

#include "domain/ServiceTask.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class Database;
class QTimer;
class ServiceTaskBatch;
class ServiceTaskStore;

// Reads and writes the service tasks a pull received and this database has not, on a thread
// of its own through a connection of its own to the same file: the window's thread neither
// decodes nor writes them, nor waits for their COMMIT or the checkpoint after it.
// Records are written in batches, one transaction each. A commit writes every page its
// batch changed (one per index per record, in a small table most of every index), so a
// batch stays open across the records handed over while it lasts: until it used the write
// budget of this thread's CPU, or kHoldMs went by, or the caller asks for the commit. An
// edit saved meanwhile does not wait for all that: a wait for the write lock on another
// connection of this process (WriteLockWait) commits the batch at once. A killed process
// loses one batch at most, which the next sync reads again; a batch the database refuses
// rolls back whole, with the records it was handed.
// Created on the caller's thread, then moved to the worker's: the connection is opened
// and closed on the worker's thread.
class PulledTaskWriter : public QObject
{
    Q_OBJECT

public:
    // A record as the server sent it, read for `id`.
    struct Received
    {
        QString id;
        QByteArray body;
    };
    // What one batch did, told back once it committed or rolled back.
    struct Batch
    {
        int taken = 0;                 // records of the batch, whatever became of them
        QStringList names;             // stored, clean (none when refused)
        QVector<qint64> localIds;      // the local id of each of names
        QVector<ServiceTask> appeared; // stored here already (twice in one pull, an import): the caller merges them
        QVector<std::pair<QString, QString>> unreadable; // id, why (empty: not a JSON object); kept as it was
        QVector<std::pair<QString, QString>> strangers;  // id read, id the server answered with
        QString error;                 // the database refused the batch: nothing of it was kept
        int refused() const { return error.isEmpty() ? 0 : taken - int(appeared.size() + unreadable.size() + strangers.size()); }
    };

    // `hook`, for tests: runs on the worker's thread inside each batch's open transaction.
    PulledTaskWriter(const QString &path, int budgetMs, std::function<void()> hook = {});
    ~PulledTaskWriter() override;

    // The longest a batch stays open (what a killed pull may lose; how often the rows show).
    static constexpr int kHoldMs = 500;
    // After a commit for a waiting connection, the pause before the next batch.
    static constexpr int kYieldMs = 50;
    // For tests, before the worker's thread starts.
    void setHoldMs(int ms) { m_holdMs = ms; }

    // On the worker's thread: decodes and writes `received`, batch after batch, each told
    // by written() once it committed or rolled back. With `commitAfter` the open batch
    // commits at the end (the pull waits for its records); else it may stay open.
    void write(const QVector<PulledTaskWriter::Received> &received, bool commitAfter);

signals:
    void written(const PulledTaskWriter::Batch &batch);

private:
    static constexpr int kCacheKiB = 16 * 1024;

    bool open(QString *error);
    // Opens a batch; on failure m_done says why.
    bool begin(int expectedRows);
    // Into the open batch; false when the database refused it (the batch has failed).
    bool take(const Received &received);
    bool isSpent() const;
    // Writes what is queued, batch after batch.
    void drain();
    // Commits for a connection that waits, and lets it have the lock before the next batch.
    void yield();
    // Ends the open batch (a commit, or a rollback once it failed) and tells written().
    void finish();
    // Another connection waits for the write lock (on the thread it waits on).
    void waitHeard();
    // The record in `received`, or none with why in `done`.
    std::optional<ServiceTask> decode(const Received &received, Batch &done) const;

    QString m_path;
    int m_budgetMs;
    int m_holdMs = kHoldMs;
    std::function<void()> m_hook;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServiceTaskStore> m_store;
    std::unique_ptr<ServiceTaskBatch> m_batch; // the open batch
    Batch m_done;                               // what the open batch did so far
    qint64 m_cpuAtBegin = 0;
    quint64 m_waitsAtBegin = 0;
    QElapsedTimer m_openFor;
    QTimer *m_holdTimer;                        // children: they move to the worker's thread
    QTimer *m_yieldTimer;
    QVector<Received> m_queue;                  // handed over, not taken yet
    bool m_commitAfter = false;                 // the queue's last handover asked for the commit
    std::atomic<bool> m_commitAsked{false};
    int m_listener = 0;
};
