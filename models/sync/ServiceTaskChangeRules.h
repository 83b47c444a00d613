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

    // A task deleted here while its create was out stays deleted when the create arrives:
    // the server's copy becomes the base and the DELETE is still sent.
    static constexpr bool kDeleteOutlivesArrivedCreate = true;
    // A refused task that merges cleanly is sent again (Modified).
    static constexpr bool kRefusalOutlivesMerge = false;

    static QJsonObject encode(const ServiceTask &task);
    static QJsonObject encodeMine(const ServiceTask &task) { return encode(task); }
    static std::optional<ServiceTask> decode(const QJsonObject &json, DecodeError *error);
    static MergeResult merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);
    // What the merge starts from: the last synced copy; never synced here (a create whose
    // answer was lost), what the create sent, so that what another client changed there
    // since is taken, not overwritten; neither, the server's copy. A PATCH whose answer
    // never came may have landed: then the base is what it left there (UnansweredPush).
    static QJsonObject baseOf(const StoredServiceTask &current, const QJsonObject &mine, const QJsonObject &theirs);
    static bool unanswered(const StoredServiceTask &current) { return current.base && current.posted; }
    static bool serverChanged(const QJsonObject &base, const QJsonObject &theirs);
    static bool mergedIsTheirs(const QJsonObject &merged, const ServiceTask &, const QJsonObject &theirs)
    {
        return merged == theirs;
    }
    static void takeIdentity(ServiceTask &, const ServiceTask &) {}
};
