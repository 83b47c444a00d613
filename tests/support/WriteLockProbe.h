#pragma once

#include <QString>

// Whether another connection holds the write lock of a database file now: a write
// transaction begun without waiting fails.
class WriteLockProbe
{
public:
    static bool held(const QString &path);
};
