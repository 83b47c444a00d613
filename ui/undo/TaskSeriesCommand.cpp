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
    const bool replay = m_done;
    m_done = true;
    if (TaskSeriesChangeSet::apply(m_store, m_changes, forward, &error, replay))
        return;
    // Nothing was written; the stack drops the step (refused by the store, or the series
    // changed since).
    setObsolete(true);
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
