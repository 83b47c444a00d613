#pragma once

#include <QString>

struct StoredServiceTask;
struct StoredTaskSeries;

// The line a form shows for a record's sync state: the state and, where there is one, why.
// A conflict's reason is said again in the language shown now (the stored words are those of
// the sync that found it); a server's refusal is quoted as the server said it.
class SyncStateLine
{
public:
    static QString of(const StoredServiceTask &record);
    static QString of(const StoredTaskSeries &record);
};
