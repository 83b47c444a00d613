#pragma once

#include "edit/TaskSeriesChange.h"

#include <QObject>

class QUndoStack;
class TaskSeriesStore;

// Sends the series views' edits to the undo stack as TaskSeriesCommands.
class UndoTaskSeriesEditor : public QObject, public TaskSeriesEditor
{
    Q_OBJECT

public:
    UndoTaskSeriesEditor(TaskSeriesStore &store, QUndoStack &stack, QObject *parent = nullptr);

    bool apply(const QString &description, QVector<TaskSeriesChange> &changes, QString *error) override;

signals:
    void failed(const QString &message);

private:
    TaskSeriesStore &m_store;
    QUndoStack &m_stack;
    QString m_pushFailure;
};
