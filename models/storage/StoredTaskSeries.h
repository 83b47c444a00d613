#pragma once

#include "domain/TaskSeries.h"
#include "storage/SyncState.h"

#include <QStringList>

#include <optional>

// A series as the database keeps it (see StoredServiceTask). `seriesIdHistory` keeps
// the ids a split (PUT) left behind, oldest first.
struct StoredTaskSeries
{
    qint64 localId = 0;
    TaskSeries local;
    std::optional<TaskSeries> base;
    SyncState state = SyncState::New;
    QString syncError;
    qint64 revision = 0;
    bool valid = true;
    QStringList seriesIdHistory;
};
