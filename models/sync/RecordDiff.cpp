#include "sync/RecordDiff.h"

#include "domain/Duration.h"
#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"
#include "sync/PendingChanges.h"
#include "sync/StepDiff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const int kLongestValue = 80;
const QString kSteps = QStringLiteral("steps");

// Wire fields the server keeps as 0/1 and the form shows as a check box.
bool isFlag(const QString &field)
{
    return field == QLatin1String("isenabled") || field == QLatin1String("isregular")
        || field == QLatin1String("overlap");
}

QString lineFor(const FieldChange &change)
{
    return RecordDiff::tr("%1: %2 → %3")
        .arg(RecordDiff::label(change.field), RecordDiff::fieldValueText(change.field, change.before),
             RecordDiff::fieldValueText(change.field, change.after));
}

QVector<DiffLine> linesFor(const QVector<FieldChange> &changes)
{
    QVector<DiffLine> lines;
    for (const FieldChange &change : changes) {
        if (!change.field.startsWith(kSteps + QLatin1Char('[')))
            lines.append({change.field, lineFor(change)});
    }
    return lines;
}

// `local` with the member at `field` ("name" or "opts.title") taken from `base`, or
// removed when the base has none.
QJsonObject putBack(QJsonObject local, const QJsonObject &base, const QString &field)
{
    const int dot = field.indexOf(QLatin1Char('.'));
    if (dot < 0 || local.contains(field) || base.contains(field)) {
        if (base.contains(field))
            local.insert(field, base.value(field));
        else
            local.remove(field);
        return local;
    }
    const QString outer = field.left(dot);
    const QString inner = field.mid(dot + 1);
    QJsonObject object = local.value(outer).toObject();
    const QJsonObject from = base.value(outer).toObject();
    if (from.contains(inner))
        object.insert(inner, from.value(inner));
    else
        object.remove(inner);
    local.insert(outer, object);
    return local;
}

} // namespace

QString RecordDiff::label(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("isenabled"), QT_TR_NOOP("Enabled")},
        {QStringLiteral("svcscriptcode"), QT_TR_NOOP("Service script")},
        {QStringLiteral("sitemode"), QT_TR_NOOP("Site mode")},
        {QStringLiteral("sites"), QT_TR_NOOP("Sites")},
        {QStringLiteral("isregular"), QT_TR_NOOP("Regular")},
        {QStringLiteral("intervalsec"), QT_TR_NOOP("Interval")},
        {QStringLiteral("overlap"), QT_TR_NOOP("Overlapping runs")},
        {QStringLiteral("dtstart"), QT_TR_NOOP("Start")},
        {QStringLiteral("dtstop"), QT_TR_NOOP("Stop")},
        {QStringLiteral("schedule"), QT_TR_NOOP("Schedule")},
        {QStringLiteral("periods"), QT_TR_NOOP("Periods")},
        {QStringLiteral("opts.title"), QT_TR_NOOP("Title")},
        {QStringLiteral("opts.comment"), QT_TR_NOOP("Comment")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("startAt"), QT_TR_NOOP("Start")},
        {QStringLiteral("endAt"), QT_TR_NOOP("End")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("orderStepsRequired"), QT_TR_NOOP("Steps must be done in order")},
        {QStringLiteral("strictTimeRequired"), QT_TR_NOOP("Strict time window")},
        {QStringLiteral("deadlined"), QT_TR_NOOP("Has a deadline")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("assigneeIds"), QT_TR_NOOP("Assignees")},
        {QStringLiteral("locationId"), QT_TR_NOOP("Location id")},
        {QStringLiteral("seriesId"), QT_TR_NOOP("Series id")},
    };
    const auto found = labels.constFind(field);
    if (found != labels.constEnd())
        return tr(found.value());
    if (field.startsWith(QLatin1String("recurrence")))
        return tr("Recurrence");
    if (field.startsWith(QLatin1String("ext.")))
        return tr("Server data: %1").arg(field.mid(4));
    return field;
}

QString RecordDiff::fieldValueText(const QString &field, const QJsonValue &value)
{
    if (isFlag(field) && value.isDouble())
        return valueText(value.toInt() != 0);
    if (field == QLatin1String("intervalsec") && value.isDouble())
        return Duration::format(qint64(value.toDouble()));
    return valueText(value);
}

QString RecordDiff::valueText(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null: return QStringLiteral("—");
    case QJsonValue::Bool: return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::String: text = value.toString(); break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Double: text = QString::number(value.toDouble(), 'g', 15); break;
    }
    if (text.isEmpty())
        return tr("(empty)");
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return text.size() > kLongestValue ? text.left(kLongestValue - 1) + QStringLiteral("…") : text;
}

QVector<DiffLine> RecordDiff::describe(const ServiceTask &base, const ServiceTask &local)
{
    return linesFor(PendingChanges::diff(base, local));
}

QVector<DiffLine> RecordDiff::describe(const TaskSeries &base, const TaskSeries &local)
{
    return linesFor(PendingChanges::diff(base, local)) + StepDiff::describe(base.steps, local.steps);
}

std::optional<ServiceTask> RecordDiff::revertField(const ServiceTask &base, const ServiceTask &local,
                                                   const QString &field)
{
    const QJsonObject patched = putBack(ServiceTaskCodec::encode(local), ServiceTaskCodec::encode(base), field);
    DecodeError error;
    return ServiceTaskCodec::decode(patched, &error);
}

std::optional<TaskSeries> RecordDiff::revertField(const TaskSeries &base, const TaskSeries &local,
                                                  const QString &field)
{
    if (field == kSteps) {
        TaskSeries reverted = local;
        reverted.steps = base.steps;
        return reverted;
    }
    const auto keys = TaskSeriesCodec::Keys::WithLocalKeys;
    const QJsonObject patched = putBack(TaskSeriesCodec::encode(local, keys), TaskSeriesCodec::encode(base, keys), field);
    DecodeError error;
    std::optional<TaskSeries> reverted = TaskSeriesCodec::decode(patched, &error);
    if (reverted)
        reverted->steps = local.steps; // only the field asked for goes back
    return reverted;
}
