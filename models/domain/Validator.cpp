#include "domain/Validator.h"

#include "domain/EnumCatalog.h"

#include <QRegularExpression>

ValidationIssues Validator::validate(const ServiceTask &task)
{
    ValidationIssues issues;
    if (task.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("The name must not be empty.")});
    if (task.isRegular && task.intervalSec <= 0)
        issues.append({QStringLiteral("intervalsec"),
                       tr("A regular task needs an interval greater than zero.")});
    if (task.intervalSec < 0)
        issues.append({QStringLiteral("intervalsec"), tr("The interval must not be negative.")});
    if (!task.dtStart.isEmpty() && !task.dtStop.isEmpty() && task.dtStop < task.dtStart)
        issues.append({QStringLiteral("dtstop"), tr("The end must not be before the start.")});
    if (EnumCatalog::siteModeUsesList(task.siteMode) && task.sites.isEmpty())
        issues.append({QStringLiteral("sites"),
                       tr("This site mode runs on listed sites: list at least one site.")});
    if (task.siteMode.trimmed().isEmpty())
        issues.append({QStringLiteral("sitemode"), tr("Choose a site mode.")});
    if (task.schedule.trimmed().isEmpty())
        issues.append({QStringLiteral("schedule"), tr("Choose a schedule.")});
    return issues;
}

ValidationIssues Validator::validate(const TaskSeries &series)
{
    ValidationIssues issues;
    if (series.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), tr("The name must not be empty.")});
    if (series.startAt.isEmpty())
        issues.append({QStringLiteral("startAt"), tr("Set a start time.")});
    if (series.endAt.isEmpty())
        issues.append({QStringLiteral("endAt"), tr("Set an end time.")});
    if (!series.startAt.isEmpty() && !series.endAt.isEmpty() && series.endAt < series.startAt)
        issues.append({QStringLiteral("endAt"), tr("The end must not be before the start.")});
    if (series.priority.trimmed().isEmpty())
        issues.append({QStringLiteral("priority"), tr("Choose a priority.")});
    if (!series.locationId.isEmpty() && !isUuid(series.locationId))
        issues.append({QStringLiteral("locationId"),
                       tr("The location id must be a UUID, e.g. 03864752-f177-47ff-b0a1-99d75b02d954.")});
    for (int i = 0; i < series.assigneeIds.size(); ++i) {
        if (!isUuid(series.assigneeIds.at(i)))
            issues.append({QStringLiteral("assigneeIds[%1]").arg(i),
                           tr("Assignee %1 is not a UUID: \"%2\".").arg(i + 1).arg(series.assigneeIds.at(i))});
    }
    for (int s = 0; s < series.steps.size(); ++s) {
        const Step &step = series.steps.at(s);
        if (step.name.trimmed().isEmpty())
            issues.append({stepPath(s) + QStringLiteral(".name"),
                           tr("Step %1 needs a name.").arg(s + 1)});
        if (!step.pointId.isEmpty() && !isUuid(step.pointId))
            issues.append({stepPath(s) + QStringLiteral(".pointId"),
                           tr("The checkpoint id of step %1 must be a UUID.").arg(s + 1)});
        for (int a = 0; a < step.actions.size(); ++a) {
            const Action &action = step.actions.at(a);
            if (action.name.trimmed().isEmpty())
                issues.append({actionPath(s, a) + QStringLiteral(".name"),
                               tr("Action %1 of step %2 needs a name.").arg(a + 1).arg(s + 1)});
            if (action.type.trimmed().isEmpty())
                issues.append({actionPath(s, a) + QStringLiteral(".type"),
                               tr("Action %1 of step %2 needs a type.").arg(a + 1).arg(s + 1)});
            const auto min = action.minValue();
            const auto max = action.maxValue();
            if (action.type == EnumCatalog::actionTypeNumber() && min && max && *min > *max)
                issues.append({actionPath(s, a) + QStringLiteral(".minValue"),
                               tr("Action %1 of step %2: the minimum (%3) is greater than the maximum (%4).")
                                   .arg(a + 1).arg(s + 1).arg(*min).arg(*max)});
        }
    }
    return issues;
}

bool Validator::isUuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

QString Validator::stepPath(int step)
{
    return QStringLiteral("steps[%1]").arg(step);
}

QString Validator::actionPath(int step, int action)
{
    return QStringLiteral("steps[%1].actions[%2]").arg(step).arg(action);
}
