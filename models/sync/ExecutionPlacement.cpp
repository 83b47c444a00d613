#include "sync/ExecutionPlacement.h"

#include "sync/SeriesPullPlan.h"
#include "sync/TaskSeriesSync.h"

namespace {

// [assumed] The listing's order: the contract names `sort=startAt,asc`; the execution id
// breaks ties so that pages neither overlap nor skip (a server that ignores the second key
// still pages by start).
const QStringList kListSort = {QStringLiteral("startAt,asc"), QStringLiteral("id,asc")};

} // namespace

void ExecutionPlacement::start()
{
    m_listing.clear();
    m_toPlace.clear();
    m_learned.clear();
    m_fromMap.clear();
    m_complete = true;
    listPage(0);
}

void ExecutionPlacement::listPage(int offset)
{
    QList<std::pair<QString, QString>> query = {{QStringLiteral("limit"), QString::number(m_sync.pageSize())},
                                                {QStringLiteral("offset"), QString::number(offset)}};
    for (const QString &sort : kListSort)
        query.append({QStringLiteral("sort"), sort});
    ++m_sync.m_report.listPages;
    m_sync.send("GET", m_sync.endpoint(TaskSeriesSync::executionsPath() + QStringLiteral("/info"), query), QByteArray(),
                true, [this, offset](const HttpResult &result) { listed(offset, result); });
}

void ExecutionPlacement::listed(int offset, const HttpResult &result)
{
    const auto items = m_sync.acceptPage(result);
    if (!items)
        return;
    m_listing += ExecutionListing::executionsIn(*items, &m_complete);
    emit m_sync.progress(int(m_listing.size()), int(m_listing.size()));
    if (TaskSeriesSync::endsListing(*items))
        placeExecutions();
    else
        listPage(offset + int(items->size()));
}

void ExecutionPlacement::placeExecutions()
{
    const auto stored = m_sync.m_seriesMap.load();
    if (!stored) {
        m_sync.stopWith(tr("The series of the listed task executions could not be read from the database: %1")
                            .arg(m_sync.m_seriesMap.errorString()));
        return;
    }
    applyStored(*stored);
    m_toPlace.removeDuplicates(); // a page boundary that moved
    // Only a complete listing tells which stored executions are gone.
    if (m_complete) {
        QSet<QString> listed;
        for (const ExecutionListing::Execution &e : std::as_const(m_listing))
            listed.insert(e.id);
        QStringList gone;
        for (auto it = stored->constBegin(); it != stored->constEnd(); ++it)
            if (!listed.contains(it.key()))
                gone.append(it.key());
        if (!m_sync.m_seriesMap.forget(gone))
            m_sync.mapNotStored();
    }
    if (m_toPlace.isEmpty()) {
        m_sync.m_plan->make();
        return;
    }
    emit m_sync.phaseChanged(tr("Reading changed series"));
    m_sync.readEach(int(m_toPlace.size()), [this](int i) { place(m_toPlace.at(i)); }, [this] { placed(); });
}

void ExecutionPlacement::applyStored(const QHash<QString, QString> &stored)
{
    for (ExecutionListing::Execution &e : m_listing) {
        if (!e.seriesId.isEmpty()) {
            // The item says it: a stored placement that disagrees is stale.
            const auto known = stored.constFind(e.id);
            if (known != stored.constEnd() && *known != e.seriesId)
                m_sync.remember(e.id, e.seriesId);
            continue;
        }
        e.seriesId = stored.value(e.id);
        if (e.seriesId.isEmpty())
            m_toPlace.append(e.id);
        else
            m_fromMap.insert(e.id);
    }
}

void ExecutionPlacement::place(const QString &executionId)
{
    m_sync.readExecution(executionId, [this, executionId](const HttpResult &result) {
        if (m_sync.handleFatal(result))
            return;
        learned(executionId, result);
        m_sync.readDone();
    });
}

void ExecutionPlacement::learned(const QString &executionId, const HttpResult &result)
{
    QString why;
    const QString seriesId = SeriesWire::seriesIdIn(result, executionId, &why);
    if (seriesId.isEmpty()) {
        // Left out of this listing: its series is read again next time, and nothing is
        // taken as deleted meanwhile.
        m_complete = false;
        ++m_sync.m_report.failed;
        m_sync.log(SyncLogLevel::Error, tr("Task execution %1: its series could not be learned (%2); no series is taken as deleted this time.")
                                            .arg(executionId, why));
    } else {
        m_learned.insert(executionId, seriesId);
        m_sync.remember(executionId, seriesId);
    }
}

void ExecutionPlacement::placed()
{
    QVector<ExecutionListing::Execution> listing;
    listing.reserve(m_listing.size());
    for (ExecutionListing::Execution &e : m_listing) {
        if (e.seriesId.isEmpty())
            e.seriesId = m_learned.value(e.id);
        if (!e.seriesId.isEmpty())
            listing.append(e);
    }
    m_listing = listing;
    m_sync.m_plan->make();
}
