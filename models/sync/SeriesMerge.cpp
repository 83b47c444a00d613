#include "sync/SeriesMerge.h"

#include "sync/MergeRules.h"

#include <QJsonArray>

#include <algorithm>
#include <tuple>

using namespace MergeRules;

namespace {

const QString kSeriesId = QStringLiteral("seriesId");
const QString kSteps = QStringLiteral("steps");
const QString kActions = QStringLiteral("actions");
const QString kOrder = QStringLiteral("order");
const QString kName = QStringLiteral("name");
const QJsonValue kAbsent = QJsonValue(QJsonValue::Undefined);

using Key = SeriesMerge::Key;
using Keys = SeriesMerge::Keys;

// The mergeable fields of a step or action: everything but its identity, position and
// children. A local item keeps whatever seriesId it carries (it is not its key).
QJsonObject fieldsOf(const QJsonObject &item, const Key &key)
{
    QJsonObject o = item;
    o.remove(kOrder);
    o.remove(kActions);
    if (!key.isLocal())
        o.remove(kSeriesId);
    return o;
}

Keys filtered(const Keys &list, const QSet<Key> &keep)
{
    Keys out;
    for (const Key &k : list)
        if (keep.contains(k))
            out.append(k);
    return out;
}

// Order of `present` items from the three lists: one side's reorder of the items all three
// share is taken; two different reorders set *conflict and take mine. Items of one side only
// go after their predecessor in that side's list.
Keys mergeOrder(const Keys &b, const Keys &m, const Keys &t, const QSet<Key> &present, bool *conflict)
{
    *conflict = false;
    QSet<Key> common;
    const QSet<Key> inB(b.begin(), b.end()), inT(t.begin(), t.end());
    for (const Key &k : m)
        if (present.contains(k) && inB.contains(k) && inT.contains(k))
            common.insert(k);
    const Keys rb = filtered(b, common), rm = filtered(m, common), rt = filtered(t, common);
    const Keys *source = &m;
    const Keys *other = &t;
    if (rm == rb) {
        source = &t;
        other = &m;
    } else if (rt != rb && rm != rt) {
        *conflict = true;
    }
    Keys result = filtered(*source, present);
    QSet<Key> placed(result.begin(), result.end());
    int insertAt = 0; // just after the last item of `other` already placed
    for (const Key &k : *other) {
        if (placed.contains(k)) {
            insertAt = int(result.indexOf(k)) + 1;
            continue;
        }
        if (!present.contains(k))
            continue;
        result.insert(insertAt++, k);
        placed.insert(k);
    }
    for (const Key &k : b) { // present in neither side's list (should not happen): keep
        if (present.contains(k) && !placed.contains(k)) {
            result.append(k);
            placed.insert(k);
        }
    }
    return result;
}

// The seriesIds of the keys (local items have none): the values of an order conflict.
QJsonArray idList(const Keys &keys)
{
    QJsonArray out;
    for (const Key &k : keys)
        if (!k.isLocal())
            out.append(k.id);
    return out;
}

// Keys of all items in first-seen order over the versions.
template<typename ListsOf>
Keys allKeys(std::initializer_list<const SeriesMerge::Version *> versions, ListsOf listsOf)
{
    Keys out;
    QSet<Key> seen;
    for (const SeriesMerge::Version *v : versions)
        for (const Keys &list : listsOf(*v))
            for (const Key &k : list)
                if (!seen.contains(k)) {
                    seen.insert(k);
                    out.append(k);
                }
    return out;
}

QString stepFieldLabel(const QString &f)
{
    if (f == QLatin1String("name"))
        return ThreeWayMerge::tr("name");
    if (f == QLatin1String("pointId"))
        return ThreeWayMerge::tr("checkpoint");
    return f;
}

QString actionFieldLabel(const QString &f)
{
    if (f == QLatin1String("name"))
        return ThreeWayMerge::tr("name");
    if (f == QLatin1String("type"))
        return ThreeWayMerge::tr("type");
    if (f == QLatin1String("required"))
        return ThreeWayMerge::tr("required");
    return f;
}

} // namespace

size_t qHash(const SeriesMerge::Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.id, int(key.side), key.step, key.action);
}

// ---- Version --------------------------------------------------------------------------------

SeriesMerge::Version SeriesMerge::Version::index(const QJsonObject &series, Side side)
{
    Version v;
    v.hasSteps = series.contains(kSteps);
    const QJsonArray steps = series.value(kSteps).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isObject())
            continue;
        const QJsonObject s = steps.at(i).toObject();
        Key key{s.value(kSeriesId).toString()};
        if (key.id.isEmpty() || v.step.contains(key))
            key = Key{QString(), side, i};
        v.steps.append(key);
        v.step.insert(key, s);
        Keys actionKeys;
        const QJsonArray actions = s.value(kActions).toArray();
        for (int j = 0; j < actions.size(); ++j) {
            if (!actions.at(j).isObject())
                continue;
            const QJsonObject a = actions.at(j).toObject();
            Key akey{a.value(kSeriesId).toString()};
            if (akey.id.isEmpty() || v.action.contains(akey))
                akey = Key{QString(), side, i, j};
            actionKeys.append(akey);
            v.action.insert(akey, a);
            v.parentOf.insert(akey, key);
        }
        v.actionsOf.insert(key, actionKeys);
    }
    return v;
}

// Its own fields, actions added or moved into it, actions edited, or its actions reordered.
// Actions taken out of it are not an edit of the step: they are deleted or live elsewhere.
bool SeriesMerge::Version::stepChangedFrom(const Version &b, const Key &key) const
{
    if (fieldsOf(b.step.value(key), key) != fieldsOf(step.value(key), key))
        return true;
    const Keys mine = actionsOf.value(key);
    for (const Key &a : mine) {
        if (b.parentOf.value(a) != key)
            return true; // new, or moved in
        if (fieldsOf(b.action.value(a), a) != fieldsOf(action.value(a), a))
            return true;
    }
    return filtered(b.actionsOf.value(key), QSet<Key>(mine.begin(), mine.end())) != mine;
}

bool SeriesMerge::Version::actionChangedFrom(const Version &b, const Key &key) const
{
    return b.parentOf.value(key) != parentOf.value(key)
        || fieldsOf(b.action.value(key), key) != fieldsOf(action.value(key), key);
}

// ---- the phases -----------------------------------------------------------------------------

struct SeriesMerge::ActionSides
{
    bool inB = false, inM = false, inT = false;
    QJsonObject theirs;
    Key baseParent, mineParent, theirsParent;
};

void SeriesMerge::mergeSteps(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                             MergeResult *result)
{
    SeriesMerge merge(base, mine, theirs);
    if (!merge.B.hasSteps && !merge.M.hasSteps && !merge.T.hasSteps)
        return;
    merge.mergeStepItems();
    merge.mergeActionItems();
    merge.mergeOrders();
    result->merged.insert(kSteps, merge.buildSteps());
    merge.addItemConflicts();
    result->conflicts += merge.namedConflicts();
}

SeriesMerge::SeriesMerge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
    : B(Version::index(base, Side::Base))
    , M(Version::index(mine, Side::Mine))
    , T(Version::index(theirs, Side::Theirs))
{
}

void SeriesMerge::addPending(ConflictPath::Kind kind, const Key &step, const Key &action, const QString &field,
                             const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
{
    Pending c;
    c.kind = kind;
    c.step = step;
    c.action = action;
    c.field = field;
    c.base = base;
    c.mine = mine;
    c.theirs = theirs;
    m_pending.append(c);
}

// Which steps exist in the result, with their fields merged.
void SeriesMerge::mergeStepItems()
{
    m_allSteps = allKeys({&M, &T, &B}, [](const Version &v) { return QVector<Keys>{v.steps}; });
    for (const Key &k : std::as_const(m_allSteps)) {
        const bool inB = B.step.contains(k), inM = M.step.contains(k), inT = T.step.contains(k);
        if (inM && inT) {
            const FieldsMerge fields = mergeFields(fieldsOf(B.step.value(k), k), fieldsOf(M.step.value(k), k),
                                                   fieldsOf(T.step.value(k), k));
            for (const KeyConflict &c : fields.conflicts)
                addPending(ConflictPath::Kind::StepField, k, Key(), c.key, c.base, c.mine, c.theirs);
            m_stepFields.insert(k, fields.merged);
            m_presentSteps.insert(k);
        } else if (inM) {
            if (!inB || M.stepChangedFrom(B, k)) {
                m_stepFields.insert(k, fieldsOf(M.step.value(k), k));
                m_presentSteps.insert(k);
                if (inB)
                    m_keptSteps.insert(k);
            }
        } else if (inT) {
            if (!inB) {
                m_stepFields.insert(k, fieldsOf(T.step.value(k), k));
                m_presentSteps.insert(k);
            } else if (T.stepChangedFrom(B, k)) {
                m_droppedSteps.insert(k);
            }
        }
    }
}

// Which actions exist in the result, in which step, with their fields merged.
void SeriesMerge::mergeActionItems()
{
    m_allActions = allKeys({&M, &T, &B}, [](const Version &v) {
        QVector<Keys> lists;
        for (const Key &s : v.steps)
            lists.append(v.actionsOf.value(s));
        return lists;
    });
    for (const Key &a : std::as_const(m_allActions)) {
        ActionSides s;
        s.inB = B.action.contains(a);
        s.inM = M.action.contains(a);
        s.inT = T.action.contains(a);
        s.theirs = T.action.value(a);
        s.baseParent = B.parentOf.value(a);
        s.mineParent = M.parentOf.value(a);
        s.theirsParent = T.parentOf.value(a);
        // Theirs deleted the step mine edited: its actions stay as mine has them (the step's
        // conflict covers them).
        if (s.inB && s.inM && !s.inT && m_keptSteps.contains(s.mineParent) && s.baseParent == s.mineParent) {
            s.inT = true;
            s.theirs = B.action.value(a);
            s.theirsParent = s.baseParent;
        }
        // Mine deleted the step theirs edited: its actions are part of that step's conflict.
        if (!s.inM && s.inT && m_droppedSteps.contains(s.theirsParent))
            continue;
        Key parent;
        if (mergeAction(a, s, &parent))
            placeAction(a, s, parent);
    }
}

// False when the action is not in the result.
bool SeriesMerge::mergeAction(const Key &a, const ActionSides &s, Key *parent)
{
    if (s.inM && s.inT) {
        const FieldsMerge fields = mergeFields(fieldsOf(B.action.value(a), a), fieldsOf(M.action.value(a), a),
                                               fieldsOf(s.theirs, a));
        for (const KeyConflict &c : fields.conflicts)
            addPending(ConflictPath::Kind::ActionField, Key(), a, c.key, c.base, c.mine, c.theirs);
        m_actionFields.insert(a, fields.merged);
        const Key baseParent = s.inB ? s.baseParent : Key();
        const Pick<Key> p = merge3(baseParent, s.mineParent, s.theirsParent);
        if (p.conflict) {
            addPending(ConflictPath::Kind::ActionStep, Key(), a, QString(), kAbsent, kAbsent, kAbsent);
            m_pending.last().parents = {baseParent, s.mineParent, s.theirsParent};
        }
        *parent = p.value;
        return true;
    }
    if (s.inM) {
        if (s.inB && !M.actionChangedFrom(B, a))
            return false; // deleted there, untouched here
        m_actionFields.insert(a, fieldsOf(M.action.value(a), a));
        *parent = s.mineParent;
        if (s.inB)
            m_keptActions.insert(a);
        return true;
    }
    if (!s.inT)
        return false; // deleted on both sides
    if (s.inB) {
        if (T.actionChangedFrom(B, a))
            addPending(ConflictPath::Kind::Action, s.theirsParent, a, QString(), B.action.value(a), kAbsent, s.theirs);
        return false; // deleted here
    }
    m_actionFields.insert(a, fieldsOf(s.theirs, a));
    *parent = s.theirsParent;
    return true;
}

// The step an action belongs to may be gone from the result: keep it where a side has it.
void SeriesMerge::placeAction(const Key &a, const ActionSides &s, Key parent)
{
    if (!m_presentSteps.contains(parent)) {
        parent = Key();
        for (const Key &p : {s.mineParent, s.theirsParent, s.baseParent}) {
            if (!p.isNone() && m_presentSteps.contains(p)) {
                parent = p;
                break;
            }
        }
        if (parent.isNone()) {
            m_actionFields.remove(a);
            m_keptActions.remove(a);
            return;
        }
    }
    m_parent.insert(a, parent);
}

void SeriesMerge::mergeOrders()
{
    bool conflict = false;
    m_stepOrder = mergeOrder(B.steps, M.steps, T.steps, m_presentSteps, &conflict);
    if (conflict)
        addPending(ConflictPath::Kind::StepsOrder, Key(), Key(), QString(), idList(B.steps), idList(M.steps),
                   idList(T.steps));
    QHash<Key, QSet<Key>> membersOf;
    for (auto it = m_parent.constBegin(); it != m_parent.constEnd(); ++it)
        membersOf[it.value()].insert(it.key());
    for (const Key &s : std::as_const(m_stepOrder)) {
        const Keys b = B.actionsOf.value(s), m = M.actionsOf.value(s), t = T.actionsOf.value(s);
        m_actionOrder.insert(s, mergeOrder(b, m, t, membersOf.value(s), &conflict));
        if (conflict)
            addPending(ConflictPath::Kind::ActionsOrder, s, Key(), QString(), idList(b), idList(m), idList(t));
    }
}

// The merged steps with their actions, `order` renumbered 0..n-1.
QJsonArray SeriesMerge::buildSteps()
{
    QJsonArray steps;
    for (int i = 0; i < m_stepOrder.size(); ++i) {
        const Key &s = m_stepOrder.at(i);
        QJsonObject step = m_stepFields.value(s);
        if (!s.isLocal())
            step.insert(kSeriesId, s.id);
        step.insert(kOrder, i);
        QJsonArray actions;
        const Keys order = m_actionOrder.value(s);
        for (int j = 0; j < order.size(); ++j) {
            const Key &a = order.at(j);
            QJsonObject action = m_actionFields.value(a);
            if (!a.isLocal())
                action.insert(kSeriesId, a.id);
            action.insert(kOrder, j);
            m_builtAction.insert(a, action);
            actions.append(action);
        }
        step.insert(kActions, actions);
        m_builtStep.insert(s, step);
        steps.append(step);
    }
    return steps;
}

// Items deleted on one side and edited on the other: mine kept, a conflict each.
void SeriesMerge::addItemConflicts()
{
    for (const Key &s : std::as_const(m_allSteps)) {
        if (m_keptSteps.contains(s) && m_builtStep.contains(s))
            addPending(ConflictPath::Kind::Step, s, Key(), QString(), B.step.value(s), m_builtStep.value(s), kAbsent);
        else if (m_droppedSteps.contains(s))
            addPending(ConflictPath::Kind::Step, s, Key(), QString(), B.step.value(s), kAbsent, T.step.value(s));
    }
    for (const Key &a : std::as_const(m_allActions)) {
        if (m_keptActions.contains(a) && m_builtAction.contains(a))
            addPending(ConflictPath::Kind::Action, Key(), a, QString(), B.action.value(a), m_builtAction.value(a),
                       kAbsent);
    }
}

// ---- conflicts on the final layout ------------------------------------------------------------

ConflictPath::StepRef SeriesMerge::stepRef(const Key &step) const
{
    if (!step.isLocal())
        return {step.id};
    return {QString(), int(m_stepOrder.indexOf(step))};
}

QString SeriesMerge::stepName(const Key &s) const
{
    for (const QJsonObject &o : {m_builtStep.value(s), M.step.value(s), T.step.value(s), B.step.value(s)})
        if (o.contains(kName))
            return o.value(kName).toString();
    return QString();
}

QString SeriesMerge::actionName(const Key &a) const
{
    for (const QJsonObject &o : {m_builtAction.value(a), M.action.value(a), T.action.value(a), B.action.value(a)})
        if (o.contains(kName))
            return o.value(kName).toString();
    return QString();
}

// A parent step as a value of the conflict: its seriesId, or a local step's position.
QJsonValue SeriesMerge::parentValue(const Key &step) const
{
    if (step.isNone())
        return kAbsent;
    if (!step.isLocal())
        return step.id;
    const qsizetype index = m_stepOrder.indexOf(step);
    return index >= 0 ? QJsonValue(int(index)) : kAbsent;
}

// The step a conflict is shown under: an action's merged step, else the one recorded.
SeriesMerge::Key SeriesMerge::stepOfConflict(const Pending &c) const
{
    if (c.action.isNone())
        return c.step;
    return m_parent.contains(c.action) ? m_parent.value(c.action) : c.step;
}

FieldConflict SeriesMerge::named(const Pending &c) const
{
    using Kind = ConflictPath::Kind;
    const Key s = stepOfConflict(c);
    const ConflictPath::StepRef ref = stepRef(s);
    const QString step = stepName(s);
    const QString action = c.action.id;
    FieldConflict f{ConflictPath(), QString(), c.base, c.mine, c.theirs};
    switch (c.kind) {
    case Kind::StepsOrder:
        f.path = ConflictPath::stepsOrder();
        f.label = ThreeWayMerge::fieldLabel(f.path.format());
        break;
    case Kind::Step:
        f.path = ConflictPath::step(ref);
        f.label = ThreeWayMerge::tr("Step “%1”").arg(step);
        break;
    case Kind::StepField:
        f.path = ConflictPath::stepField(ref, c.field);
        f.label = ThreeWayMerge::tr("Step “%1”: %2").arg(step, stepFieldLabel(c.field));
        break;
    case Kind::ActionsOrder:
        f.path = ConflictPath::actionsOrder(ref);
        f.label = ThreeWayMerge::tr("Step “%1”: order of actions").arg(step);
        break;
    case Kind::Action:
        f.path = ConflictPath::action(ref, action);
        f.label = ThreeWayMerge::tr("Step “%1”, action “%2”").arg(step, actionName(c.action));
        break;
    case Kind::ActionField:
        f.path = ConflictPath::actionField(ref, action, c.field);
        f.label = ThreeWayMerge::tr("Step “%1”, action “%2”: %3")
                      .arg(step, actionName(c.action), actionFieldLabel(c.field));
        break;
    case Kind::ActionStep:
        f.path = ConflictPath::actionStep(ref, action);
        f.label = ThreeWayMerge::tr("Action “%1”: step").arg(actionName(c.action));
        f.base = parentValue(c.parents[0]);
        f.mine = parentValue(c.parents[1]);
        f.theirs = parentValue(c.parents[2]);
        break;
    case Kind::Invalid:
    case Kind::Record:
    case Kind::Field:
        break;
    }
    return f;
}

// Stable, readable order: the order of the steps first, then step by step its own
// conflicts, the order of its actions, and its actions' conflicts.
QVector<FieldConflict> SeriesMerge::namedConflicts() const
{
    enum Part { Itself, ActionOrder, Actions };
    using Rank = std::tuple<int, int>; // (step position, -1 for the order of the steps; part)
    QVector<std::pair<Rank, FieldConflict>> ranked;
    for (const Pending &c : m_pending) {
        const Key s = stepOfConflict(c);
        const int position = m_stepOrder.contains(s) ? int(m_stepOrder.indexOf(s)) : int(m_stepOrder.size());
        Rank rank{position, Itself};
        switch (c.kind) {
        case ConflictPath::Kind::StepsOrder:
            rank = {-1, Itself};
            break;
        case ConflictPath::Kind::ActionsOrder:
            rank = {position, ActionOrder};
            break;
        case ConflictPath::Kind::Action:
        case ConflictPath::Kind::ActionField:
        case ConflictPath::Kind::ActionStep:
            rank = {position, Actions};
            break;
        default:
            break;
        }
        ranked.append({rank, named(c)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QVector<FieldConflict> out;
    for (const auto &c : std::as_const(ranked))
        out.append(c.second);
    return out;
}
