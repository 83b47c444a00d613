#include "TrackedFields.h"

namespace {

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

enum class SeriesField { Name, Description, Priority, StepName, ActionName, ActionRequired, NewStep };

SeriesField seriesFieldOf(const TortureStep &step, bool local)
{
    // The server side has no call that adds a step on its own.
    return SeriesField(step.field % (local ? 7 : 6));
}

QString priorityOf(const TortureStep &step)
{
    return step.number % 2 ? QStringLiteral("MAJOR") : QStringLiteral("NORMAL");
}

// The synced steps (with a server id) and their synced actions, in order.
QVector<int> syncedSteps(const TaskSeries &series)
{
    QVector<int> indexes;
    for (int i = 0; i < series.steps.size(); ++i)
        if (!series.steps.at(i).seriesId.isEmpty())
            indexes.append(i);
    return indexes;
}

QVector<QPair<int, int>> syncedActions(const TaskSeries &series)
{
    QVector<QPair<int, int>> indexes;
    for (int s : syncedSteps(series))
        for (int a = 0; a < series.steps.at(s).actions.size(); ++a)
            if (!series.steps.at(s).actions.at(a).seriesId.isEmpty())
                indexes.append({s, a});
    return indexes;
}

} // namespace

WriteLedger::Fields TrackedFields::of(const ServiceTask &task)
{
    return {{QStringLiteral("name"), task.name},
            {QStringLiteral("title"), task.title()},
            {QStringLiteral("comment"), task.comment()},
            {QStringLiteral("isEnabled"), flag(task.isEnabled)},
            {QStringLiteral("intervalSec"), QString::number(task.intervalSec)}};
}

WriteLedger::Fields TrackedFields::of(const TaskSeries &series)
{
    WriteLedger::Fields fields{{QStringLiteral("name"), series.name},
                               {QStringLiteral("description"), series.description.value_or(QStringLiteral("<null>"))},
                               {QStringLiteral("priority"), series.priority},
                               {QStringLiteral("steps"), QString::number(series.steps.size())}};
    for (const Step &step : series.steps) {
        if (step.seriesId.isEmpty())
            continue;
        fields.insert(QStringLiteral("step:") + step.seriesId, step.name);
        for (const Action &action : step.actions) {
            if (action.seriesId.isEmpty())
                continue;
            fields.insert(QStringLiteral("action:") + action.seriesId, action.name);
            fields.insert(QStringLiteral("required:") + action.seriesId, flag(action.required));
        }
    }
    return fields;
}

void TrackedFields::editTask(ServiceTask &task, const TortureStep &step)
{
    switch (step.field % 5) {
    case 0: task.name = step.value; break;
    case 1: task.setTitle(step.value); break;
    case 2: task.setComment(step.value); break;
    case 3: task.isEnabled = !task.isEnabled; break;
    default: task.intervalSec = step.number; break;
    }
}

QJsonObject TrackedFields::taskPatch(const TortureStep &step)
{
    switch (step.field % 5) {
    case 0: return {{QStringLiteral("name"), step.value}};
    case 1: return {{QStringLiteral("opts"), QJsonObject{{QStringLiteral("title"), step.value}}}};
    case 2: return {{QStringLiteral("opts"), QJsonObject{{QStringLiteral("comment"), step.value}}}};
    case 3: return {{QStringLiteral("isenabled"), step.number % 2}};
    default: return {{QStringLiteral("intervalsec"), step.number}};
    }
}

bool TrackedFields::editSeries(TaskSeries &series, const TortureStep &step)
{
    const QVector<int> steps = syncedSteps(series);
    const QVector<QPair<int, int>> actions = syncedActions(series);
    switch (seriesFieldOf(step, true)) {
    case SeriesField::Name: series.name = step.value; return true;
    case SeriesField::Description: series.description = step.value; return true;
    case SeriesField::Priority: series.priority = priorityOf(step); return true;
    case SeriesField::StepName:
        if (steps.isEmpty())
            return false;
        series.steps[steps.at(step.pick % steps.size())].name = step.value;
        return true;
    case SeriesField::ActionName:
    case SeriesField::ActionRequired: {
        if (actions.isEmpty())
            return false;
        const auto [s, a] = actions.at(step.pick % actions.size());
        Action &action = series.steps[s].actions[a];
        if (seriesFieldOf(step, true) == SeriesField::ActionName)
            action.name = step.value;
        else
            action.required = !action.required;
        return true;
    }
    case SeriesField::NewStep: {
        Step added;
        added.name = step.value;
        added.pointId = QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2");
        Action check;
        check.name = QStringLiteral("✓ ") + step.value.left(100);
        added.actions = {check};
        series.steps.insert(step.pick % (series.steps.size() + 1), added);
        return true;
    }
    }
    return false;
}

std::optional<TrackedFields::SeriesEdit> TrackedFields::seriesPatch(const TaskSeries &server, const TortureStep &step)
{
    const QVector<int> steps = syncedSteps(server);
    const QVector<QPair<int, int>> actions = syncedActions(server);
    switch (seriesFieldOf(step, false)) {
    case SeriesField::Name: return SeriesEdit{QString(), {{QStringLiteral("name"), step.value}}};
    case SeriesField::Description: return SeriesEdit{QString(), {{QStringLiteral("description"), step.value}}};
    case SeriesField::Priority: return SeriesEdit{QString(), {{QStringLiteral("priority"), priorityOf(step)}}};
    case SeriesField::StepName:
        if (steps.isEmpty())
            return std::nullopt;
        return SeriesEdit{QStringLiteral("/steps/") + server.steps.at(steps.at(step.pick % steps.size())).seriesId,
                          {{QStringLiteral("name"), step.value}}};
    case SeriesField::ActionName:
    case SeriesField::ActionRequired: {
        if (actions.isEmpty())
            return std::nullopt;
        const auto [s, a] = actions.at(step.pick % actions.size());
        const Action &action = server.steps.at(s).actions.at(a);
        const QJsonObject body = seriesFieldOf(step, false) == SeriesField::ActionName
                                     ? QJsonObject{{QStringLiteral("name"), step.value}}
                                     : QJsonObject{{QStringLiteral("required"), !action.required}};
        return SeriesEdit{QStringLiteral("/steps/%1/actions/%2").arg(server.steps.at(s).seriesId, action.seriesId), body};
    }
    case SeriesField::NewStep: break;
    }
    return std::nullopt;
}
