#include "sync/PendingChanges.h"

#include "domain/Validator.h"
#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"
#include "storage/Workspace.h"
#include "sync/ItemIdentity.h"
#include "sync/RecordDiff.h"
#include "sync/StoredErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {

// Nested objects ("opts", "ext", "recurrence") are compared member by member, so that
// a change of opts.title does not read as a change of all of opts.
void diffObjects(const QString &prefix, const QJsonObject &before, const QJsonObject &after,
                 const QSet<QString> &skip, bool descend, QVector<FieldChange> &out)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        if (skip.contains(key))
            continue;
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b)
            continue;
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        if (descend && a.isObject() && b.isObject())
            diffObjects(path, a.toObject(), b.toObject(), {}, false, out);
        else
            out.append({path, a, b});
    }
}

// Steps and actions are matched by identity, not position: a move is a move, not a
// rename of every item after it.
template <typename Item, typename Encode, typename Inner>
void diffItems(const QString &prefix, const QVector<Item> &before, const QVector<Item> &after, Encode encode,
               Inner inner, QVector<FieldChange> &out)
{
    auto label = [&prefix](const Item &item) { return QStringLiteral("%1[«%2»]").arg(prefix, item.name); };
    for (int i = 0; i < after.size(); ++i) {
        const Item &now = after.at(i);
        const int was = ItemIdentity::indexIn(before, ItemIdentity::of(now));
        if (was < 0) {
            out.append({label(now), QJsonValue(QJsonValue::Undefined), encode(now, i)});
            continue;
        }
        const QString path = label(now);
        if (was != i)
            out.append({path + QStringLiteral(".order"), was, i});
        diffObjects(path, encode(before.at(was), was), encode(now, i),
                    {QStringLiteral("order"), QStringLiteral("actions")}, false, out);
        inner(path, before.at(was), now);
    }
    for (int i = 0; i < before.size(); ++i) {
        if (ItemIdentity::indexIn(after, ItemIdentity::of(before.at(i))) < 0)
            out.append({label(before.at(i)), encode(before.at(i), i), QJsonValue(QJsonValue::Undefined)});
    }
}

QString text(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("—");
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

template <typename Stored, typename Record>
PendingChange changeOf(const Stored &stored, PendingChange::Record record, const QString &id, const QString &name)
{
    using Kind = PendingChange::Kind;
    PendingChange change;
    change.record = record;
    change.localId = stored.localId;
    change.id = id;
    change.name = name;
    switch (stored.state) {
    case SyncState::New: change.kind = Kind::Create; break;
    case SyncState::Modified: change.kind = Kind::Change; break;
    case SyncState::Deleted: change.kind = Kind::Delete; break;
    case SyncState::Conflict: change.kind = Kind::Conflict; break;
    case SyncState::Error:
        change.kind = Kind::Error;
        change.reasons.append(StoredErrorText::shown(stored.syncError));
        break;
    case SyncState::Clean: break;
    }
    if (stored.state != SyncState::Deleted && stored.base) {
        change.fields = PendingChanges::diff(*stored.base, stored.local);
        change.lines = RecordDiff::describe(*stored.base, stored.local);
    }
    if ((change.kind == Kind::Create || change.kind == Kind::Change) && !stored.valid) {
        change.kind = Kind::Draft; // the sync does not send it until it is fixed
        for (const ValidationIssue &issue : Validator::validate(stored.local))
            change.reasons.append(QStringLiteral("%1: %2").arg(issue.field, issue.message));
    }
    return change;
}

} // namespace

QVector<FieldChange> PendingChanges::diff(const ServiceTask &base, const ServiceTask &local)
{
    QVector<FieldChange> out;
    diffObjects(QString(), ServiceTaskCodec::encode(base), ServiceTaskCodec::encode(local), {}, true, out);
    return out;
}

QVector<FieldChange> PendingChanges::diff(const TaskSeries &base, const TaskSeries &local)
{
    QVector<FieldChange> out;
    diffObjects(QString(), TaskSeriesCodec::encode(base), TaskSeriesCodec::encode(local), {QStringLiteral("steps")},
                true, out);
    const auto encodeAction = [](const Action &action, int order) { return TaskSeriesCodec::encodeAction(action, order); };
    const auto noInner = [](const QString &, const Action &, const Action &) {};
    diffItems(
        QStringLiteral("steps"), base.steps, local.steps,
        [](const Step &step, int order) { return TaskSeriesCodec::encodeStep(step, order); },
        [&out, &encodeAction, &noInner](const QString &path, const Step &before, const Step &after) {
            diffItems(path + QStringLiteral(".actions"), before.actions, after.actions, encodeAction, noInner, out);
        },
        out);
    return out;
}

namespace {

// The oldest `limit` unsynced records of a store (all when limit < 0); `total` grows by
// how many there are in all.
template <typename Store>
auto firstUnsynced(const Store &store, int limit, int *total)
{
    // Counted in SQL and cut there: after an import all 100 000 records are unsynced.
    const QVector<qint64> ids = limit >= 0 ? store.firstUnsyncedIds(limit) : store.unsyncedIds();
    if (total)
        *total += limit >= 0 && ids.size() == limit ? store.unsyncedCount() : int(ids.size());
    auto records = store.getMany(ids);
    std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) { return a.localId < b.localId; });
    return records;
}

} // namespace

QVector<PendingChange> PendingChanges::collect(Workspace &workspace, int limit, int *total)
{
    // Only the unsynced rows are read: usually a handful, but all of them after an
    // import, hence the limit for views.
    QVector<PendingChange> changes;
    if (total)
        *total = 0;
    const QSet<qint64> heldTasks = workspace.serviceTasks().heldIds();
    for (const StoredServiceTask &task : firstUnsynced(workspace.serviceTasks(), limit, total)) {
        changes.append(changeOf<StoredServiceTask, ServiceTask>(task, PendingChange::Record::ServiceTask,
                                                                task.local.id, task.local.name));
        changes.last().held = heldTasks.contains(task.localId);
    }
    const QSet<qint64> heldSeries = workspace.series().heldIds();
    const int left = limit < 0 ? -1 : std::max(0, limit - int(changes.size()));
    for (const StoredTaskSeries &series : firstUnsynced(workspace.series(), left, total)) {
        changes.append(changeOf<StoredTaskSeries, TaskSeries>(series, PendingChange::Record::Series,
                                                              series.local.seriesId, series.local.name));
        changes.last().held = heldSeries.contains(series.localId);
    }
    return changes;
}

QString PendingChanges::kindName(PendingChange::Kind kind)
{
    switch (kind) {
    case PendingChange::Kind::Create: return tr("create");
    case PendingChange::Kind::Change: return tr("change");
    case PendingChange::Kind::Delete: return tr("delete");
    case PendingChange::Kind::Draft: return tr("draft, not sent");
    case PendingChange::Kind::Conflict: return tr("conflict");
    case PendingChange::Kind::Error: return tr("refused");
    }
    return QString();
}

const char *PendingChanges::kindKey(PendingChange::Kind kind)
{
    switch (kind) {
    case PendingChange::Kind::Create: return "create";
    case PendingChange::Kind::Change: return "change";
    case PendingChange::Kind::Delete: return "delete";
    case PendingChange::Kind::Draft: return "draft";
    case PendingChange::Kind::Conflict: return "conflict";
    case PendingChange::Kind::Error: return "error";
    }
    return "";
}

QStringList PendingChanges::describe(const QVector<PendingChange> &changes)
{
    QStringList lines;
    for (const PendingChange &change : changes) {
        const QString record = change.record == PendingChange::Record::ServiceTask ? tr("service task") : tr("series");
        QString line = QStringLiteral("%1\t%2 «%3»").arg(kindName(change.kind), record, change.name);
        if (!change.id.isEmpty())
            line += QStringLiteral(" (%1)").arg(change.id);
        if (change.held)
            line += QStringLiteral(" · ") + tr("held, not sent until released");
        lines.append(line);
        for (const FieldChange &field : change.fields)
            lines.append(QStringLiteral("\t  %1: %2 → %3").arg(field.field, text(field.before), text(field.after)));
        for (const QString &reason : change.reasons)
            lines.append(QStringLiteral("\t  %1").arg(reason));
    }
    return lines;
}

QString PendingChanges::summary(const QVector<PendingChange> &changes)
{
    int counts[6] = {};
    int held = 0;
    for (const PendingChange &change : changes)
        ++(isHeld(change) ? held : counts[int(change.kind)]);
    using K = PendingChange::Kind;
    // "noun: count" reads right for any count, in both languages.
    return tr("To send: create %1, change %2, delete %3. Not sent: held %4, drafts %5, conflicts %6, refused by the server %7.")
        .arg(counts[int(K::Create)]).arg(counts[int(K::Change)]).arg(counts[int(K::Delete)]).arg(held)
        .arg(counts[int(K::Draft)]).arg(counts[int(K::Conflict)]).arg(counts[int(K::Error)]);
}

bool PendingChanges::isHeld(const PendingChange &change)
{
    using K = PendingChange::Kind;
    return change.held && (change.kind == K::Create || change.kind == K::Change || change.kind == K::Delete);
}

QJsonObject PendingChanges::toJson(const QVector<PendingChange> &changes)
{
    QJsonArray tasks;
    QJsonArray series;
    QJsonObject counts;
    for (const PendingChange &change : changes) {
        QJsonArray fields;
        for (const FieldChange &field : change.fields) {
            QJsonObject entry{{QStringLiteral("field"), field.field}};
            if (!field.before.isUndefined())
                entry.insert(QStringLiteral("base"), field.before);
            if (!field.after.isUndefined())
                entry.insert(QStringLiteral("local"), field.after);
            fields.append(entry);
        }
        const QString kind = QLatin1String(kindKey(change.kind));
        QJsonObject item{{QStringLiteral("kind"), kind},
                         {QStringLiteral("localId"), change.localId},
                         {QStringLiteral("name"), change.name},
                         {QStringLiteral("fields"), fields},
                         {QStringLiteral("reasons"), QJsonArray::fromStringList(change.reasons)},
                         {QStringLiteral("held"), change.held}};
        if (!change.id.isEmpty())
            item.insert(change.record == PendingChange::Record::ServiceTask ? QStringLiteral("id") : QStringLiteral("seriesId"),
                        change.id);
        (change.record == PendingChange::Record::ServiceTask ? tasks : series).append(item);
        counts.insert(kind, counts.value(kind).toInt() + 1);
    }
    return {{QStringLiteral("svctasks"), tasks}, {QStringLiteral("series"), series}, {QStringLiteral("counts"), counts}};
}
