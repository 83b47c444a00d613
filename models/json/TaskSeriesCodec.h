#pragma once

#include "domain/TaskSeries.h"
#include "json/DecodeError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// The TARGPatrol series body (docs/api-contract.md §2.1) to and from TaskSeries.
class TaskSeriesCodec
{
    Q_DECLARE_TR_FUNCTIONS(TaskSeriesCodec)

public:
    // Steps and actions are put in `order` order (list position breaks ties).
    static std::optional<TaskSeries> decode(const QJsonValue &value, DecodeError *error,
                                            const QString &path = QString());
    // What goes with the body besides the wire fields: the local keys of new steps and
    // actions (LocalKeys) travel only inside this program (the database, the merge), never
    // to a server or a file.
    enum class Keys { WireOnly, WithLocalKeys };
    // The member a local key is written under; decode() takes it back out.
    static QString localKeyField() { return QStringLiteral("taskdesk.localKey"); }

    // `order` is written as the position, 0..n-1; empty ids are left out.
    static QJsonObject encode(const TaskSeries &series, Keys keys = Keys::WireOnly);
    static QJsonObject encodeStep(const Step &step, int order, Keys keys = Keys::WireOnly);
    static QJsonObject encodeAction(const Action &action, int order, Keys keys = Keys::WireOnly);

private:
    static std::optional<Step> decodeStep(const QJsonValue &value, const QString &path,
                                          DecodeError *error, qint64 *order);
    static std::optional<Action> decodeAction(const QJsonValue &value, const QString &path,
                                              DecodeError *error, qint64 *order);
};
