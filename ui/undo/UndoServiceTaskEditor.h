#pragma once

#include "edit/ServiceTaskChange.h"

#include <QObject>

class QUndoStack;
class ServiceTaskStore;

// Sends the table's and the form's edits to the undo stack as ServiceTaskCommands,
// and reports a step the store refused (now or on a later undo/redo).
class UndoServiceTaskEditor : public QObject, public ServiceTaskEditor
{
    Q_OBJECT

public:
    UndoServiceTaskEditor(ServiceTaskStore &store, QUndoStack &stack, QObject *parent = nullptr);

    bool apply(const QString &description, const QVector<ServiceTaskChange> &changes, QString *error) override;

signals:
    void failed(const QString &message);

private:
    ServiceTaskStore &m_store;
    QUndoStack &m_stack;
    QString m_pushFailure;
};
