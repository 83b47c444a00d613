#include "domain/Validator.h"

#include "domain/EnumCatalog.h"
#include "domain/FieldLimits.h"
#include "domain/TextRules.h"

#include <QRegularExpression>
#include <QSet>

ValidationIssues Validator::validate(const ServiceTask &task)
{
    ValidationIssues issues;
    // An empty id is a record made here that no server has seen yet; any other id is
    // sent in the URL and the body, and the server refuses one that is not a UUID.
    if (!task.id.isEmpty() && !isUuid(task.id))
        issues.append({QStringLiteral("id"),
                       tr("The id must be a UUID, e.g. 380daae6-016c-cdd4-606e-50e54938780c.")});
    if (TextRules::isBlank(task.name))
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
    if (TextRules::isBlank(task.siteMode))
        issues.append({QStringLiteral("sitemode"), tr("Choose a site mode.")});
    if (TextRules::isBlank(task.schedule))
        issues.append({QStringLiteral("schedule"), tr("Choose a schedule.")});
    checkLengths(task, issues);
    return issues;
}

ValidationIssues Validator::validate(const TaskSeries &series)
{
    ValidationIssues issues;
    if (!series.seriesId.isEmpty() && !isUuid(series.seriesId))
        issues.append({QStringLiteral("seriesId"),
                       tr("The series id must be a UUID, e.g. 475c2d64-b564-4f17-9833-ac3793ee43b4.")});
    if (TextRules::isBlank(series.name))
        issues.append({QStringLiteral("name"), tr("The name must not be empty.")});
    if (series.startAt.isEmpty())
        issues.append({QStringLiteral("startAt"), tr("Set a start time.")});
    if (series.endAt.isEmpty())
        issues.append({QStringLiteral("endAt"), tr("Set an end time.")});
    if (!series.startAt.isEmpty() && !series.endAt.isEmpty() && series.endAt < series.startAt)
        issues.append({QStringLiteral("endAt"), tr("The end must not be before the start.")});
    if (TextRules::isBlank(series.priority))
        issues.append({QStringLiteral("priority"), tr("Choose a priority.")});
    if (!series.locationId.isEmpty() && !isUuid(series.locationId))
        issues.append({QStringLiteral("locationId"),
                       tr("The location id must be a UUID, e.g. 03864752-f177-47ff-b0a1-99d75b02d954.")});
    for (int i = 0; i < series.assigneeIds.size(); ++i) {
        if (!isUuid(series.assigneeIds.at(i)))
            issues.append({QStringLiteral("assigneeIds[%1]").arg(i),
                           tr("Assignee %1 is not a UUID: \"%2\".").arg(i + 1).arg(series.assigneeIds.at(i))});
    }
    for (int s = 0; s < series.steps.size(); ++s)
        checkStep(series.steps.at(s), s, issues);
    checkItemIds(series, issues);
    checkLengths(series, issues);
    return issues;
}

void Validator::checkStep(const Step &step, int s, ValidationIssues &issues)
{
    const QString path = stepPath(s);
    if (!step.seriesId.isEmpty() && !isUuid(step.seriesId))
        issues.append({path + QStringLiteral(".seriesId"),
                       tr("The id (seriesId) of step %1 must be a UUID.").arg(s + 1)});
    if (TextRules::isBlank(step.name))
        issues.append({path + QStringLiteral(".name"), tr("Step %1 needs a name.").arg(s + 1)});
    if (!step.pointId.isEmpty() && !isUuid(step.pointId))
        issues.append({path + QStringLiteral(".pointId"),
                       tr("The checkpoint id of step %1 must be a UUID.").arg(s + 1)});
    checkLength(path + QStringLiteral(".name"), step.name, FieldLimits::name, issues);
    for (int a = 0; a < step.actions.size(); ++a)
        checkAction(step.actions.at(a), s, a, issues);
}

void Validator::checkAction(const Action &action, int s, int a, ValidationIssues &issues)
{
    const QString path = actionPath(s, a);
    if (!action.seriesId.isEmpty() && !isUuid(action.seriesId))
        issues.append({path + QStringLiteral(".seriesId"),
                       tr("The id (seriesId) of action %1 of step %2 must be a UUID.").arg(a + 1).arg(s + 1)});
    if (TextRules::isBlank(action.name))
        issues.append({path + QStringLiteral(".name"),
                       tr("Action %1 of step %2 needs a name.").arg(a + 1).arg(s + 1)});
    if (TextRules::isBlank(action.type))
        issues.append({path + QStringLiteral(".type"),
                       tr("Action %1 of step %2 needs a type.").arg(a + 1).arg(s + 1)});
    const auto min = action.minValue();
    const auto max = action.maxValue();
    if (action.type == EnumCatalog::actionTypeNumber() && min && max && *min > *max)
        issues.append({path + QStringLiteral(".minValue"),
                       tr("Action %1 of step %2: the minimum (%3) is greater than the maximum (%4).")
                           .arg(a + 1).arg(s + 1).arg(*min).arg(*max)});
    checkLength(path + QStringLiteral(".name"), action.name, FieldLimits::name, issues);
    checkLength(path + QStringLiteral(".type"), action.type, FieldLimits::code, issues);
}

// The server names steps and actions by their seriesId: two items with the same one
// are refused by every later PUT. Steps and actions share one set, since a UUID names
// one thing; case does not make two UUIDs different.
void Validator::checkItemIds(const TaskSeries &series, ValidationIssues &issues)
{
    QSet<QString> seen;
    auto isRepeat = [&seen](const QString &id) {
        if (id.isEmpty())
            return false;
        const QString key = id.toLower();
        const bool repeat = seen.contains(key);
        seen.insert(key);
        return repeat;
    };
    for (int s = 0; s < series.steps.size(); ++s) {
        const Step &step = series.steps.at(s);
        if (isRepeat(step.seriesId))
            issues.append({stepPath(s) + QStringLiteral(".seriesId"),
                           tr("Step %1 has the same id as an earlier step or action of this series: %2.")
                               .arg(s + 1).arg(step.seriesId)});
        for (int a = 0; a < step.actions.size(); ++a) {
            const QString &id = step.actions.at(a).seriesId;
            if (isRepeat(id))
                issues.append({actionPath(s, a) + QStringLiteral(".seriesId"),
                               tr("Action %1 of step %2 has the same id as an earlier step or action of "
                                  "this series: %3.").arg(a + 1).arg(s + 1).arg(id)});
        }
    }
}

void Validator::checkLength(const QString &field, const QString &text, int limit, ValidationIssues &issues)
{
    if (text.size() > limit)
        issues.append({field, tr("Field \"%1\" is too long: %2 characters; at most %3 are allowed.")
                                  .arg(field).arg(text.size()).arg(limit)});
}

void Validator::checkLengths(const ServiceTask &task, ValidationIssues &issues)
{
    checkLength(QStringLiteral("name"), task.name, FieldLimits::name, issues);
    checkLength(QStringLiteral("svcscriptcode"), task.scriptCode, FieldLimits::code, issues);
    checkLength(QStringLiteral("sitemode"), task.siteMode, FieldLimits::code, issues);
    checkLength(QStringLiteral("schedule"), task.schedule, FieldLimits::code, issues);
    for (int i = 0; i < task.sites.size(); ++i)
        checkLength(QStringLiteral("sites[%1]").arg(i), task.sites.at(i), FieldLimits::listItem, issues);
    checkLength(QStringLiteral("opts.title"), task.title(), FieldLimits::name, issues);
    checkLength(QStringLiteral("opts.comment"), task.comment(), FieldLimits::longText, issues);
}

void Validator::checkLengths(const TaskSeries &series, ValidationIssues &issues)
{
    checkLength(QStringLiteral("name"), series.name, FieldLimits::name, issues);
    checkLength(QStringLiteral("description"), series.description.value_or(QString()), FieldLimits::longText,
                issues);
    checkLength(QStringLiteral("priority"), series.priority, FieldLimits::code, issues);
    for (int i = 0; i < series.tags.size(); ++i)
        checkLength(QStringLiteral("tags[%1]").arg(i), series.tags.at(i), FieldLimits::listItem, issues);
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
