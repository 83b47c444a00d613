#include "sync/ServiceTaskChangeRules.h"

#include "json/ServiceTaskCodec.h"

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

bool ServiceTaskChangeRules::serverChanged(const QJsonObject &base, const QJsonObject &theirs)
{
    return !ThreeWayMerge::changedFields(base, theirs).isEmpty();
}
