#pragma once

#include "storage/ExecutionSeriesMap.h"
#include "sync/ExecutionListing.h"
#include "sync/SeriesWire.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QSet>

#include <memory>

class ExecutionPlacement;
class SeriesPullPlan;
class SeriesPull;
class SeriesPush;
class TaskSeriesStore;
class UnlistedSeriesCheck;

// The sync of the task series with a TARGPatrol server (the steps: SyncEngine;
// docs/api-contract.md §2). The API has no series resource: a series is seen through its
// task executions, and each step is a part of its own: ExecutionPlacement lists them and
// places each in its series; SeriesPullPlan decides what is read and what was deleted
// (a record whose execution moved to a series unknown here follows a split made
// elsewhere; one the listing does not show is read first: UnlistedSeriesCheck);
// SeriesPull reads and applies; SeriesPush sends one series at a time. There
// is no API to delete a series: a locally deleted one is marked with an error, never sent.
// This class holds what the parts share: the store, the stored execution → series map and
// what this listing showed.
class TaskSeriesSync : public SyncEngine
{
    Q_OBJECT

public:
    TaskSeriesSync(TaskSeriesStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                   QObject *parent = nullptr);
    ~TaskSeriesSync() override;

    static QString executionsPath() { return QStringLiteral("/task-executions"); }
    static QString seriesIdIn(const HttpResult &result, const QString &executionId, QString *why)
    {
        return SeriesWire::seriesIdIn(result, executionId, why);
    }

protected:
    void begin() override;
    QString stopText(Stop why, const QString &detail) const override;

private:
    // The parts of one sync, each a step of it, with the engine's requests and report.
    friend class ExecutionPlacement;
    friend class SeriesPullPlan;
    friend class SeriesPull;
    friend class SeriesPush;
    friend class UnlistedSeriesCheck;

    // GETs are retried by the transport; POST and PUT are not idempotent and are sent once
    // (SyncEngine::send): the engine checks what happened before sending again.
    void readExecution(const QString &executionId, Then then);
    QUrl executionUrl(const QString &executionId, const QString &suffix = QString()) const;
    // A split (ours) ended `oldSeriesId`: its executions are learned again next time.
    void splitDone(const QString &oldSeriesId);
    // A PUT of ours to `executionId` split `oldSeriesId`: as splitDone(), and the executions
    // the listing says moved are placed under `newSeriesId`.
    void splitMade(const QString &oldSeriesId, const QString &executionId, const QString &newSeriesId);
    bool knownHere(const QString &seriesId) const;
    // The stored map is a cache: a write that fails is said, and the sync goes on.
    bool remember(const QString &executionId, const QString &seriesId);
    void mapNotStored();

    TaskSeriesStore &m_store;
    ExecutionSeriesMap m_seriesMap;
    QSet<QString> m_listedIds;                             // the seriesIds of this listing
    QHash<QString, ExecutionListing::Series> m_listedSeries; // seriesId -> its listing, for the push's refs
    QSet<QString> m_historyIds; // ids a split here left behind: the ended part, not pulled
    QSet<qint64> m_unconfirmed; // not listed, and not read: not pushed this sync
    std::unique_ptr<ExecutionPlacement> m_placement;
    std::unique_ptr<SeriesPullPlan> m_plan;
    std::unique_ptr<SeriesPull> m_pull;
    std::unique_ptr<SeriesPush> m_push;
    std::unique_ptr<UnlistedSeriesCheck> m_unlisted;
};
