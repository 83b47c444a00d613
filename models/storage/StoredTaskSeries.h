#pragma once

#include "domain/TaskSeries.h"
#include "storage/SyncState.h"

#include <QStringList>

#include <optional>

// Where the sync finds a series on a TARGPatrol server. The API has no series resource
// (docs/api-contract.md §2.2): a series is read (GET /task-executions/{id}) and updated
// (PUT /task-executions/{id}/series) through one of its task executions.
struct SeriesRemoteRef
{
    QString executionId;      // the execution the series is read through and PUT to
    QString executionsDigest; // the series' execution ids as last listed (change scan); empty = unknown
    QString lastExecutionId;  // its latest execution as last listed: a series split elsewhere
                              // after it shows this one under the new series; empty = unknown
};

// A series as the database keeps it (see StoredServiceTask). `seriesIdHistory` keeps
// the ids a split (PUT) left behind, oldest first.
struct StoredTaskSeries
{
    qint64 localId = 0;
    TaskSeries local;
    std::optional<TaskSeries> base;   // none until the first successful sync
    std::optional<TaskSeries> remote; // the server's copy while in conflict (none: deleted there)
    SyncState state = SyncState::New;
    ConflictKind conflictKind = ConflictKind::None; // while state is Conflict
    QString syncError;
    qint64 revision = 0;
    bool valid = true;
    QStringList seriesIdHistory;
    // A create (POST) or an update (PUT) was sent for `pushAttemptedRevision` and its answer
    // may have been lost: the sync looks for it on the server before sending again.
    bool pushAttempted = false;
    qint64 pushAttemptedRevision = 0;
    std::optional<TaskSeries> posted; // what that request sent, local keys included
    SeriesRemoteRef remoteRef;
    bool held = false; // kept pending, not sent until released
};
