#pragma once

#include "domain/TaskSeries.h"
#include "json/DecodeError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// The TARGPatrol series body (CONTRACT.md 2.1) to and from TaskSeries.
class TaskSeriesCodec
{
    Q_DECLARE_TR_FUNCTIONS(TaskSeriesCodec)

public:
    // Steps and actions are put in `order` order (list position breaks ties).
    static std::optional<TaskSeries> decode(const QJsonValue &value, DecodeError *error,
                                            const QString &path = QString());
    // `order` is written as the position, 0..n-1; empty ids are left out.
    static QJsonObject encode(const TaskSeries &series);
    static QJsonObject encodeStep(const Step &step, int order);
    static QJsonObject encodeAction(const Action &action, int order);

private:
    static std::optional<Step> decodeStep(const QJsonValue &value, const QString &path,
                                          DecodeError *error, qint64 *order);
    static std::optional<Action> decodeAction(const QJsonValue &value, const QString &path,
                                              DecodeError *error, qint64 *order);
};
