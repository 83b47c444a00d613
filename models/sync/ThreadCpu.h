#pragma once

#include <QtGlobal>

#include <time.h>

// The CPU time the calling thread has run, in microseconds: a batch's budget (and a
// measurement of the window's thread) counts its own work, not the time the scheduler
// gave other threads and processes meanwhile.
inline qint64 threadCpuUs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}
