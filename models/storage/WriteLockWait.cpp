#include "storage/WriteLockWait.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <sqlite3.h>

#include <iterator>

namespace {

std::atomic<quint64> triesTold{0};
QMutex listenersLock;
int lastListener = 0;
QHash<int, std::function<void()>> &listeners()
{
    static QHash<int, std::function<void()>> all;
    return all;
}

// SQLite's own schedule for busy_timeout: short sleeps first, as most waits are short.
constexpr int kDelaysMs[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};

// The sleep after try `i`: the last delay once the schedule is over.
int delayMs(int i)
{
    return kDelaysMs[qMin<int>(i, int(std::size(kDelaysMs)) - 1)];
}

// How long the first `tries` sleeps took in all.
int sleptMs(int tries)
{
    int total = 0;
    for (int i = 0; i < tries; ++i)
        total += delayMs(i);
    return total;
}

} // namespace

bool WriteLockWait::install(sqlite3 *db)
{
    return db && sqlite3_busy_handler(db, &WriteLockWait::onBusy, this) == SQLITE_OK;
}

int WriteLockWait::onBusy(void *self, int tries)
{
    // Every try, not only the first: a writer that committed for this wait may have taken
    // the lock again before this connection woke up.
    if (static_cast<WriteLockWait *>(self)->m_announced.load()) {
        triesTold.fetch_add(1);
        QMutexLocker lock(&listenersLock);
        for (const auto &listener : std::as_const(listeners()))
            listener();
    }
    const int slept = sleptMs(tries);
    if (slept >= kTimeoutMs)
        return 0; // SQLITE_BUSY for the caller
    sqlite3_sleep(qMin(delayMs(tries), kTimeoutMs - slept));
    return 1;
}

quint64 WriteLockWait::told()
{
    return triesTold.load();
}

int WriteLockWait::listen(std::function<void()> listener)
{
    QMutexLocker lock(&listenersLock);
    listeners().insert(++lastListener, std::move(listener));
    return lastListener;
}

void WriteLockWait::unlisten(int id)
{
    QMutexLocker lock(&listenersLock);
    listeners().remove(id);
}
