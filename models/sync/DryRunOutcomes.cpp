#include "sync/DryRunOutcomes.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SyncState.h"
#include "storage/Workspace.h"

#include <QSqlQuery>

namespace {

int stateOf(SyncState state)
{
    return static_cast<int>(state);
}

} // namespace

DryRunOutcomes::DryRunOutcomes(Workspace &copy, QObject *parent)
    : QObject(parent)
    , m_db(copy.database())
    , m_tasks{QStringLiteral("svctask"), DryRunOutcome::Kind::ServiceTask, {}, 0}
    , m_series{QStringLiteral("series"), DryRunOutcome::Kind::Series, {}, 0}
{
    load(m_tasks);
    load(m_series);
    watch(copy.serviceTasks(), m_tasks);
    watch(copy.series(), m_series);
}

void DryRunOutcomes::load(Table &table)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT local_id, sync_state, base_json, name FROM %1").arg(table.name)))
        return;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        table.rows.insert(id, Row{q.value(1).toInt(), qHash(q.value(2).toString()), q.value(3).toString(), QString()});
        table.lastId = qMax(table.lastId, id);
    }
}

void DryRunOutcomes::watch(RecordStore &store, Table &table)
{
    connect(&store, &RecordStore::inserted, this, [this, &table](qint64 id) { touched(table, id); });
    connect(&store, &RecordStore::changed, this, [this, &table](qint64 id) { touched(table, id); });
    connect(&store, &RecordStore::removed, this, [this, &table](qint64 id) { gone(table, id); });
    // A batch of the pull stores new records.
    connect(&store, &RecordStore::rowsChanged, this, [this, &table] { appeared(table); });
}

std::optional<DryRunOutcomes::Row> DryRunOutcomes::read(const Table &table, qint64 localId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT sync_state, base_json, name, sync_error FROM %1 WHERE local_id=:id").arg(table.name));
    q.bindValue(QStringLiteral(":id"), localId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Row{q.value(0).toInt(), qHash(q.value(1).toString()), q.value(2).toString(), q.value(3).toString()};
}

void DryRunOutcomes::touched(Table &table, qint64 localId)
{
    const std::optional<Row> now = read(table, localId);
    if (!now)
        return;
    const auto was = table.rows.constFind(localId);
    table.lastId = qMax(table.lastId, localId);
    if (was == table.rows.cend()) {
        add(table, localId, DryRunOutcome::What::ReceivedNew, *now);
    } else if (now->state == stateOf(SyncState::Conflict) && was->state != stateOf(SyncState::Conflict)) {
        add(table, localId, DryRunOutcome::What::Conflict, *now);
    } else if (now->base != was->base && now->state != stateOf(SyncState::Conflict)) {
        // The server's copy moved: taken as it is, merged with edits made here, or (a clean
        // record after one with edits) the answer to a request already in the plan.
        if (was->state == stateOf(SyncState::Clean))
            add(table, localId, DryRunOutcome::What::ReceivedChanges, *now);
        else if (now->state != stateOf(SyncState::Clean))
            add(table, localId, DryRunOutcome::What::Merged, *now);
    }
    table.rows.insert(localId, *now);
}

void DryRunOutcomes::gone(Table &table, qint64 localId)
{
    const Row was = table.rows.take(localId);
    if (was.state == stateOf(SyncState::Deleted) || was.state == -1)
        return; // deleted here: its delete is a request of the plan
    add(table, localId, DryRunOutcome::What::DeletedThere, was);
}

void DryRunOutcomes::appeared(Table &table)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT local_id FROM %1 WHERE local_id>:last ORDER BY local_id").arg(table.name));
    q.bindValue(QStringLiteral(":last"), table.lastId);
    if (!q.exec())
        return;
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : std::as_const(ids))
        touched(table, id);
}

void DryRunOutcomes::add(const Table &table, qint64 localId, DryRunOutcome::What what, const Row &row)
{
    const DryRunOutcome outcome{table.kind, what, localId, row.name,
                                what == DryRunOutcome::What::Conflict ? row.error : QString()};
    const auto key = qMakePair(int(table.kind), localId);
    const auto earlier = m_index.constFind(key);
    if (earlier == m_index.cend()) {
        m_index.insert(key, int(m_outcomes.size()));
        m_outcomes.append(outcome);
    } else if (m_outcomes.at(*earlier).what != DryRunOutcome::What::ReceivedNew) {
        m_outcomes[*earlier] = outcome; // a record received new stays new whatever came next
    }
}
