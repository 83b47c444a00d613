#include "pending/HoldCommand.h"

#include "storage/RecordStore.h"

#include <QUndoStack>

HoldCommand::HoldCommand(RecordStore &store, const QVector<qint64> &ids, bool hold)
    : m_store(store)
    , m_ids(ids)
    , m_hold(hold)
{
    setText(hold ? tr("Hold %n record(s)", nullptr, int(ids.size())) : tr("Release %n record(s)", nullptr, int(ids.size())));
    const QSet<qint64> held = store.heldIds();
    for (qint64 id : ids)
        m_before.insert(id, held.contains(id));
}

bool HoldCommand::apply(QString *error)
{
    m_applied = write(true, error);
    return m_applied;
}

void HoldCommand::redo()
{
    if (m_applied) {
        m_applied = false; // the push's own redo: apply() wrote it already
        return;
    }
    QString error;
    if (!write(true, &error))
        qWarning("HoldCommand: %s", qPrintable(error));
}

void HoldCommand::undo()
{
    QString error;
    if (!write(false, &error))
        qWarning("HoldCommand: %s", qPrintable(error));
}

bool HoldCommand::write(bool forward, QString *error)
{
    for (int i = 0; i < m_ids.size(); ++i) {
        const qint64 id = m_ids.at(i);
        if (m_store.setHeld(id, forward ? m_hold : m_before.value(id)))
            continue;
        *error = m_store.errorString();
        for (int j = 0; j < i; ++j) // all or nothing, as far as the store lets us
            m_store.setHeld(m_ids.at(j), forward ? m_before.value(m_ids.at(j)) : m_hold);
        return false;
    }
    return true;
}

bool HoldCommand::push(QUndoStack &stack, RecordStore &store, const QVector<qint64> &ids, bool hold, QString *error)
{
    if (ids.isEmpty())
        return true;
    auto *command = new HoldCommand(store, ids, hold);
    if (!command->apply(error)) {
        delete command;
        return false;
    }
    stack.push(command);
    return true;
}
