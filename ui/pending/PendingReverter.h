#pragma once

#include "sync/PendingChange.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QUndoStack;
class ServiceTaskStore;
class TaskSeriesStore;
class UndoServiceTaskEditor;
class UndoTaskSeriesEditor;
class Workspace;

// Puts records, or one field of a record, back to the copy last synced (base), as
// ordinary undoable edits on the pages' undo stacks. A record never synced is removed;
// a record deleted here comes back. Conflicts are left to the conflict dialog.
class PendingReverter
{
    Q_DECLARE_TR_FUNCTIONS(PendingReverter)

public:
    PendingReverter(Workspace &workspace, QUndoStack &tasksUndo, QUndoStack &seriesUndo);
    ~PendingReverter();

    static bool canRevert(const PendingChange &change);
    // One undo step per kind of record; false with `error` when a store refused.
    bool revert(const QVector<PendingChange> &changes, QString *error);
    bool revertField(const PendingChange &change, const QString &field, QString *error);

private:
    bool revertTasks(const QVector<qint64> &ids, QString *error);
    bool revertSeries(const QVector<qint64> &ids, QString *error);

    ServiceTaskStore &m_tasks;
    TaskSeriesStore &m_series;
    std::unique_ptr<UndoServiceTaskEditor> m_taskEditor;
    std::unique_ptr<UndoTaskSeriesEditor> m_seriesEditor;
};
