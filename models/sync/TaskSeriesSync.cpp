#include "sync/TaskSeriesSync.h"

#include "storage/TaskSeriesStore.h"
#include "sync/ExecutionPlacement.h"
#include "sync/SeriesPull.h"
#include "sync/SeriesPullPlan.h"
#include "sync/SeriesPush.h"
#include "sync/UnlistedSeriesCheck.h"

TaskSeriesSync::TaskSeriesSync(TaskSeriesStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                               QObject *parent)
    : SyncEngine(http, baseUrl, pageSize, parent)
    , m_store(store)
    , m_seriesMap(store.database())
    , m_placement(std::make_unique<ExecutionPlacement>(*this))
    , m_plan(std::make_unique<SeriesPullPlan>(*this))
    , m_pull(std::make_unique<SeriesPull>(*this))
    , m_push(std::make_unique<SeriesPush>(*this))
    , m_unlisted(std::make_unique<UnlistedSeriesCheck>(*this))
{
}

TaskSeriesSync::~TaskSeriesSync() = default;

QString TaskSeriesSync::stopText(Stop why, const QString &detail) const
{
    switch (why) {
    case Stop::CredentialsRefused: return tr("The TARGPatrol server refused the credentials (%1).").arg(detail);
    case Stop::RedirectRefused: return tr("The TARGPatrol server cannot be used: %1").arg(detail);
    case Stop::ListUnusable:
        return tr("The TARGPatrol server sent a list that cannot be used (%1); nothing was changed.").arg(detail);
    case Stop::ListFailed: return tr("The TARGPatrol server could not list the task executions: %1").arg(detail);
    case Stop::Unreachable: break;
    }
    return tr("The TARGPatrol server could not be reached: %1").arg(detail);
}

void TaskSeriesSync::begin()
{
    m_listedIds.clear();
    m_listedSeries.clear();
    m_historyIds.clear();
    m_unconfirmed.clear();
    emit phaseChanged(tr("Pulling series"));
    m_placement->start();
}

void TaskSeriesSync::readExecution(const QString &executionId, Then then)
{
    send("GET", executionUrl(executionId), QByteArray(), true, std::move(then));
}

QUrl TaskSeriesSync::executionUrl(const QString &executionId, const QString &suffix) const
{
    return endpoint(executionsPath() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(executionId))
                    + suffix);
}

bool TaskSeriesSync::knownHere(const QString &seriesId) const
{
    return m_historyIds.contains(seriesId) || m_store.localIdForSeriesId(seriesId).has_value();
}

void TaskSeriesSync::splitDone(const QString &oldSeriesId)
{
    m_historyIds.insert(oldSeriesId);
    if (!m_seriesMap.forgetSeries(oldSeriesId))
        mapNotStored();
}

void TaskSeriesSync::splitMade(const QString &oldSeriesId, const QString &executionId, const QString &newSeriesId)
{
    QStringList moved;
    ExecutionListing::refAfterSplit(m_listedSeries.value(oldSeriesId), executionId, &moved);
    splitDone(oldSeriesId);
    // Known without a read: a server whose list items do not say their series needs none next time.
    for (const QString &id : std::as_const(moved)) {
        if (!remember(id, newSeriesId))
            break;
    }
}

bool TaskSeriesSync::remember(const QString &executionId, const QString &seriesId)
{
    if (m_seriesMap.remember(executionId, seriesId))
        return true;
    mapNotStored();
    return false;
}

void TaskSeriesSync::mapNotStored()
{
    log(SyncLogLevel::Warning, tr("Which series each task execution belongs to could not be stored: %1").arg(m_seriesMap.errorString()));
}
