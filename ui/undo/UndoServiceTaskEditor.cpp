#include "UndoServiceTaskEditor.h"

#include "ServiceTaskCommand.h"

#include <QUndoStack>

UndoServiceTaskEditor::UndoServiceTaskEditor(ServiceTaskStore &store, QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(stack)
{
}

bool UndoServiceTaskEditor::apply(const QString &description, const QVector<ServiceTaskChange> &changes,
                                  QString *error)
{
    m_pushFailure.clear();
    auto onFailure = [this](const QString &message) {
        m_pushFailure = message;
        emit failed(message);
    };
    // push() runs redo(); a command the store refused is obsolete and deleted by push().
    m_stack.push(new ServiceTaskCommand(m_store, description, changes, onFailure));
    if (m_pushFailure.isEmpty())
        return true;
    *error = m_pushFailure;
    return false;
}
