#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>
#include <QVector>

class RecordStore;

// Hold or release records of one store as one undo step: undo puts back each record's held
// flag as it was. The first redo is the change itself, made by apply() before the push,
// so a failure is reported and nothing lands on the stack.
class HoldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(HoldCommand)

public:
    HoldCommand(RecordStore &store, const QVector<qint64> &ids, bool hold);

    // Writes the flags; on a failure puts back those already written and says why.
    bool apply(QString *error);
    void redo() override;
    void undo() override;

    // Pushes one step holding (or releasing) `ids` on `stack`; false and why on a failure.
    static bool push(QUndoStack &stack, RecordStore &store, const QVector<qint64> &ids, bool hold, QString *error);

private:
    bool write(bool forward, QString *error);

    RecordStore &m_store;
    QVector<qint64> m_ids;
    QHash<qint64, bool> m_before; // each record's held flag before the step
    bool m_hold;
    bool m_applied = false;
};
