#include "domain/TaskSeries.h"

QString TaskSeries::recurrenceRule() const
{
    return recurrence.value(QStringLiteral("rule")).toString();
}

QString TaskSeries::recurrenceExceptions() const
{
    return recurrence.value(QStringLiteral("exception")).toString();
}

int TaskSeries::actionCount() const
{
    int count = 0;
    for (const Step &step : steps)
        count += step.actions.size();
    return count;
}

bool TaskSeries::operator==(const TaskSeries &o) const
{
    return seriesId == o.seriesId && assigneeIds == o.assigneeIds && locationId == o.locationId
        && name == o.name && description == o.description && startAt == o.startAt
        && endAt == o.endAt && priority == o.priority
        && orderStepsRequired == o.orderStepsRequired
        && strictTimeRequired == o.strictTimeRequired && deadlined == o.deadlined
        && tags == o.tags && steps == o.steps && recurrence == o.recurrence && extra == o.extra;
}
