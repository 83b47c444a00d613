#pragma once

#include "storage/StoredTaskSeries.h"
#include "sync/ExecutionListing.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVector>

class TaskSeriesSync;
class TaskSeriesStore;

// The plan of the series pull, made from a placed listing: which series are read (new
// here, their listing changed, followed after a split elsewhere, or found as the create
// of an earlier sync whose answer was lost), and which may be remote deletes (only after
// a complete listing, and read first: Unlisted).
class SeriesPullPlan
{
    Q_DECLARE_TR_FUNCTIONS(TaskSeriesSync) // its messages are the series sync's

public:
    enum class Kind { New, Changed, Follow, Adopt, Unlisted };
    // One series to read.
    struct Fetch
    {
        Kind kind = Kind::New;
        QString seriesId;    // as listed
        QString executionId; // the pivot to read
        QString digest;
        QString lastExecutionId; // Unlisted: read too when the pivot is gone
        QString splitFrom;   // New: the name of the series this one was split from elsewhere
        qint64 localId = 0;
        qint64 revision = 0; // Adopt: the revision the lost create was sent for
    };

    explicit SeriesPullPlan(TaskSeriesSync &sync);

    // Plans from the placed listing, then starts the reads.
    void make();

private:
    void index(const QVector<ExecutionListing::Execution> &listing);
    // The ids already known here; false when the sync had to stop.
    bool loadKnown(const QVector<StoredTaskSeries> &local);
    void planStored(const StoredTaskSeries &record);
    // Gone from a complete listing: read first (a remote delete only if gone there too),
    // unless the stored map's word is stale.
    void remoteDelete(const StoredTaskSeries &record);
    void planListed(int group, const QVector<StoredTaskSeries> &local);
    Fetch fetchOf(Kind kind, int group, qint64 localId) const;

    TaskSeriesSync &m_sync;
    TaskSeriesStore &m_store;
    // For one plan: the listing grouped, and what it decided so far.
    QVector<ExecutionListing::Series> m_groups;
    QHash<QString, int> m_groupOf;
    QHash<QString, QString> m_seriesOfExecution;
    QSet<QString> m_known;   // the seriesIds of the records here
    QSet<QString> m_claimed; // listed series a record follows after a split elsewhere
    QSet<qint64> m_adopted;
    // The later part of a series split elsewhere after the execution it is read through:
    // its latest execution shows up under a series unknown here.
    QHash<QString, QString> m_splitFrom; // listed seriesId -> the name of the series it came from
    QVector<Fetch> m_fetches;
};
