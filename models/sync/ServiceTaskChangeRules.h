#pragma once

#include "json/DecodeError.h"
#include "storage/StoredServiceTask.h"
#include "sync/ThreeWayMerge.h"

#include <QJsonObject>

#include <optional>

// How RemoteChange treats a service task (see SeriesChangeRules for series).
struct ServiceTaskChangeRules
{
    using Record = ServiceTask;
    using Stored = StoredServiceTask;

    static QJsonObject encode(const ServiceTask &task);
    static QJsonObject encodeMine(const ServiceTask &task) { return encode(task); }
    static std::optional<ServiceTask> decode(const QJsonObject &json, DecodeError *error);
    static MergeResult merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);
    static bool serverChanged(const QJsonObject &base, const QJsonObject &theirs);
    static bool mergedIsTheirs(const QJsonObject &merged, const ServiceTask &, const QJsonObject &theirs)
    {
        return merged == theirs;
    }
    static void takeIdentity(ServiceTask &, const ServiceTask &) {}
    // A task has no items of its own the server names.
    static ServiceTask adoptServerIds(const ServiceTask &local, const ServiceTask &, const ServiceTask &)
    {
        return local;
    }
};
