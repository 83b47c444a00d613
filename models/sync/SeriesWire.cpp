#include "sync/SeriesWire.h"

#include "json/TaskSeriesCodec.h"

#include <QJsonDocument>
#include <QStringList>

namespace {

// Fields of GET /task-executions/{id} that describe the execution, not the series. The
// body's `startAt`/`endAt` stay: they are this execution's window, and a PUT to the same
// execution reads them the same way (its executions move by body startAt − execution
// startAt), so reading and writing through one execution round-trips exactly.
const QStringList kExecutionOnlyFields = {QStringLiteral("id"), QStringLiteral("scheduledTaskId"),
                                          QStringLiteral("state"), QStringLiteral("status")};

TaskSeries withoutIds(TaskSeries series)
{
    series.seriesId.clear();
    for (Step &step : series.steps) {
        step.seriesId.clear();
        for (Action &action : step.actions)
            action.seriesId.clear();
    }
    return series; // local keys stay: equality does not compare them
}

} // namespace

std::optional<TaskSeries> SeriesWire::seriesFromExecution(const QJsonObject &execution, DecodeError *error)
{
    QJsonObject body = execution;
    for (const QString &field : kExecutionOnlyFields)
        body.remove(field);
    auto series = TaskSeriesCodec::decode(body, error);
    if (series && series->seriesId.isEmpty()) {
        *error = {QStringLiteral("seriesId"), tr("missing")};
        return std::nullopt;
    }
    return series;
}

std::optional<TaskSeries> SeriesWire::seriesIn(const HttpResult &result, const QString &executionId, QString *why)
{
    const auto execution = executionIn(result, executionId, why);
    if (!execution)
        return std::nullopt;
    DecodeError error;
    auto series = seriesFromExecution(*execution, &error);
    if (!series)
        *why = tr("the server sent a series that cannot be read (%1)").arg(error.toString());
    return series;
}

QString SeriesWire::seriesIdIn(const HttpResult &result, const QString &executionId, QString *why)
{
    const auto execution = executionIn(result, executionId, why);
    if (!execution)
        return QString();
    const QString seriesId = execution->value(QStringLiteral("seriesId")).toString();
    if (seriesId.trimmed().isEmpty())
        *why = tr("the server did not say which series task execution %1 belongs to").arg(executionId);
    return seriesId.trimmed().isEmpty() ? QString() : seriesId;
}

std::optional<QJsonObject> SeriesWire::executionIn(const HttpResult &result, const QString &executionId, QString *why)
{
    if (!result.ok()) {
        *why = result.serverMessage();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    if (!document.isObject()) {
        *why = parseError.error != QJsonParseError::NoError
            ? tr("the server sent data that is not valid JSON (%1)").arg(parseError.errorString())
            : tr("the server sent data that is not a task execution");
        return std::nullopt;
    }
    // The execution's `id` is [assumed] in docs/api-contract.md: an answer without it is taken, one
    // with another id is not.
    const QJsonValue answered = document.object().value(QStringLiteral("id"));
    if (!answered.isUndefined() && answered.toString() != executionId) {
        *why = tr("the server answered with task execution %1 instead of %2").arg(answered.toString(), executionId);
        return std::nullopt;
    }
    return document.object();
}

bool SeriesWire::isUpdateOf(const TaskSeries &sent, const TaskSeries &server)
{
    return !sent.seriesId.isEmpty() && server.seriesId != sent.seriesId && withoutIds(sent) == withoutIds(server);
}

QJsonObject SeriesWire::createBody(const TaskSeries &series)
{
    return TaskSeriesCodec::encode(withoutIds(series)); // the encoder leaves empty ids out
}

QJsonObject SeriesWire::updateBody(const TaskSeries &series, const TaskSeries &server)
{
    QJsonObject body = TaskSeriesCodec::encode(series);
    if (series.recurrence == server.recurrence)
        body.remove(QStringLiteral("recurrence")); // the server carries its own over
    else if (series.recurrence.isEmpty())
        body.insert(QStringLiteral("recurrence"), QJsonValue::Null); // no longer repeats
    return body;
}
