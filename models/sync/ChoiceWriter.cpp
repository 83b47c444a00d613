#include "sync/ChoiceWriter.h"

#include "sync/MergeRules.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace {

const QString kSeriesId = QStringLiteral("seriesId");
const QString kSteps = QStringLiteral("steps");
const QString kActions = QStringLiteral("actions");
const QString kOrder = QStringLiteral("order");

int clampedOrder(const QJsonObject &item, int size)
{
    const QJsonValue order = item.value(kOrder);
    if (!order.isDouble())
        return size;
    return qBound(0, order.toInt(), size);
}

// Puts the items whose seriesId is listed into the positions those items occupy now, in the
// listed order; other items stay where they are.
QJsonArray permute(const QJsonArray &items, const QJsonArray &order)
{
    QStringList wanted;
    for (const QJsonValue &v : order)
        if (v.isString())
            wanted.append(v.toString());
    QVector<int> positions;
    QHash<QString, QJsonValue> byId;
    for (int i = 0; i < items.size(); ++i) {
        const QString id = items.at(i).toObject().value(kSeriesId).toString();
        if (!id.isEmpty() && wanted.contains(id) && !byId.contains(id)) {
            positions.append(i);
            byId.insert(id, items.at(i));
        }
    }
    QJsonArray out = items;
    int slot = 0;
    for (const QString &id : std::as_const(wanted)) {
        if (byId.contains(id) && slot < positions.size())
            out[positions.at(slot++)] = byId.take(id);
    }
    return out;
}

QJsonArray renumbered(QJsonArray items)
{
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o = items.at(i).toObject();
        o.insert(kOrder, i);
        items[i] = o;
    }
    return items;
}

QSet<QString> actionIds(const QJsonObject &step)
{
    QSet<QString> ids;
    const QJsonArray actions = step.value(kActions).toArray();
    for (const QJsonValue &a : actions) {
        const QString id = a.toObject().value(kSeriesId).toString();
        if (!id.isEmpty())
            ids.insert(id);
    }
    return ids;
}

QVector<QJsonObject> stepsOf(const QJsonObject &record)
{
    QVector<QJsonObject> steps;
    const QJsonArray array = record.value(kSteps).toArray();
    for (const QJsonValue &s : array)
        steps.append(s.toObject());
    return steps;
}

} // namespace

ChoiceWriter::ChoiceWriter(const QJsonObject &merged)
    : m_out(merged)
    , m_steps(stepsOf(merged))
{
}

void ChoiceWriter::write(const ConflictPath &path, const QJsonValue &value)
{
    using Kind = ConflictPath::Kind;
    switch (path.kind()) {
    case Kind::Invalid:
        return;
    case Kind::Record:
        setRecord(value);
        return;
    case Kind::Field:
        setField(path, value);
        return;
    case Kind::StepsOrder:
        setStepsOrder(value);
        return;
    default:
        break;
    }
    m_stepsTouched = true;
    const int step = findStep(path.stepRef());
    switch (path.kind()) {
    case Kind::Step:
        setStep(step, value);
        break;
    case Kind::StepField:
        if (step >= 0)
            MergeRules::put(&m_steps[step], path.key(), value);
        break;
    case Kind::ActionsOrder:
        setActionsOrder(step, value);
        break;
    case Kind::Action:
        setAction(step, path.actionId(), value);
        break;
    case Kind::ActionField:
        setActionField(path.actionId(), path.key(), value);
        break;
    case Kind::ActionStep:
        moveAction(path.actionId(), value);
        break;
    default:
        break;
    }
}

QJsonObject ChoiceWriter::result() const
{
    if (!m_stepsTouched)
        return m_out;
    QJsonArray steps;
    for (QJsonObject s : m_steps) {
        s.insert(kActions, renumbered(s.value(kActions).toArray()));
        steps.append(s);
    }
    QJsonObject out = m_out;
    out.insert(kSteps, renumbered(steps));
    return out;
}

void ChoiceWriter::setRecord(const QJsonValue &value)
{
    m_out = value.toObject();
    m_steps = stepsOf(m_out);
    m_stepsTouched = false;
}

// A top-level field, or a key of opts / recurrence.
void ChoiceWriter::setField(const ConflictPath &path, const QJsonValue &value)
{
    if (path.object().isEmpty()) {
        MergeRules::put(&m_out, path.key(), value);
        return;
    }
    if (value.isUndefined() && !m_out.value(path.object()).isObject())
        return; // nothing to remove
    QJsonObject o = m_out.value(path.object()).toObject();
    MergeRules::put(&o, path.key(), value);
    m_out.insert(path.object(), o);
}

void ChoiceWriter::setStepsOrder(const QJsonValue &value)
{
    QJsonArray steps;
    for (const QJsonObject &s : std::as_const(m_steps))
        steps.append(s);
    steps = permute(steps, value.toArray());
    for (int i = 0; i < steps.size(); ++i)
        m_steps[i] = steps.at(i).toObject();
    m_stepsTouched = true;
}

void ChoiceWriter::setStep(int index, const QJsonValue &value)
{
    if (!value.isObject()) {
        if (index >= 0)
            m_steps.removeAt(index);
        return;
    }
    const QJsonObject step = value.toObject();
    if (index >= 0) {
        m_steps[index] = step;
    } else {
        index = clampedOrder(step, int(m_steps.size()));
        m_steps.insert(index, step);
    }
    // An action lives in one step: the chosen step's actions leave the others.
    removeActions(actionIds(step), index);
}

void ChoiceWriter::setActionsOrder(int index, const QJsonValue &value)
{
    if (index >= 0)
        m_steps[index].insert(kActions, permute(m_steps.at(index).value(kActions).toArray(), value.toArray()));
}

void ChoiceWriter::setAction(int stepIndex, const QString &actionId, const QJsonValue &value)
{
    int si = -1, ai = -1;
    const bool found = findAction(actionId, &si, &ai);
    if (found) {
        QJsonArray actions = m_steps.at(si).value(kActions).toArray();
        if (value.isObject())
            actions[ai] = value;
        else
            actions.removeAt(ai);
        m_steps[si].insert(kActions, actions);
    } else if (value.isObject() && stepIndex >= 0) {
        QJsonArray actions = m_steps.at(stepIndex).value(kActions).toArray();
        actions.insert(clampedOrder(value.toObject(), int(actions.size())), value);
        m_steps[stepIndex].insert(kActions, actions);
    }
}

void ChoiceWriter::setActionField(const QString &actionId, const QString &key, const QJsonValue &value)
{
    int si = -1, ai = -1;
    if (!findAction(actionId, &si, &ai))
        return;
    QJsonArray actions = m_steps.at(si).value(kActions).toArray();
    QJsonObject action = actions.at(ai).toObject();
    MergeRules::put(&action, key, value);
    actions[ai] = action;
    m_steps[si].insert(kActions, actions);
}

// To the chosen step (a seriesId, or a local step's position), at its end.
void ChoiceWriter::moveAction(const QString &actionId, const QJsonValue &step)
{
    int si = -1, ai = -1;
    if (!findAction(actionId, &si, &ai))
        return;
    ConflictPath::StepRef target;
    if (step.isString())
        target.id = step.toString();
    else if (step.isDouble())
        target.index = step.toInt();
    else
        return;
    const int ti = findStep(target);
    if (ti < 0 || ti == si)
        return;
    QJsonArray from = m_steps.at(si).value(kActions).toArray();
    const QJsonValue action = from.at(ai);
    from.removeAt(ai);
    m_steps[si].insert(kActions, from);
    QJsonArray to = m_steps.at(ti).value(kActions).toArray();
    to.append(action);
    m_steps[ti].insert(kActions, to);
}

int ChoiceWriter::findStep(const ConflictPath::StepRef &step) const
{
    if (!step.id.isEmpty()) {
        for (int i = 0; i < m_steps.size(); ++i)
            if (m_steps.at(i).value(kSeriesId).toString() == step.id)
                return i;
        return -1;
    }
    return step.index >= 0 && step.index < m_steps.size() ? step.index : -1;
}

bool ChoiceWriter::findAction(const QString &id, int *step, int *action) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const QJsonArray actions = m_steps.at(i).value(kActions).toArray();
        for (int j = 0; j < actions.size(); ++j) {
            if (actions.at(j).toObject().value(kSeriesId).toString() == id) {
                *step = i;
                *action = j;
                return true;
            }
        }
    }
    return false;
}

void ChoiceWriter::removeActions(const QSet<QString> &ids, int except)
{
    if (ids.isEmpty())
        return;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (i == except)
            continue;
        QJsonArray actions = m_steps[i].value(kActions).toArray();
        bool changed = false;
        for (int j = int(actions.size()) - 1; j >= 0; --j) {
            if (ids.contains(actions.at(j).toObject().value(kSeriesId).toString())) {
                actions.removeAt(j);
                changed = true;
            }
        }
        if (changed)
            m_steps[i].insert(kActions, actions);
    }
}
