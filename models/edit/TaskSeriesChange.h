#pragma once

#include "domain/TaskSeries.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class TaskSeriesStore;

// A series before and after an edit (no `before`: created; no `after`: deleted).
// Named by local id, as a service task is (ServiceTaskChange, which says why).
// Undoing a delete re-creates the series under the same local id, so later steps
// still find it.
struct TaskSeriesChange
{
    qint64 localId = 0; // 0 until a created series has been stored
    std::optional<TaskSeries> before;
    std::optional<TaskSeries> after;
};

class TaskSeriesChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(TaskSeriesChangeSet)

public:
    // Applies forwards (redo) or backwards (undo) in one transaction; fills in the
    // local ids of created series. `replay`: an undo or redo of a step made earlier;
    // refused (nothing written, `error` says why) when a series is no longer what the
    // step expects (StaleEdit).
    static bool apply(TaskSeriesStore &store, QVector<TaskSeriesChange> &changes, bool forward, QString *error,
                      bool replay = false);
};

// Where the series views send an edit: the UI's implementation puts it on the undo stack.
class TaskSeriesEditor
{
public:
    virtual ~TaskSeriesEditor() = default;
    // On success the local ids of created series are filled in.
    virtual bool apply(const QString &description, QVector<TaskSeriesChange> &changes, QString *error) = 0;
};
