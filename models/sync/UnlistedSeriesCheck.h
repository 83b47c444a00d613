#pragma once

#include "sync/HttpResult.h"
#include "sync/SeriesPullPlan.h"
#include "sync/SyncLogLevel.h"

#include <QCoreApplication>
#include <QStringList>

class TaskSeriesSync;
class TaskSeriesStore;

// A synced series that a complete listing does not show. Another client's delete while
// the listing paged moves the later executions back one place, so one execution is on no
// page; a series with only that one seems gone. So its known executions are read in turn
// (the pivot, then the latest as last listed): a 404 for each of them removes it here (or
// makes a conflict with an edit here); one that still belongs to it keeps it. Two reads at
// most: a series whose every listed execution is on no page while both of these were
// deleted there needs several changes at once, and then it only comes back next time (an
// edit here becomes a conflict, never lost). A read that fails keeps the series and holds
// back its push this time.
class UnlistedSeriesCheck
{
    Q_DECLARE_TR_FUNCTIONS(TaskSeriesSync) // its messages are the series sync's

public:
    explicit UnlistedSeriesCheck(TaskSeriesSync &sync);

    // The executions to read for a Kind::Unlisted fetch; calls readDone() once decided.
    void read(const SeriesPullPlan::Fetch &fetch);
    // Gone from the server: dropped here, or a conflict when it was changed here.
    void deletedThere(qint64 localId, const QString &name);

private:
    void readNext(const SeriesPullPlan::Fetch &fetch, QStringList executions);
    void answered(const SeriesPullPlan::Fetch &fetch, const QStringList &rest, const QString &executionId,
                  const HttpResult &result);
    // Kept, unconfirmed: not pushed this sync.
    void holdBack(qint64 localId, SyncLogLevel level, const QString &line);

    TaskSeriesSync &m_sync;
    TaskSeriesStore &m_store;
};
