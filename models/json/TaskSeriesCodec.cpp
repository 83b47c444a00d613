#include "json/TaskSeriesCodec.h"

#include "json/JsonReader.h"

#include <algorithm>

namespace {

QString indexPath(const QString &path, const char *key, int index)
{
    const QString head = path.isEmpty() ? QString() : path + QLatin1Char('.');
    return QStringLiteral("%1%2[%3]").arg(head, QLatin1String(key)).arg(index);
}

// Stable sort of decoded items by their wire `order`.
template<typename T>
QVector<T> byOrder(QVector<std::pair<qint64, T>> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QVector<T> result;
    result.reserve(items.size());
    for (auto &item : items)
        result.append(std::move(item.second));
    return result;
}

} // namespace

std::optional<TaskSeries> TaskSeriesCodec::decode(const QJsonValue &value, DecodeError *error,
                                                  const QString &path)
{
    if (!value.isObject()) {
        *error = {path, tr("expected a series object")};
        return std::nullopt;
    }
    JsonReader in(value.toObject(), path);
    TaskSeries s;
    s.seriesId = in.string(QStringLiteral("seriesId"));
    s.assigneeIds = in.stringList(QStringLiteral("assigneeIds"));
    s.locationId = in.string(QStringLiteral("locationId"));
    s.name = in.string(QStringLiteral("name"));
    s.description = in.nullableString(QStringLiteral("description"));
    s.startAt = in.timestamp(QStringLiteral("startAt"));
    s.endAt = in.timestamp(QStringLiteral("endAt"));
    s.priority = in.string(QStringLiteral("priority"), QStringLiteral("NORMAL"));
    s.orderStepsRequired = in.boolean(QStringLiteral("orderStepsRequired"), false);
    s.strictTimeRequired = in.boolean(QStringLiteral("strictTimeRequired"), false);
    s.deadlined = in.boolean(QStringLiteral("deadlined"), false);
    s.tags = in.stringList(QStringLiteral("tags"));
    s.recurrence = in.object(QStringLiteral("recurrence"));
    const QJsonArray steps = in.array(QStringLiteral("steps"));
    s.extra = in.remaining();
    if (!in.ok()) {
        *error = in.error();
        return std::nullopt;
    }

    QVector<std::pair<qint64, Step>> ordered;
    for (int i = 0; i < steps.size(); ++i) {
        qint64 order = i;
        auto step = decodeStep(steps.at(i), indexPath(path, "steps", i), error, &order);
        if (!step)
            return std::nullopt;
        ordered.append({order, std::move(*step)});
    }
    s.steps = byOrder(std::move(ordered));
    return s;
}

std::optional<Step> TaskSeriesCodec::decodeStep(const QJsonValue &value, const QString &path,
                                                DecodeError *error, qint64 *order)
{
    if (!value.isObject()) {
        *error = {path, tr("expected a step object")};
        return std::nullopt;
    }
    JsonReader in(value.toObject(), path);
    Step step;
    step.seriesId = in.string(QStringLiteral("seriesId"));
    step.localKey = in.string(localKeyField());
    step.pointId = in.string(QStringLiteral("pointId"));
    step.name = in.string(QStringLiteral("name"));
    *order = in.integer(QStringLiteral("order"), *order);
    const QJsonArray actions = in.array(QStringLiteral("actions"));
    step.extra = in.remaining();
    if (!in.ok()) {
        *error = in.error();
        return std::nullopt;
    }
    QVector<std::pair<qint64, Action>> ordered;
    for (int i = 0; i < actions.size(); ++i) {
        qint64 actionOrder = i;
        auto action = decodeAction(actions.at(i), indexPath(path, "actions", i), error, &actionOrder);
        if (!action)
            return std::nullopt;
        ordered.append({actionOrder, std::move(*action)});
    }
    step.actions = byOrder(std::move(ordered));
    return step;
}

std::optional<Action> TaskSeriesCodec::decodeAction(const QJsonValue &value, const QString &path,
                                                    DecodeError *error, qint64 *order)
{
    if (!value.isObject()) {
        *error = {path, tr("expected an action object")};
        return std::nullopt;
    }
    JsonReader in(value.toObject(), path);
    Action action;
    action.seriesId = in.string(QStringLiteral("seriesId"));
    action.localKey = in.string(localKeyField());
    action.name = in.string(QStringLiteral("name"));
    action.type = in.string(QStringLiteral("type"));
    *order = in.integer(QStringLiteral("order"), *order);
    action.required = in.boolean(QStringLiteral("required"), false);
    action.extra = in.remaining();
    if (!in.ok()) {
        *error = in.error();
        return std::nullopt;
    }
    return action;
}

QJsonObject TaskSeriesCodec::encode(const TaskSeries &s, Keys keys)
{
    QJsonObject o = s.extra;
    if (!s.seriesId.isEmpty())
        o.insert(QStringLiteral("seriesId"), s.seriesId);
    o.insert(QStringLiteral("assigneeIds"), QJsonArray::fromStringList(s.assigneeIds));
    o.insert(QStringLiteral("locationId"), s.locationId);
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("description"), s.description ? QJsonValue(*s.description) : QJsonValue(QJsonValue::Null));
    if (!s.startAt.isEmpty())
        o.insert(QStringLiteral("startAt"), s.startAt.toWire());
    if (!s.endAt.isEmpty())
        o.insert(QStringLiteral("endAt"), s.endAt.toWire());
    o.insert(QStringLiteral("priority"), s.priority);
    o.insert(QStringLiteral("orderStepsRequired"), s.orderStepsRequired);
    o.insert(QStringLiteral("strictTimeRequired"), s.strictTimeRequired);
    o.insert(QStringLiteral("deadlined"), s.deadlined);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(s.tags));
    QJsonArray steps;
    for (int i = 0; i < s.steps.size(); ++i)
        steps.append(encodeStep(s.steps.at(i), i, keys));
    o.insert(QStringLiteral("steps"), steps);
    if (!s.recurrence.isEmpty())
        o.insert(QStringLiteral("recurrence"), s.recurrence);
    return o;
}

QJsonObject TaskSeriesCodec::encodeStep(const Step &step, int order, Keys keys)
{
    QJsonObject o = step.extra;
    if (!step.seriesId.isEmpty())
        o.insert(QStringLiteral("seriesId"), step.seriesId);
    else if (keys == Keys::WithLocalKeys && !step.localKey.isEmpty())
        o.insert(localKeyField(), step.localKey);
    o.insert(QStringLiteral("pointId"), step.pointId);
    o.insert(QStringLiteral("name"), step.name);
    o.insert(QStringLiteral("order"), order);
    QJsonArray actions;
    for (int i = 0; i < step.actions.size(); ++i)
        actions.append(encodeAction(step.actions.at(i), i, keys));
    o.insert(QStringLiteral("actions"), actions);
    return o;
}

QJsonObject TaskSeriesCodec::encodeAction(const Action &action, int order, Keys keys)
{
    QJsonObject o = action.extra;
    if (!action.seriesId.isEmpty())
        o.insert(QStringLiteral("seriesId"), action.seriesId);
    else if (keys == Keys::WithLocalKeys && !action.localKey.isEmpty())
        o.insert(localKeyField(), action.localKey);
    o.insert(QStringLiteral("name"), action.name);
    o.insert(QStringLiteral("type"), action.type);
    o.insert(QStringLiteral("order"), order);
    o.insert(QStringLiteral("required"), action.required);
    return o;
}
