#include "RecentDatabases.h"

#include "settings/Settings.h"

#include <QFileInfo>

namespace {
void store(const QStringList &paths)
{
    Settings::recentDatabases.set(paths);
}
} // namespace

QStringList RecentDatabases::paths()
{
    QStringList paths;
    // Settings edited by hand may hold anything: keep distinct, non-empty strings.
    for (const QString &path : Settings::recentDatabases.get()) {
        if (!path.trimmed().isEmpty() && !paths.contains(path) && paths.size() < kMaximum)
            paths.append(path);
    }
    return paths;
}

void RecentDatabases::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaximum));
}

void RecentDatabases::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(path);
    store(list);
}

void RecentDatabases::clear()
{
    store({});
}
