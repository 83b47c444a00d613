#include "sync/ServiceTaskChangeRules.h"

#include "json/ServiceTaskCodec.h"
#include "sync/UnansweredPush.h"

QJsonObject ServiceTaskChangeRules::encode(const ServiceTask &task)
{
    return ServiceTaskCodec::encode(task);
}

std::optional<ServiceTask> ServiceTaskChangeRules::decode(const QJsonObject &json, DecodeError *error)
{
    return ServiceTaskCodec::decode(json, error);
}

MergeResult ServiceTaskChangeRules::merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    return ThreeWayMerge::mergeServiceTask(base, mine, theirs);
}

QJsonObject ServiceTaskChangeRules::baseOf(const StoredServiceTask &current, const QJsonObject &mine,
                                           const QJsonObject &theirs)
{
    const QJsonObject base = current.base ? encode(*current.base) : current.posted ? encode(*current.posted) : theirs;
    return unanswered(current) ? UnansweredPush::baseFor(base, encode(*current.posted), mine, theirs) : base;
}

bool ServiceTaskChangeRules::serverChanged(const QJsonObject &base, const QJsonObject &theirs)
{
    return !ThreeWayMerge::changedFields(base, theirs).isEmpty();
}
