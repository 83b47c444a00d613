#include "HeadlessCommands.h"

#include "io/DocumentExporter.h"
#include "io/DocumentImporter.h"
#include "storage/Workspace.h"

#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

int HeadlessCommands::importFile(const QString &databasePath, const QString &file)
{
    Workspace workspace;
    if (!workspace.open(databasePath)) {
        err() << workspace.errorString() << Qt::endl;
        return 1;
    }
    DocumentImporter importer(workspace.database(), workspace.serviceTasks(), workspace.series());
    if (!importer.importFile(file)) {
        err() << tr("Import failed; the database was not changed.") << Qt::endl;
        const QStringList errors = importer.errors();
        for (const QString &error : errors)
            err() << "  " << error << Qt::endl;
        return 1;
    }
    const auto counts = importer.counts();
    out() << tr("Imported %1 service task(s) (%2 new, %3 replaced) and %4 series (%5 new, %6 replaced) into %7.")
                 .arg(counts.svctasksCreated + counts.svctasksReplaced)
                 .arg(counts.svctasksCreated)
                 .arg(counts.svctasksReplaced)
                 .arg(counts.seriesCreated + counts.seriesReplaced)
                 .arg(counts.seriesCreated)
                 .arg(counts.seriesReplaced)
                 .arg(workspace.path())
          << Qt::endl;
    return 0;
}

int HeadlessCommands::exportFile(const QString &databasePath, const QString &file)
{
    Workspace workspace;
    if (!workspace.open(databasePath)) {
        err() << workspace.errorString() << Qt::endl;
        return 1;
    }
    DocumentExporter exporter(workspace.serviceTasks(), workspace.series());
    if (!exporter.exportFile(file)) {
        err() << exporter.errorString() << Qt::endl;
        return 1;
    }
    out() << tr("Exported %1 service task(s) and %2 series to %3.")
                 .arg(exporter.svctaskCount())
                 .arg(exporter.seriesCount())
                 .arg(file)
          << Qt::endl;
    return 0;
}
