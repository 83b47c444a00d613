#include "TemporaryDatabase.h"

#include "io/DocumentImporter.h"

#include <QDebug>
#include <QDir>

QString TemporaryDatabase::newPath(const QString &folder)
{
    const QString name = QStringLiteral("%1%2.sqlite").arg(m_prefix).arg(++m_count);
    if (!folder.isEmpty() && !QDir(m_dir.path()).mkpath(folder))
        qWarning() << "cannot make" << folder;
    m_path = m_dir.filePath(folder.isEmpty() ? name : folder + QLatin1Char('/') + name);
    return m_path;
}

std::unique_ptr<Workspace> TemporaryDatabase::open(const QString &path)
{
    auto ws = std::make_unique<Workspace>();
    if (!ws->open(path)) {
        qWarning() << "cannot open" << path << ws->errorString();
        return nullptr;
    }
    return ws;
}

bool TemporaryDatabase::createSeeded(const QString &documentPath)
{
    const std::unique_ptr<Workspace> ws = openNew();
    if (!ws)
        return false;
    DocumentImporter importer(ws->database(), ws->serviceTasks(), ws->series());
    if (!importer.importFile(documentPath)) {
        qWarning() << importer.errors();
        return false;
    }
    return true;
}
