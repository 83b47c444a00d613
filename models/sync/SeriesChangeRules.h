#pragma once

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

    // A series deleted here and never confirmed is a conflict when the server has it.
    static constexpr bool kDeleteOutlivesArrivedCreate = false;
    // A refused series that merges cleanly stays refused: only a new edit sends it again.
    static constexpr bool kRefusalOutlivesMerge = true;

    static QJsonObject encode(const TaskSeries &series);
    // With the local keys: new steps and actions keep their identity through the merge.
    static QJsonObject encodeMine(const TaskSeries &series);
    static std::optional<TaskSeries> decode(const QJsonObject &json, DecodeError *error);
    // ThreeWayMerge::mergeSeries: steps and actions matched by seriesId.
    static MergeResult merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);
    // The last synced copy; never synced here, the server's copy.
    static QJsonObject baseOf(const StoredTaskSeries &current, const QJsonObject &, const QJsonObject &theirs)
    {
        return current.base ? encode(*current.base) : theirs;
    }
    static bool unanswered(const StoredTaskSeries &) { return false; }
    static bool serverChanged(const QJsonObject &base, const QJsonObject &theirs) { return base != theirs; }
    static bool mergedIsTheirs(const QJsonObject &, const TaskSeries &merged, const QJsonObject &theirs)
    {
        return encode(merged) == theirs;
    }
    // The series the server has now (a split made elsewhere gives it another id).
    static void takeIdentity(TaskSeries &local, const TaskSeries &server) { local.seriesId = server.seriesId; }
};
