#include "sync/RemoteChangeWriter.h"

#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"
#include "sync/RemoteChange.h"
#include "sync/SeriesChangeRules.h"
#include "sync/ServiceTaskChangeRules.h"

namespace {

// Writes `outcome` for `current`; `where` goes on to the store's writeSyncState (a
// series' remote reference).
template <typename Outcome, typename Store, typename Stored, typename... Where>
bool store(Store &store, const Stored &current, const Outcome &outcome, RecordStore::RowChange &change,
           const Where &...where)
{
    switch (outcome.action) {
    case Outcome::Action::Nothing:
        return true;
    case Outcome::Action::Write:
        change = RecordStore::RowChange::Changed;
        return store.writeSyncState(current, outcome.write, where...);
    case Outcome::Action::DeleteRow:
        change = RecordStore::RowChange::Removed;
        return store.deleteGone(current);
    case Outcome::Action::Fail:
        return store.fail(outcome.failure);
    }
    return false;
}

template <typename Rules, typename Store, typename... Where>
bool pulled(Store &target, qint64 localId, const typename Rules::Record &serverCopy, const Where &...where)
{
    return target.writeSynced(localId, [&](RecordStore::RowChange &change) {
        const auto current = target.get(localId);
        if (!current)
            return target.fail(Store::goneText());
        // Listeners read the record again even when nothing was written.
        change = RecordStore::RowChange::Changed;
        return store(target, *current, RemoteChange<Rules>::pulled(*current, serverCopy), change, where...);
    });
}

template <typename Rules, typename Store>
bool deletedOnServer(Store &target, qint64 localId)
{
    return target.writeSynced(localId, [&](RecordStore::RowChange &change) {
        const auto current = target.get(localId);
        return !current || store(target, *current, RemoteChange<Rules>::deletedOnServer(*current), change);
    });
}

} // namespace

bool RemoteChangeWriter::applyPulled(ServiceTaskStore &store, qint64 localId, const ServiceTask &serverCopy)
{
    return pulled<ServiceTaskChangeRules>(store, localId, serverCopy);
}

bool RemoteChangeWriter::applyPulled(TaskSeriesStore &store, qint64 localId, const TaskSeries &serverCopy,
                                     const std::optional<SeriesRemoteRef> &ref)
{
    return pulled<SeriesChangeRules>(store, localId, serverCopy, ref);
}

bool RemoteChangeWriter::applyRemoteDelete(ServiceTaskStore &store, qint64 localId)
{
    return deletedOnServer<ServiceTaskChangeRules>(store, localId);
}

bool RemoteChangeWriter::applyRemoteDelete(TaskSeriesStore &store, qint64 localId)
{
    return deletedOnServer<SeriesChangeRules>(store, localId);
}
