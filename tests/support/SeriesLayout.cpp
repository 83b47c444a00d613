#include "SeriesLayout.h"

#include <QStringList>

QString layoutOf(const TaskSeries &series)
{
    QStringList steps;
    for (const Step &step : series.steps) {
        QStringList actions;
        for (const Action &action : step.actions)
            actions << action.name;
        steps << QStringLiteral("%1[%2]").arg(step.name, actions.join(QLatin1Char(',')));
    }
    return steps.join(QLatin1Char(' '));
}
