#pragma once

#include "domain/ServiceTask.h"
#include "domain/TaskSeries.h"

#include <QMutex>
#include <QVariantList>
#include <QVector>
#include <QWaitCondition>

#include <deque>

// Records that passed every check, handed in chunks from the thread that reads and checks
// a document to the thread that writes them. Bounded: a writer slower than the reader
// holds the reader back instead of letting the whole document pile up in memory.
class ImportQueue
{
public:
    struct Record
    {
        int index = 0;         // in its list of the document
        bool isSeries = false;
        ServiceTask task;      // with its id, a fresh one when the document gave none
        QVariantList columns;  // ServiceTaskColumns::values(task)
        TaskSeries series;
    };
    using Chunk = QVector<Record>;

    explicit ImportQueue(int maxChunks = 8);

    // Waits while the queue is full.
    void push(Chunk chunk);
    // Nothing more will be pushed.
    void close();
    // Waits for a chunk; false once the queue is closed and empty. The chunk `chunk`
    // held before goes back to the pushing thread, which frees it at its next push: the
    // writer is an import's slowest thread, and memory is cheapest to free on the
    // thread that allocated it.
    bool pop(Chunk *chunk);

private:
    QMutex m_mutex;
    QWaitCondition m_notFull;
    QWaitCondition m_notEmpty;
    std::deque<Chunk> m_chunks;
    std::deque<Chunk> m_spent; // popped and written, to be freed by push()
    const size_t m_maxChunks;
    bool m_closed = false;
};
