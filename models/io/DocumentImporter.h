#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;
class ServiceTaskStore;
class TaskSeriesStore;
class TransferDocument;

// Brings a transfer document into the database, all or nothing. A record whose id
// is already there replaces that record's local copy (a local edit, pushed by the
// next sync); any other record is new.
class DocumentImporter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentImporter)

public:
    struct Counts
    {
        int svctasksCreated = 0;
        int svctasksReplaced = 0;
        int seriesCreated = 0;
        int seriesReplaced = 0;
    };

    DocumentImporter(Database &db, ServiceTaskStore &tasks, TaskSeriesStore &series);

    bool importFile(const QString &path);
    bool importData(const QByteArray &json);
    bool importDocument(const TransferDocument &document);

    QStringList errors() const { return m_errors; }
    Counts counts() const { return m_counts; }

private:
    Database &m_db;
    ServiceTaskStore &m_tasks;
    TaskSeriesStore &m_series;
    QStringList m_errors;
    Counts m_counts;
};
