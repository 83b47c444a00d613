#include "sync/UnlistedSeriesCheck.h"

#include "storage/TaskSeriesStore.h"
#include "sync/RemoteChangeWriter.h"
#include "sync/TaskSeriesSync.h"

UnlistedSeriesCheck::UnlistedSeriesCheck(TaskSeriesSync &sync)
    : m_sync(sync)
    , m_store(sync.m_store)
{
}

void UnlistedSeriesCheck::read(const SeriesPullPlan::Fetch &fetch)
{
    QStringList executions = {fetch.executionId};
    if (!fetch.lastExecutionId.isEmpty() && fetch.lastExecutionId != fetch.executionId)
        executions.append(fetch.lastExecutionId);
    readNext(fetch, executions);
}

void UnlistedSeriesCheck::readNext(const SeriesPullPlan::Fetch &fetch, QStringList executions)
{
    const QString executionId = executions.takeFirst();
    ++m_sync.m_report.fetched;
    m_sync.readExecution(executionId, [this, fetch, executions, executionId](const HttpResult &result) {
        if (!m_sync.handleFatal(result))
            answered(fetch, executions, executionId, result);
    });
}

void UnlistedSeriesCheck::answered(const SeriesPullPlan::Fetch &fetch, const QStringList &rest,
                                   const QString &executionId, const HttpResult &result)
{
    if (result.status == 404 && !rest.isEmpty()) {
        readNext(fetch, rest);
        return; // readDone() once the last one is answered
    }
    const auto record = m_store.get(fetch.localId);
    const QString name = record ? record->local.name : fetch.seriesId;
    QString why;
    const QString seriesId = result.status == 404 ? QString() : SeriesWire::seriesIdIn(result, executionId, &why);
    if (result.status == 404) {
        deletedThere(fetch.localId, name);
    } else if (seriesId.isEmpty()) {
        ++m_sync.m_report.failed;
        holdBack(fetch.localId, SyncLogLevel::Error, tr("Series %1: %2").arg(name, why));
    } else if (seriesId != fetch.seriesId) {
        // Moved to a series this listing did not show either (a split elsewhere): followed
        // once a listing shows it.
        holdBack(fetch.localId, SyncLogLevel::Warning,
                 tr("Series %1 changed while it was read; it is read again next time.").arg(name));
    } else {
        // Still there, on no page only because the list changed while it was paged. Placed
        // again for a server whose list items do not say their series.
        m_sync.remember(executionId, seriesId);
        m_sync.log(SyncLogLevel::Info, tr("Listed on no page, but still on the server: %1").arg(name));
    }
    m_sync.readDone();
}

void UnlistedSeriesCheck::holdBack(qint64 localId, SyncLogLevel level, const QString &line)
{
    m_sync.m_unconfirmed.insert(localId);
    m_sync.log(level, line);
}

void UnlistedSeriesCheck::deletedThere(qint64 localId, const QString &name)
{
    if (!RemoteChangeWriter::applyRemoteDelete(m_store, localId)) {
        ++m_sync.m_report.failed;
        m_sync.log(SyncLogLevel::Error, tr("Series %1: %2").arg(name, m_store.errorString()));
        return;
    }
    const auto after = m_store.get(localId);
    if (!after) {
        ++m_sync.m_report.remoteDeleted;
        m_sync.log(SyncLogLevel::Info, tr("Deleted on the server: %1").arg(name));
    } else if (after->state == SyncState::Conflict) {
        m_sync.log(SyncLogLevel::Warning, tr("Conflict: %1 — %2").arg(name, after->syncError));
    }
}
