#include "edit/TaskSeriesChange.h"

#include "storage/TaskSeriesStore.h"
#include "storage/Transaction.h"

bool TaskSeriesChangeSet::apply(TaskSeriesStore &store, QVector<TaskSeriesChange> &changes, bool forward,
                                QString *error)
{
    Transaction tx(store.database());
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    for (TaskSeriesChange &change : changes) {
        const std::optional<TaskSeries> &target = forward ? change.after : change.before;
        const bool exists = change.localId > 0 && store.get(change.localId).has_value();
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
