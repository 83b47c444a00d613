#include "RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kKey = QStringLiteral("recentDatabases");

void store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}
} // namespace

QStringList RecentDatabases::paths()
{
    QStringList paths;
    // Settings edited by hand may hold anything: keep distinct, non-empty strings.
    for (const QString &path : QSettings().value(kKey).toStringList()) {
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
