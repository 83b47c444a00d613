#pragma once

#include "edit/ServiceTaskChange.h"

#include <QUndoCommand>

#include <functional>

class ServiceTaskStore;

// One undoable step on service tasks (an edit, a bulk enable, a create, a duplicate,
// a delete). Redo and undo both write through the store, so the database, and with
// it what survives a restart, always matches the undo history.
class ServiceTaskCommand : public QUndoCommand
{
public:
    using FailureHandler = std::function<void(const QString &message)>;

    ServiceTaskCommand(ServiceTaskStore &store, const QString &text, QVector<ServiceTaskChange> changes,
                       FailureHandler onFailure);

    void redo() override;
    void undo() override;

private:
    void run(bool forward);

    ServiceTaskStore &m_store;
    QVector<ServiceTaskChange> m_changes;
    FailureHandler m_onFailure;
    bool m_done = false; // the first redo is the edit itself; later ones replay it
};
