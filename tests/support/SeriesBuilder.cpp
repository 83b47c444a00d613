#include "SeriesBuilder.h"

#include "SeedData.h"

namespace SeriesBuilder {

Timestamp at(const QString &text)
{
    Timestamp t;
    Timestamp::parse(text, &t);
    return t;
}

Action action(const QString &name, const QString &type)
{
    Action a;
    a.name = name;
    a.type = type;
    return a;
}

Step step(const QString &name, const QVector<Action> &actions)
{
    Step s;
    s.name = name;
    s.pointId = Seed::kPoint;
    s.actions = actions;
    return s;
}

TaskSeries newRound(const QString &name, const QString &startAt, const QString &endAt)
{
    TaskSeries s;
    s.name = name;
    s.locationId = Seed::kLocation;
    s.startAt = at(startAt);
    s.endAt = at(endAt);
    s.recurrence = {{QStringLiteral("rule"), QStringLiteral("FREQ=DAILY;COUNT=3")}};
    s.steps = {step(QStringLiteral("Проходная"), {action(QStringLiteral("Дверь закрыта")),
                                                  action(QStringLiteral("Замечания"), QStringLiteral("TEXT"))})};
    return s;
}

} // namespace SeriesBuilder
