#pragma once

#include <QStringList>

// The databases opened lately, newest first, kept in the settings. A file that is
// gone stays listed (a network drive may be away) until the operator clears it.
class RecentDatabases
{
public:
    static constexpr int kMaximum = 8;

    static QStringList paths();
    // Puts `path` (made absolute) first; the oldest past kMaximum drop off.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};
