#include "edit/TaskSeriesChange.h"

#include "edit/RecordChangeSet.h"
#include "json/TaskSeriesCodec.h"
#include "storage/TaskSeriesStore.h"

namespace {

struct TaskSeriesKind
{
    using Store = TaskSeriesStore;
    using Change = TaskSeriesChange;
    using Record = TaskSeries;

    static QJsonObject comparable(const TaskSeries &series) { return TaskSeriesCodec::encode(series); }
    static TaskSeries toStore(const TaskSeries &series, const TaskSeries &) { return series; }
    static qint64 localIdOf(const TaskSeriesStore &, const TaskSeriesChange &change) { return change.localId; }
};

} // namespace

bool TaskSeriesChangeSet::apply(TaskSeriesStore &store, QVector<TaskSeriesChange> &changes, bool forward,
                                QString *error, bool replay)
{
    return RecordChangeSet<TaskSeriesKind>::apply(store, changes, forward, error, replay);
}
