#include "sync/SeriesChangeRules.h"

#include "json/TaskSeriesCodec.h"

QJsonObject SeriesChangeRules::encode(const TaskSeries &series)
{
    return TaskSeriesCodec::encode(series);
}

QJsonObject SeriesChangeRules::encodeMine(const TaskSeries &series)
{
    return TaskSeriesCodec::encode(series, TaskSeriesCodec::Keys::WithLocalKeys);
}

std::optional<TaskSeries> SeriesChangeRules::decode(const QJsonObject &json, DecodeError *error)
{
    return TaskSeriesCodec::decode(json, error);
}

MergeResult SeriesChangeRules::merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    return ThreeWayMerge::mergeSeries(base, mine, theirs);
}
