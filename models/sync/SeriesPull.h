#pragma once

#include "domain/TaskSeries.h"
#include "sync/NewRecordLines.h"
#include "sync/SeriesPullPlan.h"

#include <QCoreApplication>
#include <QVector>

class TaskSeriesStore;
class TaskSeriesSync;

// The reads of the series pull: each planned series read through its pivot execution
// and applied in its own transaction (new, changed and merged three-way, followed after a
// split elsewhere, or adopted as the create of an earlier sync). Then the push starts.
class SeriesPull
{
    Q_DECLARE_TR_FUNCTIONS(TaskSeriesSync) // its messages are the series sync's

public:
    explicit SeriesPull(TaskSeriesSync &sync);

    void start(QVector<SeriesPullPlan::Fetch> fetches);

private:
    using Fetch = SeriesPullPlan::Fetch;

    void read(const Fetch &fetch);
    void apply(const Fetch &fetch, const TaskSeries &series);
    bool applyNew(const Fetch &fetch, const TaskSeries &series, const SeriesRemoteRef &ref);
    bool applyChanged(const Fetch &fetch, const TaskSeries &series, const SeriesRemoteRef &ref);
    bool applyAdopted(const Fetch &fetch, const TaskSeries &series, const SeriesRemoteRef &ref);

    TaskSeriesSync &m_sync;
    TaskSeriesStore &m_store;
    QVector<Fetch> m_toFetch;
    NewRecordLines m_newLines;
};
