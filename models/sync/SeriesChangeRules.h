#pragma once

#include "domain/LocalKeys.h"
#include "json/DecodeError.h"
#include "storage/StoredTaskSeries.h"
#include "sync/ThreeWayMerge.h"

#include <QJsonObject>

#include <optional>

// How RemoteChange treats a series (see ServiceTaskChangeRules for service tasks).
struct SeriesChangeRules
{
    using Record = TaskSeries;
    using Stored = StoredTaskSeries;

    static QJsonObject encode(const TaskSeries &series);
    // With the local keys: new steps and actions keep their identity through the merge.
    static QJsonObject encodeMine(const TaskSeries &series);
    static std::optional<TaskSeries> decode(const QJsonObject &json, DecodeError *error);
    // ThreeWayMerge::mergeSeries: steps and actions matched by seriesId.
    static MergeResult merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);
    static bool serverChanged(const QJsonObject &base, const QJsonObject &theirs) { return base != theirs; }
    static bool mergedIsTheirs(const QJsonObject &, const TaskSeries &merged, const QJsonObject &theirs)
    {
        return encode(merged) == theirs;
    }
    // The series the server has now (a split made elsewhere gives it another id).
    static void takeIdentity(TaskSeries &local, const TaskSeries &server) { local.seriesId = server.seriesId; }
    // The ids the server gave the steps and actions that were new in `sent` (LocalKeys).
    static TaskSeries adoptServerIds(const TaskSeries &local, const TaskSeries &sent, const TaskSeries &server)
    {
        return LocalKeys::adoptServerIds(local, sent, server);
    }
};
