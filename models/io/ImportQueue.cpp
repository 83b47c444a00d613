#include "io/ImportQueue.h"

#include <QMutexLocker>

#include <utility>

ImportQueue::ImportQueue(int maxChunks)
    : m_maxChunks(size_t(qMax(1, maxChunks)))
{
}

void ImportQueue::push(Chunk chunk)
{
    std::deque<Chunk> spent; // freed at the return, on this thread, outside the lock
    QMutexLocker lock(&m_mutex);
    while (m_chunks.size() >= m_maxChunks)
        m_notFull.wait(&m_mutex);
    m_chunks.push_back(std::move(chunk));
    spent.swap(m_spent);
    m_notEmpty.wakeOne();
    lock.unlock();
}

void ImportQueue::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_notEmpty.wakeAll();
}

bool ImportQueue::pop(Chunk *chunk)
{
    QMutexLocker lock(&m_mutex);
    if (!chunk->isEmpty())
        m_spent.push_back(std::exchange(*chunk, Chunk()));
    while (m_chunks.empty() && !m_closed)
        m_notEmpty.wait(&m_mutex);
    if (m_chunks.empty())
        return false;
    *chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_notFull.wakeOne();
    return true;
}
