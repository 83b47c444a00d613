#include "edit/ServiceTaskChange.h"

#include "edit/RecordChangeSet.h"
#include "json/ServiceTaskCodec.h"
#include "storage/ServiceTaskStore.h"

namespace {

struct ServiceTaskKind
{
    using Store = ServiceTaskStore;
    using Change = ServiceTaskChange;
    using Record = ServiceTask;

    // `ext` (ct, lwt) is the server's bookkeeping: a sync that only sent the step moves it,
    // which is no newer value of the user's. Compared without it, and kept as it is now.
    static QJsonObject comparable(const ServiceTask &task)
    {
        QJsonObject json = ServiceTaskCodec::encode(task);
        json.remove(QStringLiteral("ext"));
        return json;
    }

    static ServiceTask toStore(ServiceTask task, const ServiceTask &current)
    {
        task.ext = current.ext;
        return task;
    }

    static qint64 localIdOf(const ServiceTaskStore &store, const ServiceTaskChange &change)
    {
        if (change.localId > 0)
            return change.localId;
        const std::optional<ServiceTask> &named = change.before ? change.before : change.after;
        return named ? store.localIdForUuid(named->id).value_or(0) : 0;
    }
};

} // namespace

bool ServiceTaskChangeSet::apply(ServiceTaskStore &store, QVector<ServiceTaskChange> &changes, bool forward,
                                 QString *error, bool replay)
{
    return RecordChangeSet<ServiceTaskKind>::apply(store, changes, forward, error, replay);
}
