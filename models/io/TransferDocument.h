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

#include <optional>

// The import/export file: {"svctasks": [<ERA entity>…], "series": [<series body>…]},
// either key optional, records in the wire formats of CONTRACT.md.
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

private:
    static std::optional<QJsonObject> readRoot(const QByteArray &json, QStringList *errors);
    static QJsonArray listOf(const QJsonObject &root, const QString &key, QStringList *errors);
    void readServiceTasks(const QJsonArray &svctasks, QStringList *errors);
    void readSeries(const QJsonArray &series, QStringList *errors);
    static void checkItemIdsAcrossSeries(const TaskSeries &body, const QJsonValue &inFile, const QString &label,
                                         QHash<QString, QString> *owners, QStringList *errors);
};
