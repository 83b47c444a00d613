#include "ThreeWayMergeTest.h"

#include "TestSupport.h"

#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"

#include <QJsonArray>

namespace ThreeWayMergeTest {

namespace {

QJsonArray stepsOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("steps")).toArray();
}

void setSteps(QJsonObject &o, QJsonArray steps)
{
    for (int i = 0; i < steps.size(); ++i) {
        QJsonObject s = steps.at(i).toObject();
        QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
        for (int j = 0; j < actions.size(); ++j) {
            QJsonObject a = actions.at(j).toObject();
            a.insert(QStringLiteral("order"), j);
            actions[j] = a;
        }
        s.insert(QStringLiteral("actions"), actions);
        s.insert(QStringLiteral("order"), i);
        steps[i] = s;
    }
    o.insert(QStringLiteral("steps"), steps);
}

int stepIndex(const QJsonObject &o, const QString &id)
{
    const QJsonArray steps = stepsOf(o);
    for (int i = 0; i < steps.size(); ++i)
        if (steps.at(i).toObject().value(QStringLiteral("seriesId")).toString() == id)
            return i;
    return -1;
}

QJsonObject step(const QJsonObject &o, const QString &id)
{
    return stepsOf(o).at(stepIndex(o, id)).toObject();
}

// Where an action is: {step index, action index}, {-1, -1} when absent.
std::pair<int, int> actionAt(const QJsonObject &o, const QString &id)
{
    const QJsonArray steps = stepsOf(o);
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonArray actions = steps.at(i).toObject().value(QStringLiteral("actions")).toArray();
        for (int j = 0; j < actions.size(); ++j)
            if (actions.at(j).toObject().value(QStringLiteral("seriesId")).toString() == id)
                return {i, j};
    }
    return {-1, -1};
}

} // namespace

QJsonObject eraBase()
{
    DecodeError error;
    const auto task = ServiceTaskCodec::decode(TestSupport::fixtureJson(QStringLiteral("era-svctask.json")), &error);
    if (!task)
        qWarning("test setup: cannot decode the ERA seed");
    return task ? ServiceTaskCodec::encode(*task) : QJsonObject();
}

QJsonObject withField(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

QJsonObject withOpt(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(QStringLiteral("opts"), withField(o.value(QStringLiteral("opts")).toObject(), key, value));
    return o;
}

QJsonObject action(const QJsonObject &o, const QString &id)
{
    const auto at = actionAt(o, id);
    if (at.first < 0)
        return QJsonObject();
    return stepsOf(o).at(at.first).toObject().value(QStringLiteral("actions")).toArray().at(at.second).toObject();
}

QString parentOf(const QJsonObject &o, const QString &actionId)
{
    const auto at = actionAt(o, actionId);
    return at.first < 0 ? QString() : stepsOf(o).at(at.first).toObject().value(QStringLiteral("seriesId")).toString();
}

QStringList stepNames(const QJsonObject &o)
{
    QStringList names;
    for (const QJsonValue &s : stepsOf(o))
        names.append(s.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QJsonObject withStepField(QJsonObject o, const QString &id, const QString &key, const QJsonValue &value)
{
    QJsonArray steps = stepsOf(o);
    const int i = stepIndex(o, id);
    steps[i] = withField(steps.at(i).toObject(), key, value);
    setSteps(o, steps);
    return o;
}

QJsonObject withActionField(QJsonObject o, const QString &id, const QString &key, const QJsonValue &value)
{
    QJsonArray steps = stepsOf(o);
    const auto at = actionAt(o, id);
    QJsonObject s = steps.at(at.first).toObject();
    QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
    actions[at.second] = withField(actions.at(at.second).toObject(), key, value);
    s.insert(QStringLiteral("actions"), actions);
    steps[at.first] = s;
    setSteps(o, steps);
    return o;
}

QJsonObject withStepOrder(QJsonObject o, const QStringList &ids)
{
    QJsonArray steps;
    for (const QString &id : ids)
        steps.append(step(o, id));
    setSteps(o, steps);
    return o;
}

QJsonObject withoutStep(QJsonObject o, const QString &id)
{
    QJsonArray steps = stepsOf(o);
    steps.removeAt(stepIndex(o, id));
    setSteps(o, steps);
    return o;
}

QJsonObject withoutAction(QJsonObject o, const QString &id)
{
    QJsonArray steps = stepsOf(o);
    const auto at = actionAt(o, id);
    QJsonObject s = steps.at(at.first).toObject();
    QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
    actions.removeAt(at.second);
    s.insert(QStringLiteral("actions"), actions);
    steps[at.first] = s;
    setSteps(o, steps);
    return o;
}

QJsonObject withActionInserted(QJsonObject o, const QString &stepId, int at, const QJsonObject &newAction)
{
    QJsonArray steps = stepsOf(o);
    const int i = stepIndex(o, stepId);
    QJsonObject s = steps.at(i).toObject();
    QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
    actions.insert(at, newAction);
    s.insert(QStringLiteral("actions"), actions);
    steps[i] = s;
    setSteps(o, steps);
    return o;
}

QJsonObject withActionMoved(QJsonObject o, const QString &id, const QString &toStep, int at)
{
    const QJsonObject a = action(o, id);
    return withActionInserted(withoutAction(o, id), toStep, at, a);
}

QJsonObject withActionOrder(QJsonObject o, const QString &stepId, const QStringList &ids)
{
    QJsonArray actions;
    for (const QString &id : ids)
        actions.append(action(o, id));
    QJsonArray steps = stepsOf(o);
    const int i = stepIndex(o, stepId);
    QJsonObject s = steps.at(i).toObject();
    s.insert(QStringLiteral("actions"), actions);
    steps[i] = s;
    setSteps(o, steps);
    return o;
}

QJsonObject seriesBase()
{
    DecodeError error;
    const auto series = TaskSeriesCodec::decode(TestSupport::fixtureJson(QStringLiteral("targpatrol-series.json")), &error);
    if (!series)
        qWarning("test setup: cannot decode the TARGPatrol seed");
    QJsonObject o = series ? TaskSeriesCodec::encode(*series) : QJsonObject();
    QJsonArray steps = stepsOf(o);
    steps.append(QJsonObject{{"seriesId", S2}, {"pointId", P2}, {"name", "step 2"}, {"order", 1},
                             {"actions", QJsonArray{QJsonObject{{"seriesId", A3}, {"name", "action 3"}, {"type", "NUMBER"},
                                                                {"order", 0}, {"required", true}, {"minValue", 0}}}}});
    steps.append(QJsonObject{{"seriesId", S3}, {"pointId", P2}, {"name", "step 3"}, {"order", 2},
                             {"actions", QJsonArray{QJsonObject{{"seriesId", A4}, {"name", "action 4"}, {"type", "TEXT"},
                                                                {"order", 0}, {"required", false}}}}});
    setSteps(o, steps);
    return o;
}

bool ordersAreRenumbered(const QJsonObject &o)
{
    const QJsonArray steps = stepsOf(o);
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        if (s.value(QStringLiteral("order")) != QJsonValue(i))
            return false;
        const QJsonArray actions = s.value(QStringLiteral("actions")).toArray();
        for (int j = 0; j < actions.size(); ++j)
            if (actions.at(j).toObject().value(QStringLiteral("order")) != QJsonValue(j))
                return false;
    }
    return true;
}

QStringList paths(const MergeResult &r)
{
    QStringList out;
    for (const FieldConflict &c : r.conflicts)
        out.append(c.path.format());
    return out;
}

QString stepPath(const QString &id)
{
    return QStringLiteral("steps[seriesId=%1]").arg(id);
}

QString actionPath(const QString &stepId, const QString &actionId)
{
    return stepPath(stepId) + QStringLiteral(".actions[seriesId=%1]").arg(actionId);
}

} // namespace ThreeWayMergeTest
