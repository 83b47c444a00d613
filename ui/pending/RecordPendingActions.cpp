#include "pending/RecordPendingActions.h"

#include "pending/HoldCommand.h"
#include "storage/RecordStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QContextMenuEvent>
#include <QItemSelectionModel>

RecordPendingActions::RecordPendingActions(QAbstractItemView *view, RecordStore &store, QUndoStack &undoStack,
                                           SelectedIds selected, SyncOnly syncOnly)
    : QObject(view)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_selected(std::move(selected))
{
    m_hold = new QAction(tr("&Hold"), view);
    m_hold->setObjectName(QStringLiteral("holdRecordsAction"));
    m_syncSelected = new QAction(tr("Sync se&lected"), view);
    m_syncSelected->setObjectName(QStringLiteral("syncSelectedRecordsAction"));
    m_syncSelected->setToolTip(syncSelectedToolTip());
    view->addActions({m_hold, m_syncSelected});
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_hold, &QAction::triggered, this, &RecordPendingActions::toggleHold);
    connect(m_syncSelected, &QAction::triggered, this, [this, syncOnly = std::move(syncOnly)] {
        const QVector<qint64> ids = m_selected();
        if (!ids.isEmpty())
            syncOnly(QSet<qint64>(ids.cbegin(), ids.cend()));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordPendingActions::updateActions);
    // The states may have changed since the selection did (an edit, a sync): read them as the menu opens.
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    updateActions();
}

bool RecordPendingActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu)
        updateActions();
    return QObject::eventFilter(watched, event);
}

namespace {

QVector<qint64> keptInOrder(const QVector<qint64> &ids, const QSet<qint64> &kept)
{
    QVector<qint64> result;
    for (qint64 id : ids) {
        if (kept.contains(id))
            result.append(id);
    }
    return result;
}

} // namespace

// Only the given rows are read: after an import every record is unsynced, and reading all
// their ids at every selection change (and twice at start) cost a tenth of a second.
QVector<qint64> RecordPendingActions::toSend(const RecordStore &store, const QVector<qint64> &ids)
{
    return keptInOrder(ids, store.sendableAmong(ids));
}

QString RecordPendingActions::syncSelectedToolTip()
{
    return tr("Send only the selected records changed here and not held; the pull still reads everything");
}

QVector<qint64> RecordPendingActions::selectedPending() const
{
    const QVector<qint64> selected = m_selected();
    return keptInOrder(selected, m_store.unsyncedAmong(selected));
}

bool RecordPendingActions::allHeld(const QVector<qint64> &ids) const
{
    const QSet<qint64> held = m_store.heldIds();
    return !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [&held](qint64 id) { return held.contains(id); });
}

// Sync selected needs a pending record that is not held: derived from the same two reads
// as Hold, not asked again.
void RecordPendingActions::updateActions()
{
    const QVector<qint64> pending = selectedPending();
    const QSet<qint64> held = m_store.heldIds();
    const auto isHeld = [&held](qint64 id) { return held.contains(id); };
    const bool release = !pending.isEmpty() && std::all_of(pending.cbegin(), pending.cend(), isHeld);
    m_hold->setText(release ? tr("&Release") : tr("&Hold"));
    m_hold->setToolTip(release ? tr("Let the next sync send the selected records again")
                               : tr("Keep the selected records pending without sending them, until released"));
    m_hold->setEnabled(!pending.isEmpty());
    m_syncSelected->setEnabled(!std::all_of(pending.cbegin(), pending.cend(), isHeld));
}

void RecordPendingActions::toggleHold()
{
    const QVector<qint64> pending = selectedPending();
    QString error;
    if (!HoldCommand::push(m_undoStack, m_store, pending, !allHeld(pending), &error))
        emit failed(tr("Not held: %1").arg(error));
    updateActions();
}
