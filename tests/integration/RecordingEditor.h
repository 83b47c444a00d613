#pragma once

#include "edit/TaskSeriesChange.h"
#include "storage/TaskSeriesStore.h"

#include <QPair>
#include <QVector>

// Records every edit the model sends and applies it as the undo stack would.
class RecordingEditor : public TaskSeriesEditor
{
public:
    explicit RecordingEditor(TaskSeriesStore &store) : m_store(store) {}

    bool apply(const QString &description, QVector<TaskSeriesChange> &changes, QString *error) override
    {
        if (!TaskSeriesChangeSet::apply(m_store, changes, true, error))
            return false;
        log.append({description, changes});
        redoable.clear();
        return true;
    }
    bool undo()
    {
        if (log.isEmpty())
            return false;
        auto entry = log.takeLast();
        QString error;
        const bool ok = TaskSeriesChangeSet::apply(m_store, entry.second, false, &error);
        redoable.append(entry);
        return ok;
    }
    bool redo()
    {
        if (redoable.isEmpty())
            return false;
        auto entry = redoable.takeLast();
        QString error;
        const bool ok = TaskSeriesChangeSet::apply(m_store, entry.second, true, &error);
        log.append(entry);
        return ok;
    }
    QString lastDescription() const { return log.isEmpty() ? QString() : log.last().first; }

    QVector<QPair<QString, QVector<TaskSeriesChange>>> log;
    QVector<QPair<QString, QVector<TaskSeriesChange>>> redoable;

private:
    TaskSeriesStore &m_store;
};
