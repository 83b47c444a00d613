#include "sync/ConflictResolver.h"

#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"
#include "storage/RecordQuery.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "sync/RemoteChangeText.h"

#include <algorithm>

namespace {

// An empty `resolved` means the side that deleted the record wins: it is deleted here,
// and on the server by the next sync. Both stores are driven the same way.
template<typename Store, typename Codec>
bool writeResolved(Store &store, qint64 localId, const std::optional<QJsonObject> &remote,
                   const QJsonObject &resolved, QString *error)
{
    if (resolved.isEmpty()) {
        Transaction tx(store.database());
        if (remote) {
            // The server's copy becomes the base first, so the delete is sent against it.
            DecodeError decodeError;
            const auto theirs = Codec::decode(*remote, &decodeError);
            if (!theirs) {
                *error = decodeError.toString();
                return false;
            }
            if (!store.resolveConflict(localId, *theirs)) {
                *error = store.errorString();
                return false;
            }
        }
        if (!store.remove(localId)) {
            *error = store.errorString();
            return false;
        }
        if (!tx.commit()) {
            *error = tx.errorString();
            return false;
        }
        return true;
    }
    DecodeError decodeError;
    const auto record = Codec::decode(resolved, &decodeError);
    if (!record) {
        *error = ConflictResolver::tr("The result cannot be used: %1").arg(decodeError.toString());
        return false;
    }
    if (!store.resolveConflict(localId, *record)) {
        *error = store.errorString();
        return false;
    }
    return true;
}

template<typename Stored>
void sortByName(QVector<Stored> *records)
{
    std::sort(records->begin(), records->end(),
              [](const Stored &a, const Stored &b) { return a.local.name.localeAwareCompare(b.local.name) < 0; });
}

template<typename Codec, typename Stored>
ConflictRecord recordOf(ConflictRecord::Kind kind, const Stored &s)
{
    const auto encoded = [](const auto &copy) {
        return copy ? std::optional<QJsonObject>(Codec::encode(*copy)) : std::nullopt;
    };
    return ConflictResolver::makeRecord(kind, s.localId, s.local.name, s.syncError, s.conflictKind,
                                        Codec::encode(s.local), encoded(s.base), encoded(s.remote));
}

} // namespace

ConflictResolver::ConflictResolver(Workspace &workspace)
    : m_workspace(workspace)
{
}

QVector<ConflictRecord> ConflictResolver::records() const
{
    RecordFilter filter;
    filter.conflictsOnly = true;
    QVector<ConflictRecord> out;

    QVector<StoredServiceTask> tasks = m_workspace.serviceTasks().getMany(
        ServiceTaskQuery(m_workspace.database()).ids(filter, QString(), false));
    sortByName(&tasks);
    for (const StoredServiceTask &s : std::as_const(tasks))
        out.append(recordOf<ServiceTaskCodec>(ConflictRecord::Kind::ServiceTask, s));

    QVector<StoredTaskSeries> series = m_workspace.series().getMany(
        TaskSeriesQuery(m_workspace.database()).ids(filter, QString(), false));
    sortByName(&series);
    for (const StoredTaskSeries &s : std::as_const(series))
        out.append(recordOf<TaskSeriesCodec>(ConflictRecord::Kind::Series, s));
    return out;
}

ConflictRecord ConflictResolver::makeRecord(ConflictRecord::Kind kind, qint64 localId, const QString &name,
                                            const QString &why, ConflictKind conflictKind, const QJsonObject &mine,
                                            const std::optional<QJsonObject> &base,
                                            const std::optional<QJsonObject> &theirs)
{
    ConflictRecord r;
    r.kind = kind;
    r.localId = localId;
    r.name = name;
    // The stored words are in the language of the sync that found the conflict: where the
    // reason is known, it is said again in the language shown now.
    r.why = why;
    r.merged = mine;
    if (conflictKind == ConflictKind::DeletedThere || !theirs) {
        r.why = RemoteChangeText::deletedThere();
        r.conflicts = {ThreeWayMerge::deleteConflict(base.value_or(QJsonObject()), mine, QJsonObject())};
        return r;
    }
    r.remote = theirs;
    const QJsonObject b = base.value_or(*theirs);
    if (conflictKind == ConflictKind::DeletedHere) {
        r.why = RemoteChangeText::deletedHere();
        r.conflicts = {ThreeWayMerge::deleteConflict(b, QJsonObject(), *theirs)};
        return r;
    }
    const MergeResult merge = kind == ConflictRecord::Kind::Series ? ThreeWayMerge::mergeSeries(b, mine, *theirs)
                                                                   : ThreeWayMerge::mergeServiceTask(b, mine, *theirs);
    if (merge.clean()) {
        // No field left in dispute: the choice is between the two whole records.
        r.conflicts = {ThreeWayMerge::deleteConflict(b, mine, *theirs)};
    } else {
        r.merged = merge.merged;
        r.conflicts = merge.conflicts;
        r.why = RemoteChangeText::changedOnBothSides(merge.conflicts);
    }
    return r;
}

QString ConflictResolver::reasonOf(const StoredServiceTask &record)
{
    return recordOf<ServiceTaskCodec>(ConflictRecord::Kind::ServiceTask, record).why;
}

QString ConflictResolver::reasonOf(const StoredTaskSeries &record)
{
    return recordOf<TaskSeriesCodec>(ConflictRecord::Kind::Series, record).why;
}

bool ConflictResolver::apply(const ConflictRecord &record, const QVector<QJsonValue> &values, QString *error)
{
    if (values.size() != record.conflicts.size()) {
        *error = QStringLiteral("%1 values for %2 conflicts").arg(values.size()).arg(record.conflicts.size());
        return false;
    }
    QHash<QString, QJsonValue> choices;
    for (int i = 0; i < record.conflicts.size(); ++i)
        choices.insert(record.conflicts[i].path.format(), values[i]);
    const QJsonObject resolved = ThreeWayMerge::resolve(record.merged, record.conflicts, choices);
    if (record.kind == ConflictRecord::Kind::Series)
        return writeResolved<TaskSeriesStore, TaskSeriesCodec>(m_workspace.series(), record.localId, record.remote,
                                                               resolved, error);
    return writeResolved<ServiceTaskStore, ServiceTaskCodec>(m_workspace.serviceTasks(), record.localId,
                                                             record.remote, resolved, error);
}

bool ConflictResolver::applySide(const ConflictRecord &record, Side side, QString *error)
{
    QVector<QJsonValue> values;
    for (const FieldConflict &c : record.conflicts)
        values.append(side == Side::Mine ? c.mine : c.theirs);
    return apply(record, values, error);
}
