#include "TaskSeriesCommand.h"

TaskSeriesCommand::TaskSeriesCommand(TaskSeriesStore &store, const QString &text,
                                     QVector<TaskSeriesChange> changes, FailureHandler onFailure)
    : QUndoCommand(text)
    , m_store(store)
    , m_changes(std::move(changes))
    , m_onFailure(std::move(onFailure))
{
}

void TaskSeriesCommand::run(bool forward)
{
    QString error;
    if (TaskSeriesChangeSet::apply(m_store, m_changes, forward, &error))
        return;
    setObsolete(true); // nothing was written; the stack drops the step
    if (m_onFailure)
        m_onFailure(error);
}

void TaskSeriesCommand::redo()
{
    run(true);
}

void TaskSeriesCommand::undo()
{
    run(false);
}
