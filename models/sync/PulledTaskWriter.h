#pragma once

#include "domain/ServiceTask.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

class Database;
class ServiceTaskStore;

// Writes the service tasks a pull received and this database has not, on a thread of its
// own through a connection of its own to the same file: the window's thread neither
// writes them nor waits for their COMMIT or the checkpoint after it. Records are written
// in batches, one transaction each, of at most the write budget of this thread's CPU (an
// edit saved meanwhile waits for one batch at most, a killed process loses one batch at
// most); a batch the database refuses rolls back whole, with the records it was handed.
// Created on the caller's thread, then moved to the worker's: the connection is opened
// and closed on the worker's thread.
class PulledTaskWriter : public QObject
{
    Q_OBJECT

public:
    // What one batch did, told back once it committed or rolled back.
    struct Batch
    {
        int taken = 0;                 // records of the batch, whatever became of them
        QStringList names;             // stored, clean (none when refused)
        QVector<ServiceTask> appeared; // stored here already (twice in one pull, an import): the caller merges them
        QString error;                 // the database refused the batch: nothing of it was kept
    };

    // `hook`, for tests: runs on the worker's thread inside each batch's open transaction.
    PulledTaskWriter(const QString &path, int budgetMs, std::function<void()> hook = {});
    ~PulledTaskWriter() override;

    // On the worker's thread: writes `tasks`, batch after batch, each told by written().
    void write(const QVector<ServiceTask> &tasks);

signals:
    void written(const PulledTaskWriter::Batch &batch);

private:
    bool open(QString *error);
    // Writes from the start of `tasks` until the budget is used; what it took leaves `tasks`.
    Batch writeBatch(QVector<ServiceTask> &tasks);

    QString m_path;
    int m_budgetMs;
    std::function<void()> m_hook;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServiceTaskStore> m_store;
};
