#include "edit/ServiceTaskChange.h"

#include "edit/StaleEdit.h"
#include "json/ServiceTaskCodec.h"
#include "storage/ServiceTaskStore.h"
#include "storage/Transaction.h"

namespace {

// `ext` (ct, lwt) is the server's bookkeeping: a sync that only sent the step moves it,
// which is no newer value of the user's. Compared without it, and kept as it is now.
QJsonObject comparable(const ServiceTask &task)
{
    QJsonObject json = ServiceTaskCodec::encode(task);
    json.remove(QStringLiteral("ext"));
    return json;
}

ServiceTask withExtOf(ServiceTask task, const ServiceTask &current)
{
    task.ext = current.ext;
    return task;
}

} // namespace

bool ServiceTaskChangeSet::apply(ServiceTaskStore &store, const QVector<ServiceTaskChange> &changes,
                                 bool forward, QString *error, bool replay)
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
        const auto current = localId ? store.get(*localId) : std::nullopt;
        const bool present = current && current->state != SyncState::Deleted;
        if (replay && !StaleEdit::matches(source ? std::optional(comparable(*source)) : std::nullopt,
                                          present ? std::optional(comparable(current->local)) : std::nullopt)) {
            *error = StaleEdit::refusal(forward, present ? current->local.name : (source ? source->name : target->name));
            return false; // nothing written: the transaction rolls back
        }
        bool ok = true;
        if (!target)
            ok = !localId || store.remove(*localId);
        else if (localId)
            ok = store.saveLocal(*localId, replay && present ? withExtOf(*target, current->local) : *target);
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
