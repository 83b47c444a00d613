#pragma once

#include "domain/TaskSeries.h"
#include "storage/StoredTaskSeries.h"
#include "sync/ExecutionListing.h"
#include "sync/HttpResult.h"

#include <QCoreApplication>
#include <QVector>

class TaskSeriesStore;
class TaskSeriesSync;

// The push of the series sync, one series at a time (a PUT must see the result of the
// read just before it): POST new series (after a lost answer the server is searched
// before posting again, so a retry never duplicates), PUT changed ones after reading and
// merging the server's current version first (a change to steps or actions only is not
// visible in the listing). POST and PUT are sent without the transport's retries.
class SeriesPush
{
    Q_DECLARE_TR_FUNCTIONS(TaskSeriesSync) // its messages are the series sync's

public:
    explicit SeriesPush(TaskSeriesSync &sync);

    void start();

private:
    // A deleted series: TARGPatrol cannot delete one, so the record says so; one the
    // server never had (its create did not land) just goes.
    void pushDelete(const StoredTaskSeries &record);
    void deleteUnconfirmed(const StoredTaskSeries &record);
    void next();
    void step();
    // One more record that could not be sent, said as `line`: the push goes on.
    void fail(const QString &line);
    void pushCreate(qint64 localId, int attempt);
    void created(qint64 localId, qint64 revision, const TaskSeries &sent, int attempt, const HttpResult &result);
    void lookupCreate(qint64 localId, qint64 revision, const TaskSeries &sent, int attempt, bool mayPostAgain,
                      const QString &why);
    void lookedUp(qint64 localId, qint64 revision, const TaskSeries &sent, int attempt, bool mayPostAgain,
                  const QString &why, const HttpResult &result);
    void adoptCreated(qint64 localId, qint64 revision, const ExecutionListing::Series &created);
    void pushUpdate(qint64 localId, int attempt);
    void updateRead(qint64 localId, int attempt, const QString &executionId, const QString &name,
                    const HttpResult &result);
    // A PUT of an earlier try whose answer was lost went through: `theirs` is what it made.
    bool updateLanded(qint64 localId, const QString &executionId, const QString &name, const TaskSeries &theirs);
    void putSeries(qint64 localId, int attempt, const StoredTaskSeries &record, const TaskSeries &server);
    void putAnswered(qint64 localId, int attempt, const TaskSeries &sent, qint64 revision,
                     const QString &executionId, const HttpResult &result);
    void putRead(qint64 localId, qint64 revision, const TaskSeries &sent, const QString &executionId,
                 const QString &created, const HttpResult &result);

    TaskSeriesSync &m_sync;
    TaskSeriesStore &m_store;
    QVector<qint64> m_queue;
};
