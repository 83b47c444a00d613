#pragma once

#include "storage/ServiceTaskBatch.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <atomic>

class Database;
class QFile;
class QJsonObject;
class ImportQueue;
class ServiceTask;
class TaskSeries;
class Transaction;
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

    // The largest document accepted, checked before it is read whole: the JSON of a
    // document is held in memory several times over while it is read. 100 000 records
    // make about 44 MB, so this leaves ample room. README.md states the same number.
    static constexpr qint64 maxDocumentBytes = qint64(256) * 1024 * 1024;

    DocumentImporter(Database &db, ServiceTaskStore &tasks, TaskSeriesStore &series);

    bool importFile(const QString &path);
    bool importData(const QByteArray &json);
    bool importDocument(const TransferDocument &document);

    QStringList errors() const { return m_errors; }
    Counts counts() const { return m_counts; }

private:
    // Takes the bytes so they can be freed as soon as the JSON is parsed.
    bool importBytes(QByteArray json);
    // Decodes, validates and writes each record in one pass, in one transaction:
    // records are written while none has failed, and any problem anywhere rolls
    // everything back. Every problem is still listed.
    bool importRecords(QJsonObject root);
    static bool readInto(const QJsonObject &root, const QString &modifiedAt, const std::atomic<bool> &writing,
                         ImportQueue &queue, QStringList *errors);
    bool writeServiceTask(ServiceTaskBatch &batch, int index, const ServiceTask &task, const QVariantList &columns);
    // Counts a written record, or lists why it could not be written.
    bool counted(ServiceTaskBatch::Outcome outcome, const ServiceTaskBatch &batch, int index);
    bool writeSeries(int index, const TaskSeries &body);
    bool finish(Transaction &tx, ServiceTaskBatch &batch);
    // Reads at most maxDocumentBytes + 1 bytes: a device that never ends (/dev/zero) or
    // does not tell its size (a pipe) is caught as soon as it passes the limit.
    bool readCapped(QFile &file, const QString &path, QByteArray *content);
    // `path` empty: the document came as bytes, not from a file.
    void refuseTooLarge(const QString &path);

    Database &m_db;
    ServiceTaskStore &m_tasks;
    TaskSeriesStore &m_series;
    QStringList m_errors;
    Counts m_counts;
};
