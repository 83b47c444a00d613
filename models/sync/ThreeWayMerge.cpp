#include "sync/ThreeWayMerge.h"

#include "domain/ServiceTask.h"
#include "domain/Timestamp.h"

#include "sync/ChoiceWriter.h"
#include "sync/MergeRules.h"
#include "sync/SeriesMerge.h"

#include <QJsonArray>

using namespace MergeRules;

namespace {

const QString kId = QStringLiteral("id");
const QString kExt = QStringLiteral("ext");
const QString kOpts = QStringLiteral("opts");
const QString kRecurrence = QStringLiteral("recurrence");
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
            const FieldsMerge fields = mergeFields(b.toObject(), m.toObject(), t.toObject());
            for (const KeyConflict &c : fields.conflicts) {
                const ConflictPath path = ConflictPath::objectField(key, c.key);
                r->conflicts.append({path, ThreeWayMerge::fieldLabel(path.format()), c.base, c.mine, c.theirs});
            }
            const QJsonObject &out = fields.merged;
            // Present (possibly empty) unless one side removed it and the other left it.
            const bool present = m.isUndefined() == b.isUndefined() ? !t.isUndefined() : !m.isUndefined();
            if (present || !out.isEmpty())
                r->merged.insert(key, out);
            else
                r->merged.remove(key);
            continue;
        }
        const Pick<QJsonValue> p = merge3(b, m, t, [&key](const QJsonValue &x, const QJsonValue &y) {
            return ThreeWayMerge::sameValue(key, x, y);
        });
        if (p.conflict)
            r->conflicts.append({ConflictPath::field(key), ThreeWayMerge::fieldLabel(key), b, m, t});
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
        r.conflicts.append({ConflictPath::field(kId), fieldLabel(kId), base.value(kId), mineId, theirsId});
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
    keys.removeAll(QStringLiteral("seriesId"));
    keys.removeAll(QStringLiteral("steps"));
    mergeTopLevel(keys, base, mine, theirs, {kRecurrence}, &r);
    // The server's identity of the series (it changes on every split).
    const QString seriesId = QStringLiteral("seriesId");
    put(&r.merged, seriesId, theirs.contains(seriesId) ? theirs.value(seriesId) : mine.value(seriesId));
    SeriesMerge::mergeSteps(base, mine, theirs, &r);
    return r;
}

FieldConflict ThreeWayMerge::deleteConflict(const QJsonObject &base, const QJsonObject &mineOrEmpty,
                                            const QJsonObject &theirsOrEmpty)
{
    FieldConflict c;
    c.path = ConflictPath::record();
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
    ChoiceWriter writer(merged);
    for (const FieldConflict &c : conflicts) {
        const auto choice = choices.constFind(c.path.format());
        if (choice != choices.constEnd())
            writer.write(c.path, choice.value());
    }
    return writer.result();
}
