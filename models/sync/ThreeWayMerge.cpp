#include "sync/ThreeWayMerge.h"

#include "domain/ServiceTask.h"
#include "domain/Timestamp.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

const QString kId = QStringLiteral("id");
const QString kExt = QStringLiteral("ext");
const QString kOpts = QStringLiteral("opts");
const QString kRecurrence = QStringLiteral("recurrence");
const QString kSeriesId = QStringLiteral("seriesId");
const QString kSteps = QStringLiteral("steps");
const QString kActions = QStringLiteral("actions");
const QString kOrder = QStringLiteral("order");
const QString kName = QStringLiteral("name");
const QString kRecord = QStringLiteral("record");

const QJsonValue kAbsent = QJsonValue(QJsonValue::Undefined);

bool isDateKey(const QString &key)
{
    return key == QLatin1String("dtstart") || key == QLatin1String("dtstop")
        || key == QLatin1String("startAt") || key == QLatin1String("endAt");
}

bool isIntBoolKey(const QString &key)
{
    return key == QLatin1String("isenabled") || key == QLatin1String("isregular")
        || key == QLatin1String("overlap");
}

// Two strings naming the same instant ("…00Z" and "…00.000Z") are equal.
bool sameInstant(const QJsonValue &a, const QJsonValue &b)
{
    if (a == b)
        return true;
    if (!a.isString() || !b.isString())
        return false;
    Timestamp ta, tb;
    if (!Timestamp::parse(a.toString(), &ta) || !Timestamp::parse(b.toString(), &tb))
        return false;
    return ta == tb;
}

// `sites` as a list: "A, B" and ["A","B"] are the same sites. False when not a list shape.
bool sitesList(const QJsonValue &v, QStringList *out)
{
    if (v.isString()) {
        *out = ServiceTask::splitSites(v.toString());
        return true;
    }
    if (!v.isArray())
        return false;
    out->clear();
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

bool sameIntBool(const QJsonValue &a, const QJsonValue &b)
{
    if (a == b)
        return true;
    auto asBool = [](const QJsonValue &v, bool *out) {
        if (v.isBool()) {
            *out = v.toBool();
            return true;
        }
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1)) {
            *out = v.toDouble() == 1;
            return true;
        }
        return false;
    };
    bool x = false, y = false;
    return asBool(a, &x) && asBool(b, &y) && x == y;
}

// Keys of the objects, first-seen order, without duplicates.
QStringList unionKeys(std::initializer_list<QJsonObject> objects)
{
    QStringList keys;
    QSet<QString> seen;
    for (const QJsonObject &o : objects) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                keys.append(it.key());
            }
        }
    }
    return keys;
}

struct Pick
{
    QJsonValue value;
    bool conflict = false;
};

// The three-way rule for one value. A side equal to base did not change it: take the other
// (theirs' form when mine is unchanged, so the server's shape of an untouched value wins).
template<typename Same>
Pick merge3(const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs, Same same)
{
    if (same(mine, base))
        return {theirs, false};
    if (same(theirs, base))
        return {mine, false};
    if (same(mine, theirs))
        return {mine, false};
    return {mine, true};
}

Pick merge3(const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
{
    return merge3(base, mine, theirs, [](const QJsonValue &a, const QJsonValue &b) { return a == b; });
}

void put(QJsonObject *o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o->remove(key);
    else
        o->insert(key, value);
}

// ---- series: items indexed by seriesId -------------------------------------------------

// Key of an item: its seriesId, or (no id, or a duplicate id) "\x01<side><position>": such
// an item belongs to that side only.
bool isLocalKey(const QString &key)
{
    return key.startsWith(QChar(1));
}

struct Version
{
    QStringList steps;                        // step keys, in list order
    QHash<QString, QJsonObject> step;         // key -> step object as on the wire
    QHash<QString, QStringList> actionsOf;    // step key -> action keys, in list order
    QHash<QString, QJsonObject> action;       // action key -> action object
    QHash<QString, QString> parentOf;         // action key -> step key
    bool hasSteps = false;
};

Version indexSeries(const QJsonObject &series, QChar side)
{
    Version v;
    v.hasSteps = series.contains(kSteps);
    const QJsonArray steps = series.value(kSteps).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isObject())
            continue;
        const QJsonObject s = steps.at(i).toObject();
        QString key = s.value(kSeriesId).toString();
        if (key.isEmpty() || v.step.contains(key))
            key = QString(QChar(1)) + side + QString::number(i);
        v.steps.append(key);
        v.step.insert(key, s);
        QStringList actionKeys;
        const QJsonArray actions = s.value(kActions).toArray();
        for (int j = 0; j < actions.size(); ++j) {
            if (!actions.at(j).isObject())
                continue;
            const QJsonObject a = actions.at(j).toObject();
            QString akey = a.value(kSeriesId).toString();
            if (akey.isEmpty() || v.action.contains(akey))
                akey = QString(QChar(1)) + side + QString::number(i) + QLatin1Char('.') + QString::number(j);
            actionKeys.append(akey);
            v.action.insert(akey, a);
            v.parentOf.insert(akey, key);
        }
        v.actionsOf.insert(key, actionKeys);
    }
    return v;
}

// The mergeable fields of a step or action: everything but its identity, position and children.
// A local item keeps whatever seriesId it carries (it is not its key).
QJsonObject fieldsOf(const QJsonObject &item, const QString &key)
{
    QJsonObject o = item;
    o.remove(kOrder);
    o.remove(kActions);
    if (!isLocalKey(key))
        o.remove(kSeriesId);
    return o;
}

QStringList filtered(const QStringList &list, const QSet<QString> &keep)
{
    QStringList out;
    for (const QString &k : list)
        if (keep.contains(k))
            out.append(k);
    return out;
}

// Order of `present` items from the three lists: one side's reorder of the items all three
// share is taken; two different reorders set *conflict and take mine. Items of one side only
// go after their predecessor in that side's list.
QStringList mergeOrder(const QStringList &b, const QStringList &m, const QStringList &t,
                       const QSet<QString> &present, bool *conflict)
{
    *conflict = false;
    QSet<QString> common;
    const QSet<QString> inB(b.begin(), b.end()), inT(t.begin(), t.end());
    for (const QString &k : m)
        if (present.contains(k) && inB.contains(k) && inT.contains(k))
            common.insert(k);
    const QStringList rb = filtered(b, common), rm = filtered(m, common), rt = filtered(t, common);
    const QStringList *source = &m;
    const QStringList *other = &t;
    if (rm == rb) {
        source = &t;
        other = &m;
    } else if (rt != rb && rm != rt) {
        *conflict = true;
    }
    QStringList result = filtered(*source, present);
    QSet<QString> placed(result.begin(), result.end());
    int insertAt = 0; // just after the last item of `other` already placed
    for (const QString &k : *other) {
        if (placed.contains(k)) {
            insertAt = result.indexOf(k) + 1;
            continue;
        }
        if (!present.contains(k))
            continue;
        result.insert(insertAt++, k);
        placed.insert(k);
    }
    for (const QString &k : b) { // present in neither side's list (should not happen): keep
        if (present.contains(k) && !placed.contains(k)) {
            result.append(k);
            placed.insert(k);
        }
    }
    return result;
}

// Did side `x` change the step `key` (kept by x, deleted by the other side) compared to base?
// Its own fields, actions added or moved into it, actions edited, or its actions reordered.
// Actions taken out of it are not an edit of the step: they are deleted or live elsewhere.
bool stepChanged(const Version &b, const Version &x, const QString &key)
{
    if (fieldsOf(b.step.value(key), key) != fieldsOf(x.step.value(key), key))
        return true;
    const QStringList bActions = b.actionsOf.value(key);
    const QStringList xActions = x.actionsOf.value(key);
    for (const QString &a : xActions) {
        if (b.parentOf.value(a) != key)
            return true; // new, or moved in
        if (fieldsOf(b.action.value(a), a) != fieldsOf(x.action.value(a), a))
            return true;
    }
    const QSet<QString> inX(xActions.begin(), xActions.end());
    return filtered(bActions, inX) != xActions;
}

bool actionChanged(const Version &b, const Version &x, const QString &key)
{
    return b.parentOf.value(key) != x.parentOf.value(key)
        || fieldsOf(b.action.value(key), key) != fieldsOf(x.action.value(key), key);
}

// A conflict waiting for the final layout (its path names steps that may still move).
struct Pending
{
    enum Kind { TopLevel, StepField, StepItem, StepsOrder, ActionField, ActionItem, ActionParent, ActionsOrder };
    Kind kind = TopLevel;
    QString step;      // step key (the action's step for action kinds)
    QString action;    // action key
    QString field;
    QJsonValue base, mine, theirs;
};

QJsonArray idList(const QStringList &keys)
{
    QJsonArray out;
    for (const QString &k : keys)
        if (!isLocalKey(k))
            out.append(k);
    return out;
}

QString quoteName(const QJsonObject &item)
{
    return item.value(kName).toString();
}

// ---- resolve: paths ---------------------------------------------------------------------

struct StepSel
{
    QString id;        // seriesId, or
    int index = -1;    // position
};

int findStep(const QVector<QJsonObject> &steps, const StepSel &sel)
{
    if (!sel.id.isEmpty()) {
        for (int i = 0; i < steps.size(); ++i)
            if (steps.at(i).value(kSeriesId).toString() == sel.id)
                return i;
        return -1;
    }
    return sel.index >= 0 && sel.index < steps.size() ? sel.index : -1;
}

bool findAction(const QVector<QJsonObject> &steps, const QString &id, int *step, int *action)
{
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonArray actions = steps.at(i).value(kActions).toArray();
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
    for (const QString &id : wanted) {
        if (byId.contains(id) && slot < positions.size()) {
            out[positions.at(slot++)] = byId.take(id);
        }
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

// Removes every action whose seriesId is in `ids` from the steps other than `except`.
void removeActions(QVector<QJsonObject> *steps, const QSet<QString> &ids, int except)
{
    if (ids.isEmpty())
        return;
    for (int i = 0; i < steps->size(); ++i) {
        if (i == except)
            continue;
        QJsonArray actions = (*steps)[i].value(kActions).toArray();
        bool changed = false;
        for (int j = actions.size() - 1; j >= 0; --j) {
            if (ids.contains(actions.at(j).toObject().value(kSeriesId).toString())) {
                actions.removeAt(j);
                changed = true;
            }
        }
        if (changed)
            (*steps)[i].insert(kActions, actions);
    }
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

} // namespace

// ---- public -------------------------------------------------------------------------------

bool ThreeWayMerge::sameValue(const QString &key, const QJsonValue &a, const QJsonValue &b)
{
    if (a == b)
        return true;
    if (isDateKey(key))
        return sameInstant(a, b);
    if (isIntBoolKey(key))
        return sameIntBool(a, b);
    if (key == QLatin1String("sites")) {
        QStringList x, y;
        return sitesList(a, &x) && sitesList(b, &y) && x == y;
    }
    if (key == kExt && a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        const QStringList keys = unionKeys({x, y});
        for (const QString &k : keys) {
            if (!sameInstant(x.value(k), y.value(k)))
                return false;
        }
        return true;
    }
    return false;
}

QString ThreeWayMerge::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("id"), QT_TR_NOOP("Identifier")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("isenabled"), QT_TR_NOOP("Enabled")},
        {QStringLiteral("svcscriptcode"), QT_TR_NOOP("Script")},
        {QStringLiteral("sitemode"), QT_TR_NOOP("Site mode")},
        {QStringLiteral("sites"), QT_TR_NOOP("Sites")},
        {QStringLiteral("isregular"), QT_TR_NOOP("Regular")},
        {QStringLiteral("overlap"), QT_TR_NOOP("Overlap")},
        {QStringLiteral("intervalsec"), QT_TR_NOOP("Interval")},
        {QStringLiteral("dtstart"), QT_TR_NOOP("Start")},
        {QStringLiteral("dtstop"), QT_TR_NOOP("Stop")},
        {QStringLiteral("schedule"), QT_TR_NOOP("Schedule")},
        {QStringLiteral("periods"), QT_TR_NOOP("Periods")},
        {QStringLiteral("opts"), QT_TR_NOOP("Options")},
        {QStringLiteral("opts.title"), QT_TR_NOOP("Title")},
        {QStringLiteral("opts.comment"), QT_TR_NOOP("Comment")},
        {QStringLiteral("assigneeIds"), QT_TR_NOOP("Assignees")},
        {QStringLiteral("locationId"), QT_TR_NOOP("Location")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("startAt"), QT_TR_NOOP("Start")},
        {QStringLiteral("endAt"), QT_TR_NOOP("End")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("orderStepsRequired"), QT_TR_NOOP("Steps in order")},
        {QStringLiteral("strictTimeRequired"), QT_TR_NOOP("Strict time")},
        {QStringLiteral("deadlined"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("recurrence"), QT_TR_NOOP("Recurrence")},
        {QStringLiteral("recurrence.rule"), QT_TR_NOOP("Recurrence rule")},
        {QStringLiteral("recurrence.exception"), QT_TR_NOOP("Recurrence exceptions")},
        {QStringLiteral("steps"), QT_TR_NOOP("Steps")},
        {QStringLiteral("steps.order"), QT_TR_NOOP("Order of steps")},
        {QStringLiteral("record"), QT_TR_NOOP("Record")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(it.value());
}

namespace {

// Top-level fields of `keys` three-way into r; `nested` keys (opts, recurrence) per key.
void mergeTopLevel(const QStringList &keys, const QJsonObject &base, const QJsonObject &mine,
                   const QJsonObject &theirs, const QSet<QString> &nested, MergeResult *r)
{
    for (const QString &key : keys) {
        const QJsonValue b = base.value(key), m = mine.value(key), t = theirs.value(key);
        auto objectOrAbsent = [](const QJsonValue &v) { return v.isObject() || v.isUndefined(); };
        if (nested.contains(key) && objectOrAbsent(b) && objectOrAbsent(m) && objectOrAbsent(t)) {
            const QJsonObject bo = b.toObject(), mo = m.toObject(), to = t.toObject();
            QJsonObject out;
            for (const QString &k : unionKeys({bo, mo, to})) {
                const Pick p = merge3(bo.value(k), mo.value(k), to.value(k));
                if (p.conflict) {
                    const QString path = key + QLatin1Char('.') + k;
                    r->conflicts.append({path, ThreeWayMerge::fieldLabel(path), bo.value(k), mo.value(k), to.value(k)});
                }
                put(&out, k, p.value);
            }
            // Present (possibly empty) unless one side removed it and the other left it.
            const bool present = m.isUndefined() == b.isUndefined() ? !t.isUndefined() : !m.isUndefined();
            if (present || !out.isEmpty())
                r->merged.insert(key, out);
            else
                r->merged.remove(key);
            continue;
        }
        const Pick p = merge3(b, m, t, [&key](const QJsonValue &x, const QJsonValue &y) {
            return ThreeWayMerge::sameValue(key, x, y);
        });
        if (p.conflict)
            r->conflicts.append({key, ThreeWayMerge::fieldLabel(key), b, m, t});
        put(&r->merged, key, p.value);
    }
}

} // namespace

MergeResult ThreeWayMerge::mergeServiceTask(const QJsonObject &base, const QJsonObject &mine,
                                            const QJsonObject &theirs)
{
    MergeResult r;
    QStringList keys = unionKeys({base, mine, theirs});
    keys.removeAll(kId);
    keys.removeAll(kExt);

    // The id is the record's identity: never merged.
    const QJsonValue mineId = mine.value(kId), theirsId = theirs.value(kId);
    if (mineId != theirsId && !(mineId.isUndefined() || theirsId.isUndefined()))
        r.conflicts.append({kId, fieldLabel(kId), base.value(kId), mineId, theirsId});
    put(&r.merged, kId, mineId.isUndefined() ? theirsId : mineId);

    mergeTopLevel(keys, base, mine, theirs, {kOpts}, &r);

    // Server-owned.
    put(&r.merged, kExt, theirs.contains(kExt) ? theirs.value(kExt) : mine.value(kExt));
    return r;
}

MergeResult ThreeWayMerge::mergeSeries(const QJsonObject &base, const QJsonObject &mine,
                                       const QJsonObject &theirs)
{
    MergeResult r;
    QStringList keys = unionKeys({base, mine, theirs});
    keys.removeAll(kSeriesId);
    keys.removeAll(kSteps);
    mergeTopLevel(keys, base, mine, theirs, {kRecurrence}, &r);
    // The server's identity of the series (it changes on every split).
    put(&r.merged, kSeriesId, theirs.contains(kSeriesId) ? theirs.value(kSeriesId) : mine.value(kSeriesId));

    const Version B = indexSeries(base, QLatin1Char('b'));
    const Version M = indexSeries(mine, QLatin1Char('m'));
    const Version T = indexSeries(theirs, QLatin1Char('t'));
    if (!B.hasSteps && !M.hasSteps && !T.hasSteps)
        return r;

    QVector<Pending> pending;

    // ---- steps: existence and fields
    QStringList allSteps;
    {
        QSet<QString> seen;
        for (const QStringList *list : {&M.steps, &T.steps, &B.steps})
            for (const QString &k : *list)
                if (!seen.contains(k)) {
                    seen.insert(k);
                    allSteps.append(k);
                }
    }
    QSet<QString> presentSteps;
    QSet<QString> keptConflict;    // theirs deleted, mine edited: kept (mine)
    QSet<QString> droppedConflict; // mine deleted, theirs edited: left out (mine)
    QHash<QString, QJsonObject> stepFields;
    for (const QString &k : allSteps) {
        const bool inB = B.step.contains(k), inM = M.step.contains(k), inT = T.step.contains(k);
        if (inM && inT) {
            const QJsonObject bf = fieldsOf(B.step.value(k), k), mf = fieldsOf(M.step.value(k), k),
                              tf = fieldsOf(T.step.value(k), k);
            QJsonObject out;
            for (const QString &f : unionKeys({bf, mf, tf})) {
                const QJsonValue bv = inB ? bf.value(f) : kAbsent;
                const Pick p = merge3(bv, mf.value(f), tf.value(f));
                if (p.conflict) {
                    Pending c;
                    c.kind = Pending::StepField;
                    c.step = k;
                    c.field = f;
                    c.base = bv;
                    c.mine = mf.value(f);
                    c.theirs = tf.value(f);
                    pending.append(c);
                }
                put(&out, f, p.value);
            }
            stepFields.insert(k, out);
            presentSteps.insert(k);
        } else if (inM) {
            if (!inB || stepChanged(B, M, k)) {
                stepFields.insert(k, fieldsOf(M.step.value(k), k));
                presentSteps.insert(k);
                if (inB)
                    keptConflict.insert(k);
            }
        } else if (inT) {
            if (!inB) {
                stepFields.insert(k, fieldsOf(T.step.value(k), k));
                presentSteps.insert(k);
            } else if (stepChanged(B, T, k)) {
                droppedConflict.insert(k);
            }
        }
    }

    // ---- actions: existence, parent step, fields
    QStringList allActions;
    {
        QSet<QString> seen;
        for (const Version *v : {&M, &T, &B})
            for (const QString &s : v->steps)
                for (const QString &a : v->actionsOf.value(s))
                    if (!seen.contains(a)) {
                        seen.insert(a);
                        allActions.append(a);
                    }
    }
    QHash<QString, QString> parent;            // action key -> merged step key
    QHash<QString, QJsonObject> actionFields;  // action key -> merged fields
    QSet<QString> keptActions;                 // theirs deleted, mine edited
    for (const QString &a : allActions) {
        const bool inB = B.action.contains(a), inM = M.action.contains(a);
        bool inT = T.action.contains(a);
        QJsonObject tObj = T.action.value(a);
        QString tParent = T.parentOf.value(a);
        const QString bParent = B.parentOf.value(a), mParent = M.parentOf.value(a);
        // Theirs deleted the step mine edited: its actions stay as mine has them (the step's
        // conflict covers them).
        if (inB && inM && !inT && keptConflict.contains(mParent) && bParent == mParent) {
            inT = true;
            tObj = B.action.value(a);
            tParent = bParent;
        }
        // Mine deleted the step theirs edited: its actions are part of that step's conflict.
        if (!inM && inT && droppedConflict.contains(tParent))
            continue;

        QString chosenParent;
        if (inM && inT) {
            const QJsonObject bf = fieldsOf(B.action.value(a), a), mf = fieldsOf(M.action.value(a), a),
                              tf = fieldsOf(tObj, a);
            QJsonObject out;
            for (const QString &f : unionKeys({bf, mf, tf})) {
                const QJsonValue bv = inB ? bf.value(f) : kAbsent;
                const Pick p = merge3(bv, mf.value(f), tf.value(f));
                if (p.conflict) {
                    Pending c;
                    c.kind = Pending::ActionField;
                    c.action = a;
                    c.field = f;
                    c.base = bv;
                    c.mine = mf.value(f);
                    c.theirs = tf.value(f);
                    pending.append(c);
                }
                put(&out, f, p.value);
            }
            actionFields.insert(a, out);
            const QJsonValue bp = inB ? QJsonValue(bParent) : kAbsent;
            const Pick p = merge3(bp, mParent, tParent);
            if (p.conflict) {
                Pending c;
                c.kind = Pending::ActionParent;
                c.action = a;
                c.field = QStringLiteral("step");
                c.base = bp;
                c.mine = mParent;
                c.theirs = tParent;
                pending.append(c);
            }
            chosenParent = p.value.toString();
        } else if (inM) {
            if (inB && !actionChanged(B, M, a))
                continue; // deleted there, untouched here
            actionFields.insert(a, fieldsOf(M.action.value(a), a));
            chosenParent = mParent;
            if (inB)
                keptActions.insert(a);
        } else if (inT) {
            if (inB) {
                if (actionChanged(B, T, a)) {
                    Pending c;
                    c.kind = Pending::ActionItem;
                    c.action = a;
                    c.step = tParent;
                    c.base = B.action.value(a);
                    c.mine = kAbsent;
                    c.theirs = tObj;
                    pending.append(c);
                }
                continue; // deleted here
            }
            actionFields.insert(a, fieldsOf(tObj, a));
            chosenParent = tParent;
        } else {
            continue; // deleted on both sides
        }
        // The step it belongs to may be gone from the result: keep the action where a side has it.
        if (!presentSteps.contains(chosenParent)) {
            const QStringList fallbacks = {mParent, tParent, bParent};
            chosenParent.clear();
            for (const QString &p : fallbacks)
                if (!p.isEmpty() && presentSteps.contains(p)) {
                    chosenParent = p;
                    break;
                }
            if (chosenParent.isEmpty()) {
                actionFields.remove(a);
                keptActions.remove(a);
                continue;
            }
        }
        parent.insert(a, chosenParent);
    }

    // ---- orders
    bool stepsOrderConflict = false;
    const QStringList stepOrder = mergeOrder(B.steps, M.steps, T.steps, presentSteps, &stepsOrderConflict);
    if (stepsOrderConflict) {
        Pending c;
        c.kind = Pending::StepsOrder;
        c.base = idList(B.steps);
        c.mine = idList(M.steps);
        c.theirs = idList(T.steps);
        pending.append(c);
    }
    QHash<QString, QSet<QString>> membersOf;
    for (auto it = parent.constBegin(); it != parent.constEnd(); ++it)
        membersOf[it.value()].insert(it.key());
    QHash<QString, QStringList> actionOrder;
    for (const QString &s : stepOrder) {
        bool conflict = false;
        const QStringList bl = B.actionsOf.value(s), ml = M.actionsOf.value(s), tl = T.actionsOf.value(s);
        actionOrder.insert(s, mergeOrder(bl, ml, tl, membersOf.value(s), &conflict));
        if (conflict) {
            Pending c;
            c.kind = Pending::ActionsOrder;
            c.step = s;
            c.base = idList(bl);
            c.mine = idList(ml);
            c.theirs = idList(tl);
            pending.append(c);
        }
    }

    // ---- the merged steps
    QHash<QString, QJsonObject> builtAction;
    QHash<QString, QJsonObject> builtStep;
    QJsonArray steps;
    for (int i = 0; i < stepOrder.size(); ++i) {
        const QString &s = stepOrder.at(i);
        QJsonObject step = stepFields.value(s);
        if (!isLocalKey(s))
            step.insert(kSeriesId, s);
        step.insert(kOrder, i);
        QJsonArray actions;
        const QStringList order = actionOrder.value(s);
        for (int j = 0; j < order.size(); ++j) {
            const QString &a = order.at(j);
            QJsonObject action = actionFields.value(a);
            if (!isLocalKey(a))
                action.insert(kSeriesId, a);
            action.insert(kOrder, j);
            builtAction.insert(a, action);
            actions.append(action);
        }
        step.insert(kActions, actions);
        builtStep.insert(s, step);
        steps.append(step);
    }
    r.merged.insert(kSteps, steps);

    // Items deleted there and edited here: kept (mine), a conflict each.
    for (const QString &s : allSteps) {
        if (keptConflict.contains(s) && builtStep.contains(s)) {
            Pending c;
            c.kind = Pending::StepItem;
            c.step = s;
            c.base = B.step.value(s);
            c.mine = builtStep.value(s);
            c.theirs = kAbsent;
            pending.append(c);
        } else if (droppedConflict.contains(s)) {
            Pending c;
            c.kind = Pending::StepItem;
            c.step = s;
            c.base = B.step.value(s);
            c.mine = kAbsent;
            c.theirs = T.step.value(s);
            pending.append(c);
        }
    }
    for (const QString &a : allActions) {
        if (keptActions.contains(a) && builtAction.contains(a)) {
            Pending c;
            c.kind = Pending::ActionItem;
            c.action = a;
            c.base = B.action.value(a);
            c.mine = builtAction.value(a);
            c.theirs = kAbsent;
            pending.append(c);
        }
    }

    // ---- conflicts, with paths on the final layout
    auto stepSel = [&](const QString &s) {
        if (!isLocalKey(s))
            return QStringLiteral("steps[seriesId=%1]").arg(s);
        return QStringLiteral("steps[%1]").arg(stepOrder.indexOf(s));
    };
    auto stepName = [&](const QString &s) {
        for (const QJsonObject &o : {builtStep.value(s), M.step.value(s), T.step.value(s), B.step.value(s)})
            if (o.contains(kName))
                return quoteName(o);
        return QString();
    };
    auto actionName = [&](const QString &a) {
        for (const QJsonObject &o : {builtAction.value(a), M.action.value(a), T.action.value(a), B.action.value(a)})
            if (o.contains(kName))
                return quoteName(o);
        return QString();
    };
    auto stepFieldLabel = [](const QString &f) {
        if (f == QLatin1String("name"))
            return tr("name");
        if (f == QLatin1String("pointId"))
            return tr("checkpoint");
        return f;
    };
    auto actionFieldLabel = [](const QString &f) {
        if (f == QLatin1String("name"))
            return tr("name");
        if (f == QLatin1String("type"))
            return tr("type");
        if (f == QLatin1String("required"))
            return tr("required");
        return f;
    };
    auto parentValue = [&](const QJsonValue &v) -> QJsonValue {
        if (!v.isString() || !isLocalKey(v.toString()))
            return v;
        const int index = stepOrder.indexOf(v.toString());
        return index >= 0 ? QJsonValue(index) : kAbsent;
    };

    // Stable, readable order: steps.order, then by step position, then actions.
    QVector<std::pair<int, FieldConflict>> seriesConflicts;
    for (const Pending &c : pending) {
        FieldConflict f{QString(), QString(), c.base, c.mine, c.theirs};
        int rank = 0;
        const QString s = c.action.isEmpty() ? c.step : (parent.contains(c.action) ? parent.value(c.action) : c.step);
        const int stepPos = stepOrder.contains(s) ? stepOrder.indexOf(s) : stepOrder.size();
        switch (c.kind) {
        case Pending::TopLevel:
            break;
        case Pending::StepsOrder:
            f.path = QStringLiteral("steps.order");
            f.label = fieldLabel(f.path);
            rank = 0;
            break;
        case Pending::StepItem:
            f.path = stepSel(s);
            f.label = tr("Step “%1”").arg(stepName(s));
            rank = 1 + stepPos * 3;
            break;
        case Pending::StepField:
            f.path = stepSel(s) + QLatin1Char('.') + c.field;
            f.label = tr("Step “%1”: %2").arg(stepName(s), stepFieldLabel(c.field));
            rank = 1 + stepPos * 3;
            break;
        case Pending::ActionsOrder:
            f.path = stepSel(s) + QStringLiteral(".actions.order");
            f.label = tr("Step “%1”: order of actions").arg(stepName(s));
            rank = 2 + stepPos * 3;
            break;
        case Pending::ActionItem:
            f.path = stepSel(s) + QStringLiteral(".actions[seriesId=%1]").arg(c.action);
            f.label = tr("Step “%1”, action “%2”").arg(stepName(s), actionName(c.action));
            rank = 3 + stepPos * 3;
            break;
        case Pending::ActionField:
            f.path = stepSel(s) + QStringLiteral(".actions[seriesId=%1].").arg(c.action) + c.field;
            f.label = tr("Step “%1”, action “%2”: %3").arg(stepName(s), actionName(c.action), actionFieldLabel(c.field));
            rank = 3 + stepPos * 3;
            break;
        case Pending::ActionParent:
            f.path = stepSel(s) + QStringLiteral(".actions[seriesId=%1].step").arg(c.action);
            f.label = tr("Action “%1”: step").arg(actionName(c.action));
            f.base = parentValue(c.base);
            f.mine = parentValue(c.mine);
            f.theirs = parentValue(c.theirs);
            rank = 3 + stepPos * 3;
            break;
        }
        seriesConflicts.append({rank, f});
    }
    std::stable_sort(seriesConflicts.begin(), seriesConflicts.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });
    for (const auto &c : seriesConflicts)
        r.conflicts.append(c.second);
    return r;
}

FieldConflict ThreeWayMerge::deleteConflict(const QJsonObject &base, const QJsonObject &mineOrEmpty,
                                            const QJsonObject &theirsOrEmpty)
{
    FieldConflict c;
    c.path = kRecord;
    if (mineOrEmpty.isEmpty() && !theirsOrEmpty.isEmpty())
        c.label = tr("Deleted here, changed on the server");
    else if (theirsOrEmpty.isEmpty() && !mineOrEmpty.isEmpty())
        c.label = tr("Deleted on the server, changed here");
    else
        c.label = fieldLabel(kRecord);
    c.base = base.isEmpty() ? kAbsent : QJsonValue(base);
    c.mine = mineOrEmpty.isEmpty() ? kAbsent : QJsonValue(mineOrEmpty);
    c.theirs = theirsOrEmpty.isEmpty() ? kAbsent : QJsonValue(theirsOrEmpty);
    return c;
}

QStringList ThreeWayMerge::changedFields(const QJsonObject &from, const QJsonObject &to)
{
    QStringList fields;
    for (const QString &key : unionKeys({to, from})) {
        if (key == kId || key == kExt)
            continue;
        if (!sameValue(key, from.value(key), to.value(key)))
            fields.append(key);
    }
    return fields;
}

QJsonObject ThreeWayMerge::resolve(const QJsonObject &merged, const QVector<FieldConflict> &conflicts,
                                   const QHash<QString, QJsonValue> &choices)
{
    static const QRegularExpression stepRe(
        QStringLiteral("^steps\\[(?:seriesId=([^\\]]*)|(\\d+))\\](.*)$"));
    static const QRegularExpression actionRe(
        QStringLiteral("^\\.actions\\[seriesId=([^\\]]*)\\](.*)$"));

    QJsonObject out = merged;
    QVector<QJsonObject> steps;
    const QJsonArray stepArray = merged.value(kSteps).toArray();
    for (const QJsonValue &s : stepArray)
        steps.append(s.toObject());
    bool stepsTouched = false;

    for (const FieldConflict &c : conflicts) {
        if (!choices.contains(c.path))
            continue;
        const QJsonValue value = choices.value(c.path);
        const QString &path = c.path;

        if (path == kRecord) {
            out = value.toObject();
            steps.clear();
            const QJsonArray a = out.value(kSteps).toArray();
            for (const QJsonValue &s : a)
                steps.append(s.toObject());
            stepsTouched = false;
            continue;
        }
        if (path == QLatin1String("steps.order")) {
            QJsonArray a;
            for (const QJsonObject &s : steps)
                a.append(s);
            a = permute(a, value.toArray());
            for (int i = 0; i < a.size(); ++i)
                steps[i] = a.at(i).toObject();
            stepsTouched = true;
            continue;
        }
        const QRegularExpressionMatch sm = stepRe.match(path);
        if (sm.hasMatch()) {
            stepsTouched = true;
            StepSel sel;
            sel.id = sm.captured(1);
            sel.index = sm.captured(2).isEmpty() ? -1 : sm.captured(2).toInt();
            const QString rest = sm.captured(3);
            const int si = findStep(steps, sel);
            if (rest.isEmpty()) { // the whole step
                if (!value.isObject()) {
                    if (si >= 0)
                        steps.removeAt(si);
                    continue;
                }
                const QJsonObject step = value.toObject();
                int at = si;
                if (at >= 0) {
                    steps[at] = step;
                } else {
                    at = clampedOrder(step, steps.size());
                    steps.insert(at, step);
                }
                // An action lives in one step: the chosen step's actions leave the others.
                removeActions(&steps, actionIds(step), at);
                continue;
            }
            if (rest == QLatin1String(".actions.order")) {
                if (si >= 0)
                    steps[si].insert(kActions, permute(steps.at(si).value(kActions).toArray(), value.toArray()));
                continue;
            }
            const QRegularExpressionMatch am = actionRe.match(rest);
            if (am.hasMatch()) {
                const QString actionId = am.captured(1);
                const QString field = am.captured(2);
                int ai = -1, aj = -1;
                const bool found = findAction(steps, actionId, &ai, &aj);
                if (field.isEmpty()) { // the whole action
                    if (!value.isObject()) {
                        if (found) {
                            QJsonArray actions = steps.at(ai).value(kActions).toArray();
                            actions.removeAt(aj);
                            steps[ai].insert(kActions, actions);
                        }
                        continue;
                    }
                    if (found) {
                        QJsonArray actions = steps.at(ai).value(kActions).toArray();
                        actions[aj] = value;
                        steps[ai].insert(kActions, actions);
                    } else if (si >= 0) {
                        QJsonArray actions = steps.at(si).value(kActions).toArray();
                        actions.insert(clampedOrder(value.toObject(), actions.size()), value);
                        steps[si].insert(kActions, actions);
                    }
                    continue;
                }
                if (!found || !field.startsWith(QLatin1Char('.')))
                    continue;
                const QString key = field.mid(1);
                if (key == QLatin1String("step")) { // move to the chosen step, at its end
                    StepSel target;
                    if (value.isString())
                        target.id = value.toString();
                    else if (value.isDouble())
                        target.index = value.toInt();
                    else
                        continue;
                    const int ti = findStep(steps, target);
                    if (ti < 0 || ti == ai)
                        continue;
                    QJsonArray from = steps.at(ai).value(kActions).toArray();
                    const QJsonValue action = from.at(aj);
                    from.removeAt(aj);
                    steps[ai].insert(kActions, from);
                    QJsonArray to = steps.at(ti).value(kActions).toArray();
                    to.append(action);
                    steps[ti].insert(kActions, to);
                    continue;
                }
                QJsonArray actions = steps.at(ai).value(kActions).toArray();
                QJsonObject action = actions.at(aj).toObject();
                put(&action, key, value);
                actions[aj] = action;
                steps[ai].insert(kActions, actions);
                continue;
            }
            if (si >= 0 && rest.startsWith(QLatin1Char('.')))
                put(&steps[si], rest.mid(1), value);
            continue;
        }
        // opts.title, recurrence.rule: a key of a top-level object.
        const int dot = path.indexOf(QLatin1Char('.'));
        const QString head = path.left(dot);
        if (dot > 0 && (head == kOpts || head == kRecurrence)) {
            if (value.isUndefined() && !out.value(head).isObject())
                continue; // nothing to remove
            QJsonObject o = out.value(head).toObject();
            put(&o, path.mid(dot + 1), value);
            out.insert(head, o);
            continue;
        }
        put(&out, path, value);
    }

    if (stepsTouched) {
        QJsonArray a;
        for (QJsonObject s : steps) {
            s.insert(kActions, renumbered(s.value(kActions).toArray()));
            a.append(s);
        }
        out.insert(kSteps, renumbered(a));
    }
    return out;
}
