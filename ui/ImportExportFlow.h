#pragma once

#include "io/DocumentImporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QMainWindow;
class Workspace;

// File ▸ Import… and File ▸ Export… on one window: the file dialogs, the question before
// an import that may replace records, the result in the status bar or an error dialog.
class ImportExportFlow
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    // imported runs after every import attempt (the window's counts follow).
    ImportExportFlow(Workspace &workspace, QMainWindow &window, std::function<void()> imported);

    // Imports a transfer document; returns the errors (empty on success).
    QStringList importFile(const QString &path);
    // Exports everything; returns the error (empty on success).
    QString exportFile(const QString &path);

    void importInteractively();
    void exportInteractively();

private:
    static QString importedText(const QString &path, const DocumentImporter::Counts &counts);
    void showImportErrors(const QString &path, const QStringList &errors);

    Workspace &m_workspace;
    QMainWindow &m_window;
    std::function<void()> m_imported;
    DocumentImporter::Counts m_lastImport;
};
