#include "ServiceTaskCommand.h"

ServiceTaskCommand::ServiceTaskCommand(ServiceTaskStore &store, const QString &text,
                                       QVector<ServiceTaskChange> changes, FailureHandler onFailure)
    : QUndoCommand(text)
    , m_store(store)
    , m_changes(std::move(changes))
    , m_onFailure(std::move(onFailure))
{
}

void ServiceTaskCommand::run(bool forward)
{
    QString error;
    const bool replay = m_done;
    m_done = true;
    if (ServiceTaskChangeSet::apply(m_store, m_changes, forward, &error, replay))
        return;
    // Nothing was written (one transaction). The step cannot be replayed (the store
    // refused it, or the record changed since): the stack drops an obsolete command.
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(error);
}

void ServiceTaskCommand::redo()
{
    run(true);
}

void ServiceTaskCommand::undo()
{
    run(false);
}
