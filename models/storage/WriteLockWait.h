#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

struct sqlite3;

// How a connection waits for the write lock another connection to the file holds: as
// PRAGMA busy_timeout does (sleeps growing to 100 ms, up to the timeout), and each try of
// the wait is told to whoever listens in this process. A writer that holds its
// transaction open for throughput (a pull's worker) listens, and commits at once: an
// edit saved meanwhile waits for one record, not for the whole batch.
class WriteLockWait
{
public:
    static constexpr int kTimeoutMs = 5000;

    // On `db`, for as long as the connection lives (this object must outlive it).
    bool install(sqlite3 *db);
    // A listener's own connection is not announced: it waits for the others.
    void setAnnounced(bool announced) { m_announced.store(announced); }

    // Tries of waits so far by the announced connections of this process.
    static quint64 told();
    // `listener` runs on the waiting thread at each try of a wait: quick, and thread-safe.
    static int listen(std::function<void()> listener);
    // Once this returns the listener is not running and will not run again.
    static void unlisten(int id);

private:
    static int onBusy(void *self, int tries);

    std::atomic<bool> m_announced{true};
};
