#pragma once

#include "sync/ExecutionListing.h"
#include "sync/HttpResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

class TaskSeriesSync;

// The change scan of the series sync: the pages of GET /task-executions/info, and each
// execution placed in its series. A list item need not say its seriesId: the stored
// map places it then, else a read of the execution (kept in the map, so that a re-sync
// with nothing changed sends list requests only). Then the plan is made.
class ExecutionPlacement
{
    Q_DECLARE_TR_FUNCTIONS(TaskSeriesSync) // its messages are the series sync's

public:
    explicit ExecutionPlacement(TaskSeriesSync &sync) : m_sync(sync) {}

    void start();
    // The listing with each execution placed (those that could not be, left out).
    const QVector<ExecutionListing::Execution> &listing() const { return m_listing; }
    // Whether every listed execution was placed: only then is anything taken as deleted.
    bool complete() const { return m_complete; }
    // Placed by the stored map, not read this sync: that word may be stale.
    bool fromMap(const QString &executionId) const { return m_fromMap.contains(executionId); }

private:
    void listPage(int offset);
    void listed(int offset, const HttpResult &result);
    // Executions listed without a seriesId: the stored map places them, else their read.
    void placeExecutions();
    // The stored map's word for each execution listed without its series.
    void applyStored(const QHash<QString, QString> &stored);
    void place(const QString &executionId);
    void learned(const QString &executionId, const HttpResult &result);
    void placed();

    TaskSeriesSync &m_sync;
    QVector<ExecutionListing::Execution> m_listing;
    QStringList m_toPlace;             // listed without a seriesId, not in the stored map
    QHash<QString, QString> m_learned; // execution id -> seriesId, read this sync
    QSet<QString> m_fromMap;
    bool m_complete = true;
};
