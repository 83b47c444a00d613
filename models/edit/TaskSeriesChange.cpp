#include "edit/TaskSeriesChange.h"

#include "edit/StaleEdit.h"
#include "json/TaskSeriesCodec.h"
#include "storage/TaskSeriesStore.h"
#include "storage/Transaction.h"

bool TaskSeriesChangeSet::apply(TaskSeriesStore &store, QVector<TaskSeriesChange> &changes, bool forward,
                                QString *error, bool replay)
{
    Transaction tx(store.database());
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    for (TaskSeriesChange &change : changes) {
        const std::optional<TaskSeries> &target = forward ? change.after : change.before;
        const std::optional<TaskSeries> &source = forward ? change.before : change.after;
        const auto current = change.localId > 0 ? store.get(change.localId) : std::nullopt;
        const bool exists = current.has_value();
        const bool present = exists && current->state != SyncState::Deleted;
        if (replay && !StaleEdit::matches(source ? std::optional(TaskSeriesCodec::encode(*source)) : std::nullopt,
                                present ? std::optional(TaskSeriesCodec::encode(current->local)) : std::nullopt)) {
            *error = StaleEdit::refusal(forward, present ? current->local.name : (source ? source->name : target->name));
            return false; // nothing written: the transaction rolls back
        }
        bool ok = true;
        if (!target) {
            ok = !exists || store.remove(change.localId);
        } else if (exists) {
            ok = store.saveLocal(change.localId, *target);
        } else {
            const auto created = store.create(*target, change.localId > 0 ? std::optional<qint64>(change.localId)
                                                                          : std::nullopt);
            ok = created.has_value();
            if (ok)
                change.localId = *created;
        }
        if (!ok) {
            *error = store.errorString();
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}
