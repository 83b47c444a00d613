#pragma once

#include "domain/TaskSeries.h"
#include "json/DecodeError.h"
#include "sync/HttpResult.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// What goes on the wire for a TARGPatrol series, and what its answers say: the request
// bodies of POST and PUT, and the series (or its seriesId) in a read of one execution.
class SeriesWire
{
    Q_DECLARE_TR_FUNCTIONS(TaskSeriesSync) // its messages are the series sync's

public:
    // The series body of GET /task-executions/{id}: the execution's own fields left out.
    static std::optional<TaskSeries> seriesFromExecution(const QJsonObject &execution, DecodeError *error);
    // The series in the answer to a read of `executionId` (an answer about another
    // execution is refused: it belongs to another record); none, and `why`, otherwise.
    static std::optional<TaskSeries> seriesIn(const HttpResult &result, const QString &executionId, QString *why);
    // The seriesId in the answer to a read of `executionId`; empty (and `why`) when the
    // answer is an error, not a task execution, about another execution or without it.
    static QString seriesIdIn(const HttpResult &result, const QString &executionId, QString *why);
    // Whether `server` is what a PUT of `sent` made: a new series, the same in every field
    // and item (ids aside).
    static bool isUpdateOf(const TaskSeries &sent, const TaskSeries &server);
    // Request bodies: POST without any seriesId; PUT with the ids, `recurrence` only when
    // ours differs from the server's (the contract documents it for POST only).
    static QJsonObject createBody(const TaskSeries &series);
    static QJsonObject updateBody(const TaskSeries &series, const TaskSeries &server);

private:
    static std::optional<QJsonObject> executionIn(const HttpResult &result, const QString &executionId, QString *why);
};
