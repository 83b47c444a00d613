#pragma once

#include "edit/TaskSeriesChange.h"

#include <QUndoCommand>

#include <functional>

class TaskSeriesStore;

// One undoable step on series (a field, a step or action edit, a drag and drop, a
// create or delete). Like ServiceTaskCommand, both directions write through the store.
class TaskSeriesCommand : public QUndoCommand
{
public:
    using FailureHandler = std::function<void(const QString &message)>;

    TaskSeriesCommand(TaskSeriesStore &store, const QString &text, QVector<TaskSeriesChange> changes,
                      FailureHandler onFailure);

    void redo() override;
    void undo() override;
    const QVector<TaskSeriesChange> &changes() const { return m_changes; }

private:
    void run(bool forward);

    TaskSeriesStore &m_store;
    QVector<TaskSeriesChange> m_changes;
    FailureHandler m_onFailure;
    bool m_done = false; // the first redo is the edit itself; later ones replay it
};
