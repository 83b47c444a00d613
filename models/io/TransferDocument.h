#pragma once

#include "domain/ServiceTask.h"
#include "domain/TaskSeries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

// The import/export file: {"svctasks": [<ERA entity>…], "series": [<series body>…]},
// either key optional, records in the wire formats of docs/api-contract.md.
class TransferDocument
{
    Q_DECLARE_TR_FUNCTIONS(TransferDocument)

public:
    QVector<ServiceTask> svctasks;
    QVector<TaskSeries> series;

    // Reads and validates every record. On any problem returns nullopt and lists
    // every problem found, each naming its record (index, id, name) and field.
    static std::optional<TransferDocument> parse(const QByteArray &json, QStringList *errors);
    QByteArray toJson() const;

    // The same reading in two steps, for a caller that handles each record as it is
    // read instead of holding them all (the import writes them, and frees the bytes
    // of the file once the root is read). readRoot() checks the JSON itself (syntax,
    // an object, no key twice); readRecords() decodes and validates every record,
    // appending every problem to `errors`, and hands on each record that passed
    // while no problem has been found so far in the document.
    struct Sink
    {
        std::function<void(int index, const ServiceTask &task)> serviceTask;
        std::function<void(int index, const TaskSeries &series)> series;
    };
    static std::optional<QJsonObject> readRoot(const QByteArray &json, QStringList *errors);
    static bool readRecords(const QJsonObject &root, QStringList *errors, const Sink &sink);
    // How many records readRecords() will go through, for sizing a write.
    static int serviceTaskCount(const QJsonObject &root);

private:
    static QJsonArray listOf(const QJsonObject &root, const QString &key, QStringList *errors);
    static void readServiceTasks(const QJsonArray &svctasks, QStringList *errors, const Sink &sink);
    static void readSeries(const QJsonArray &series, QStringList *errors, const Sink &sink);
    static void checkItemIdsAcrossSeries(const TaskSeries &body, const QJsonValue &inFile, const QString &label,
                                         QHash<QString, QString> *owners, QStringList *errors);
};
