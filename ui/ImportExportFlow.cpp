#include "ImportExportFlow.h"

#include "Confirmation.h"

#include "io/DocumentExporter.h"
#include "storage/Workspace.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

ImportExportFlow::ImportExportFlow(Workspace &workspace, QMainWindow &window, std::function<void()> imported)
    : m_workspace(workspace)
    , m_window(window)
    , m_imported(std::move(imported))
{
}

QStringList ImportExportFlow::importFile(const QString &path)
{
    DocumentImporter importer(m_workspace.database(), m_workspace.serviceTasks(), m_workspace.series());
    importer.importFile(path);
    m_lastImport = importer.counts();
    if (m_imported)
        m_imported();
    return importer.errors();
}

QString ImportExportFlow::exportFile(const QString &path)
{
    DocumentExporter exporter(m_workspace.serviceTasks(), m_workspace.series());
    return exporter.exportFile(path) ? QString() : exporter.errorString();
}

QString ImportExportFlow::importedText(const QString &path, const DocumentImporter::Counts &counts)
{
    QStringList parts;
    parts << tr("%n service task(s) created", nullptr, counts.svctasksCreated)
          << tr("%n service task(s) replaced", nullptr, counts.svctasksReplaced)
          << tr("%n series created", nullptr, counts.seriesCreated)
          << tr("%n series replaced", nullptr, counts.seriesReplaced);
    return tr("Imported \"%1\": %2.").arg(path, parts.join(QStringLiteral(", ")));
}

void ImportExportFlow::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // An import is not on the undo stack (it may be 100 000 records): when records it
    // could replace are here, the user is told so before anything is written.
    const bool hasRecords = m_workspace.serviceTasks().count() + m_workspace.series().count() > 0;
    if (hasRecords
        && !Confirmation::ask(&m_window, tr("Import"),
                              tr("Import \"%1\"? Records of this database with the same id are replaced "
                                 "by the file's. An import cannot be undone.").arg(path)))
        return;
    const QStringList errors = importFile(path);
    if (errors.isEmpty()) {
        m_window.statusBar()->showMessage(importedText(path, m_lastImport), 15000);
        return;
    }
    showImportErrors(path, errors);
}

void ImportExportFlow::showImportErrors(const QString &path, const QStringList &errors)
{
    constexpr int kShown = 10; // the rest are in the details, to be copied whole
    QStringList reasons = errors.mid(0, kShown);
    if (errors.size() > kShown)
        reasons << tr("…and %n more problem(s) under Show Details.", nullptr, int(errors.size() - kShown));
    QMessageBox box(QMessageBox::Warning, tr("Import failed"),
                    tr("Nothing was imported from \"%1\": fix the file and try again.").arg(path),
                    QMessageBox::Ok, &m_window);
    box.setObjectName(QStringLiteral("importErrorBox"));
    box.setInformativeText(reasons.join(QLatin1Char('\n')));
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

void ImportExportFlow::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export"), QStringLiteral("taskdesk.json"),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = exportFile(path);
    if (error.isEmpty())
        m_window.statusBar()->showMessage(tr("Exported to \"%1\".").arg(path), 5000);
    else
        QMessageBox::warning(&m_window, tr("Export failed"), error);
}
