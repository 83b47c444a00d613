#include "sync/SeriesPull.h"

#include "json/TaskSeriesCodec.h"
#include "storage/TaskSeriesStore.h"
#include "sync/ExecutionPlacement.h"
#include "sync/RemoteChangeWriter.h"
#include "sync/SeriesPush.h"
#include "sync/TaskSeriesSync.h"
#include "sync/UnlistedSeriesCheck.h"

#include <QLocale>

SeriesPull::SeriesPull(TaskSeriesSync &sync)
    : m_sync(sync)
    , m_store(sync.m_store)
{
}

void SeriesPull::start(QVector<SeriesPullPlan::Fetch> fetches)
{
    m_toFetch = std::move(fetches);
    m_newLines.reset();
    emit m_sync.phaseChanged(tr("Reading changed series"));
    m_sync.readEach(int(m_toFetch.size()), [this](int i) { read(m_toFetch.at(i)); }, [this] {
        if (const int unlogged = m_newLines.takeUnlogged())
            m_sync.log(SyncLogLevel::Info, tr("Received %n more new series, not named one by one.", nullptr, unlogged));
        m_sync.m_push->start();
    });
}

void SeriesPull::read(const Fetch &fetch)
{
    if (fetch.kind == SeriesPullPlan::Kind::Unlisted) {
        m_sync.m_unlisted->read(fetch);
        return;
    }
    ++m_sync.m_report.fetched;
    m_sync.readExecution(fetch.executionId, [this, fetch](const HttpResult &result) {
        if (m_sync.handleFatal(result))
            return;
        if (result.status == 404) {
            m_sync.log(SyncLogLevel::Warning, tr("Series %1 changed while it was read; it is read again next time.").arg(fetch.seriesId));
        } else {
            QString why;
            const auto series = SeriesWire::seriesIn(result, fetch.executionId, &why);
            if (series) {
                apply(fetch, *series);
            } else {
                // Nothing is written: the series stays as it was and is read again next time.
                ++m_sync.m_report.failed;
                m_sync.log(SyncLogLevel::Error, tr("Series %1: %2").arg(fetch.seriesId, why));
            }
        }
        m_sync.readDone();
    });
}

void SeriesPull::apply(const Fetch &fetch, const TaskSeries &series)
{
    if (series.seriesId != fetch.seriesId) {
        // A stored placement gone stale (a split elsewhere): learned again next time.
        if (m_sync.m_placement->fromMap(fetch.executionId))
            m_sync.m_seriesMap.forgetSeries(fetch.seriesId);
        m_sync.log(SyncLogLevel::Warning, tr("Series %1 changed while it was read; it is read again next time.").arg(fetch.seriesId));
        return;
    }
    const SeriesRemoteRef ref{fetch.executionId, fetch.digest, fetch.lastExecutionId};
    bool ok = false;
    switch (fetch.kind) {
    case SeriesPullPlan::Kind::New:
        ok = applyNew(fetch, series, ref);
        break;
    case SeriesPullPlan::Kind::Changed:
    case SeriesPullPlan::Kind::Follow:
        ok = applyChanged(fetch, series, ref);
        break;
    case SeriesPullPlan::Kind::Adopt:
        ok = applyAdopted(fetch, series, ref);
        break;
    case SeriesPullPlan::Kind::Unlisted:
        return; // UnlistedSeriesCheck's
    }
    if (!ok) {
        ++m_sync.m_report.failed;
        m_sync.log(SyncLogLevel::Error, tr("Series %1 could not be stored: %2").arg(series.name, m_store.errorString()));
    }
}

bool SeriesPull::applyNew(const Fetch &fetch, const TaskSeries &series, const SeriesRemoteRef &ref)
{
    if (!m_store.insertPulled(series, ref).has_value())
        return false;
    ++m_sync.m_report.pulledNew;
    if (fetch.splitFrom.isEmpty()) {
        if (m_newLines.take())
            m_sync.log(SyncLogLevel::Info, tr("Received new: %1").arg(series.name));
    } else {
        m_sync.log(SyncLogLevel::Info, tr("Split on the server: the later part of %1 is now a series of its own, %2 (from %3)")
                                           .arg(fetch.splitFrom, series.name,
                                                QLocale().toString(series.startAt.toUtc().toLocalTime(), QLocale::ShortFormat)));
    }
    return true;
}

bool SeriesPull::applyChanged(const Fetch &fetch, const TaskSeries &series, const SeriesRemoteRef &ref)
{
    const auto before = m_store.get(fetch.localId);
    if (before && before->base && before->pushAttempted && before->posted && SeriesWire::isUpdateOf(*before->posted, series)) {
        // A PUT of an earlier sync went through; only its answer was lost.
        if (!m_store.markSynced(fetch.localId, before->pushAttemptedRevision, series, ref, before->posted))
            return false;
        m_sync.splitDone(before->posted->seriesId);
        ++m_sync.m_report.pushedUpdated;
        m_sync.log(SyncLogLevel::Info, tr("Updated on the server: %1 (series %2 replaces %3)")
                                           .arg(series.name, series.seriesId, before->posted->seriesId));
        return true;
    }
    const bool ok = RemoteChangeWriter::applyPulled(m_store, fetch.localId, series, ref);
    const auto after = m_store.get(fetch.localId);
    if (!ok || !after)
        return ok;
    const bool changed = before && before->base && TaskSeriesCodec::encode(*before->base) != TaskSeriesCodec::encode(series);
    if (changed)
        ++m_sync.m_report.pulledChanged;
    if (fetch.kind == SeriesPullPlan::Kind::Follow)
        m_sync.log(SyncLogLevel::Info, tr("Split on the server: %1 continues as series %2").arg(series.name, series.seriesId));
    if (after->state == SyncState::Conflict)
        m_sync.log(SyncLogLevel::Warning, tr("Conflict: %1 — %2").arg(after->local.name, after->syncError));
    else if (changed)
        m_sync.log(SyncLogLevel::Info, tr("Received changes: %1").arg(series.name));
    return true;
}

bool SeriesPull::applyAdopted(const Fetch &fetch, const TaskSeries &series, const SeriesRemoteRef &ref)
{
    // The create of an earlier sync reached the server; only its answer was lost.
    if (!m_store.markSynced(fetch.localId, fetch.revision, series, ref))
        return false;
    ++m_sync.m_report.pushedCreated;
    m_sync.log(SyncLogLevel::Info, tr("Found on the server, created by an earlier sync: %1").arg(series.name));
    return true;
}
