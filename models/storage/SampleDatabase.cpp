#include "storage/SampleDatabase.h"

#include "io/DocumentImporter.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const char *const kBundledSample = ":/samples/demo.json";

bool removeDatabaseFiles(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            ok = false;
    }
    return ok;
}

} // namespace

QString SampleDatabase::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample.sqlite");
}

bool SampleDatabase::isSample(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() == QFileInfo(path()).absoluteFilePath();
}

bool SampleDatabase::ensure(QString *error)
{
    return QFileInfo::exists(path()) || create(error);
}

bool SampleDatabase::reset(QString *error)
{
    if (!removeDatabaseFiles(path())) {
        *error = tr("Cannot remove the old sample data in \"%1\".").arg(path());
        return false;
    }
    return create(error);
}

bool SampleDatabase::create(QString *error)
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    // Built beside it and renamed: a sample cut short by a crash is never opened.
    const QString building = path() + QStringLiteral(".new");
    removeDatabaseFiles(building);
    {
        Workspace workspace;
        if (!workspace.open(building)) {
            *error = workspace.errorString();
            return false;
        }
        DocumentImporter importer(workspace.database(), workspace.serviceTasks(), workspace.series());
        if (!importer.importFile(QLatin1String(kBundledSample))) {
            *error = importer.errors().join(QLatin1Char('\n'));
            return false;
        }
    }
    if (!QFile::rename(building, path())) {
        *error = tr("Cannot write the sample data to \"%1\".").arg(path());
        return false;
    }
    return true;
}
