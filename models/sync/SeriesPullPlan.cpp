#include "sync/SeriesPullPlan.h"

#include "storage/TaskSeriesStore.h"
#include "sync/ExecutionPlacement.h"
#include "sync/SeriesPull.h"
#include "sync/TaskSeriesSync.h"
#include "sync/UnlistedSeriesCheck.h"

SeriesPullPlan::SeriesPullPlan(TaskSeriesSync &sync)
    : m_sync(sync)
    , m_store(sync.m_store)
{
}

void SeriesPullPlan::make()
{
    const bool complete = m_sync.m_placement->complete();
    if (!complete)
        m_sync.log(SyncLogLevel::Warning, tr("Some task executions were listed without their series; no series is taken as deleted this time."));
    index(m_sync.m_placement->listing());
    const QVector<StoredTaskSeries> local = m_store.all(true);
    if (!loadKnown(local))
        return;
    for (const StoredTaskSeries &record : local)
        planStored(record);
    for (int i = 0; i < m_groups.size(); ++i)
        planListed(i, local);
    m_groups.clear();
    m_sync.m_pull->start(std::exchange(m_fetches, {}));
}

void SeriesPullPlan::index(const QVector<ExecutionListing::Execution> &listing)
{
    m_groups = ExecutionListing::groupBySeries(listing);
    m_groupOf.clear();
    m_seriesOfExecution.clear();
    m_known.clear();
    m_claimed.clear();
    m_adopted.clear();
    m_splitFrom.clear();
    m_fetches.clear();
    for (int i = 0; i < m_groups.size(); ++i) {
        const ExecutionListing::Series &group = m_groups.at(i);
        m_groupOf.insert(group.seriesId, i);
        for (const ExecutionListing::Execution &e : group.executions)
            m_seriesOfExecution.insert(e.id, e.seriesId);
        m_sync.m_listedIds.insert(group.seriesId);
        m_sync.m_listedSeries.insert(group.seriesId, group);
    }
}

bool SeriesPullPlan::loadKnown(const QVector<StoredTaskSeries> &local)
{
    for (const StoredTaskSeries &record : local) {
        if (!record.local.seriesId.isEmpty())
            m_known.insert(record.local.seriesId);
        for (const QString &id : record.seriesIdHistory)
            m_sync.m_historyIds.insert(id);
    }
    // The ended parts of split series deleted since stay listed: no series of their own.
    ExecutionSeriesMap &map = m_sync.m_seriesMap;
    const auto ended = map.loadEnded();
    if (!ended) {
        m_sync.stopWith(tr("The series of the listed task executions could not be read from the database: %1").arg(map.errorString()));
        return false;
    }
    m_sync.m_historyIds.unite(*ended);
    if (m_sync.m_placement->complete() && !map.keepEndedOnly(m_sync.m_listedIds))
        m_sync.mapNotStored();
    return true;
}

void SeriesPullPlan::planStored(const StoredTaskSeries &record)
{
    const QString seriesId = record.local.seriesId;
    if (seriesId.isEmpty())
        return;
    // Its execution now belongs to a series unknown here: the series was split at or
    // before it elsewhere (or by a PUT of ours whose answer was lost). The record
    // follows the execution; what stays under the old id is the ended part, as after
    // a split made here (it may still list the executions done before).
    const QString successor = m_seriesOfExecution.value(record.remoteRef.executionId);
    if (record.base && !successor.isEmpty() && successor != seriesId && !m_known.contains(successor)
        && !m_claimed.contains(successor)) {
        m_claimed.insert(successor);
        m_sync.m_historyIds.insert(seriesId);
        m_fetches.append(fetchOf(Kind::Follow, m_groupOf.value(successor), record.localId));
        return;
    }
    const QString later = m_seriesOfExecution.value(record.remoteRef.lastExecutionId);
    if (!later.isEmpty() && later != seriesId && !m_known.contains(later))
        m_splitFrom.insert(later, record.local.name);
    const auto group = m_groupOf.constFind(seriesId);
    if (group != m_groupOf.constEnd()) {
        if (ExecutionListing::needsRead(record, m_groups.at(*group)))
            m_fetches.append(fetchOf(Kind::Changed, *group, record.localId));
        return;
    }
    if (m_sync.m_placement->complete() && record.base)
        remoteDelete(record);
}

void SeriesPullPlan::remoteDelete(const StoredTaskSeries &record)
{
    // Placed by the stored map only: the execution may have moved to another series
    // since (a split elsewhere). Never deleted on that word; learned again next time.
    const ExecutionPlacement &placement = *m_sync.m_placement;
    const QString mapped = placement.fromMap(record.remoteRef.executionId) ? record.remoteRef.executionId
                           : placement.fromMap(record.remoteRef.lastExecutionId) ? record.remoteRef.lastExecutionId
                                                                                  : QString();
    if (!mapped.isEmpty()) {
        m_sync.m_seriesMap.forgetSeries(m_seriesOfExecution.value(mapped));
        m_sync.log(SyncLogLevel::Warning, tr("Series %1 changed while it was read; it is read again next time.").arg(record.local.name));
        return;
    }
    // A conflict with the server's delete waits for the user, unread; a record that knows
    // no execution (stored before they were kept) has nothing to read.
    const bool deleteKnown = record.state == SyncState::Conflict && !record.remote;
    if (deleteKnown || record.remoteRef.executionId.isEmpty()) {
        m_sync.m_unlisted->deletedThere(record.localId, record.local.name);
        return;
    }
    Fetch fetch;
    fetch.kind = Kind::Unlisted;
    fetch.seriesId = record.local.seriesId;
    fetch.executionId = record.remoteRef.executionId;
    fetch.lastExecutionId = record.remoteRef.lastExecutionId;
    fetch.localId = record.localId;
    m_fetches.append(fetch);
}

void SeriesPullPlan::planListed(int group, const QVector<StoredTaskSeries> &local)
{
    const QString seriesId = m_groups.at(group).seriesId;
    // The ended part of a series split here is not pulled as a series of its own.
    if (m_known.contains(seriesId) || m_claimed.contains(seriesId) || m_sync.m_historyIds.contains(seriesId))
        return;
    // A create whose answer was lost: this listing is where it is looked for. A record
    // deleted meanwhile takes it too, and stays deleted.
    Fetch fetch = fetchOf(Kind::New, group, 0);
    fetch.splitFrom = m_splitFrom.value(seriesId);
    for (const StoredTaskSeries &record : local) {
        if (record.local.seriesId.isEmpty() && record.pushAttempted
            && (record.state == SyncState::New || record.state == SyncState::Deleted)
            && !m_adopted.contains(record.localId)
            // Matched against what the create sent: the series may have been edited since.
            && ExecutionListing::isCreateOf(record.posted.value_or(record.local), m_groups.at(group))) {
            m_adopted.insert(record.localId);
            fetch.kind = Kind::Adopt;
            fetch.localId = record.localId;
            fetch.revision = record.pushAttemptedRevision;
            break;
        }
    }
    m_fetches.append(fetch);
}

SeriesPullPlan::Fetch SeriesPullPlan::fetchOf(Kind kind, int group, qint64 localId) const
{
    const ExecutionListing::Series &series = m_groups.at(group);
    const SeriesRemoteRef ref = ExecutionListing::refOf(series);
    Fetch fetch;
    fetch.kind = kind;
    fetch.seriesId = series.seriesId;
    fetch.executionId = ref.executionId;
    fetch.digest = ref.executionsDigest;
    fetch.lastExecutionId = ref.lastExecutionId;
    fetch.localId = localId;
    return fetch;
}
