#include "UndoTaskSeriesEditor.h"

#include "TaskSeriesCommand.h"

#include <QUndoStack>

UndoTaskSeriesEditor::UndoTaskSeriesEditor(TaskSeriesStore &store, QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(stack)
{
}

bool UndoTaskSeriesEditor::apply(const QString &description, QVector<TaskSeriesChange> &changes, QString *error)
{
    m_pushFailure.clear();
    auto *command = new TaskSeriesCommand(m_store, description, changes, [this](const QString &message) {
        m_pushFailure = message;
        emit failed(message);
    });
    m_stack.push(command); // runs redo(); a refused command is obsolete and deleted by push()
    if (!m_pushFailure.isEmpty()) {
        *error = m_pushFailure;
        return false;
    }
    changes = command->changes(); // with the local ids of created series filled in
    return true;
}
