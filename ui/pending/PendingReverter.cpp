#include "pending/PendingReverter.h"

#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"
#include "storage/Workspace.h"
#include "sync/RecordDiff.h"
#include "undo/UndoServiceTaskEditor.h"
#include "undo/UndoTaskSeriesEditor.h"

namespace {

// The local copy goes (a record never synced), comes back (deleted here) or becomes the base.
template <typename Record, typename Stored>
std::pair<std::optional<Record>, std::optional<Record>> revertOf(const Stored &stored)
{
    if (stored.state == SyncState::Deleted)
        return {std::nullopt, stored.base.value_or(stored.local)};
    return {stored.local, stored.base};
}

template <typename Store, typename Apply>
bool revertFieldIn(const Store &store, qint64 localId, const QString &field, QString *error, Apply apply)
{
    const auto stored = store.get(localId);
    const auto reverted = stored && stored->base ? RecordDiff::revertField(*stored->base, stored->local, field)
                                                 : std::nullopt;
    if (!reverted) {
        *error = PendingReverter::tr("This field cannot be put back.");
        return false;
    }
    return apply(stored->local, *reverted);
}

QString describe(int count)
{
    return PendingReverter::tr("Revert %n record(s) to the synced copy", nullptr, count);
}

} // namespace

PendingReverter::PendingReverter(Workspace &workspace, QUndoStack &tasksUndo, QUndoStack &seriesUndo)
    : m_tasks(workspace.serviceTasks())
    , m_series(workspace.series())
    , m_taskEditor(std::make_unique<UndoServiceTaskEditor>(m_tasks, tasksUndo))
    , m_seriesEditor(std::make_unique<UndoTaskSeriesEditor>(m_series, seriesUndo))
{
}

PendingReverter::~PendingReverter() = default;

bool PendingReverter::canRevert(const PendingChange &change)
{
    return change.kind != PendingChange::Kind::Conflict;
}

bool PendingReverter::revert(const QVector<PendingChange> &changes, QString *error)
{
    QVector<qint64> tasks;
    QVector<qint64> series;
    for (const PendingChange &change : changes) {
        if (canRevert(change))
            (change.record == PendingChange::Record::ServiceTask ? tasks : series).append(change.localId);
    }
    return revertTasks(tasks, error) && revertSeries(series, error);
}

bool PendingReverter::revertTasks(const QVector<qint64> &ids, QString *error)
{
    QVector<ServiceTaskChange> changes;
    for (const StoredServiceTask &stored : m_tasks.getMany(ids)) {
        const auto [before, after] = revertOf<ServiceTask>(stored);
        changes.append({stored.localId, before, after});
    }
    return changes.isEmpty() || m_taskEditor->apply(describe(changes.size()), changes, error);
}

bool PendingReverter::revertSeries(const QVector<qint64> &ids, QString *error)
{
    QVector<TaskSeriesChange> changes;
    for (const StoredTaskSeries &stored : m_series.getMany(ids)) {
        const auto [before, after] = revertOf<TaskSeries>(stored);
        changes.append({stored.localId, before, after});
    }
    return changes.isEmpty() || m_seriesEditor->apply(describe(changes.size()), changes, error);
}

bool PendingReverter::revertField(const PendingChange &change, const QString &field, QString *error)
{
    const QString text = tr("Revert %1 of «%2»").arg(RecordDiff::label(field), change.name);
    if (change.record == PendingChange::Record::ServiceTask) {
        return revertFieldIn(m_tasks, change.localId, field, error, [&](const ServiceTask &before, const ServiceTask &after) {
            return m_taskEditor->apply(text, {{change.localId, before, after}}, error);
        });
    }
    return revertFieldIn(m_series, change.localId, field, error, [&](const TaskSeries &before, const TaskSeries &after) {
        QVector<TaskSeriesChange> changes{{change.localId, before, after}};
        return m_seriesEditor->apply(text, changes, error);
    });
}
