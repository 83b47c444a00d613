#include "edit/ServiceTaskChange.h"

#include "storage/ServiceTaskStore.h"
#include "storage/Transaction.h"

bool ServiceTaskChangeSet::apply(ServiceTaskStore &store, const QVector<ServiceTaskChange> &changes,
                                 bool forward, QString *error)
{
    Transaction tx(store.database());
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    for (const ServiceTaskChange &change : changes) {
        const std::optional<ServiceTask> &target = forward ? change.after : change.before;
        const std::optional<ServiceTask> &source = forward ? change.before : change.after;
        const QString uuid = target ? target->id : source->id;
        const auto localId = store.localIdForUuid(uuid);
        bool ok = true;
        if (!target)
            ok = !localId || store.remove(*localId);
        else if (localId)
            ok = store.saveLocal(*localId, *target);
        else
            ok = store.create(*target).has_value();
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
