#pragma once

#include "domain/ServiceTask.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class Database;
class ServiceTaskStore;

// Reads and writes the service tasks a pull received and this database has not, on a thread
// of its own through a connection of its own to the same file: the window's thread neither
// decodes nor writes them, nor waits for their COMMIT or the checkpoint after it. Records are written
// in batches, one transaction each, of at most the write budget of this thread's CPU (an
// edit saved meanwhile waits for one batch at most, a killed process loses one batch at
// most); a batch the database refuses rolls back whole, with the records it was handed.
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

    // On the worker's thread: decodes and writes `received`, batch after batch, each told by written().
    void write(const QVector<PulledTaskWriter::Received> &received);

signals:
    void written(const PulledTaskWriter::Batch &batch);

private:
    static constexpr int kCacheKiB = 16 * 1024;

    bool open(QString *error);
    // Writes from the start of `received` until the budget is used; what it took leaves it.
    Batch writeBatch(QVector<Received> &received);
    // The record in `received`, or none with why in `done`.
    std::optional<ServiceTask> decode(const Received &received, Batch &done) const;

    QString m_path;
    int m_budgetMs;
    std::function<void()> m_hook;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServiceTaskStore> m_store;
};
