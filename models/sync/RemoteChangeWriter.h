#pragma once

#include "storage/StoredTaskSeries.h"

#include <optional>

class ServiceTaskStore;
class TaskSeriesStore;
struct ServiceTask;

// Stores what RemoteChange decides: in one transaction of the store (nested in the
// caller's when there is one), through the store's sync primitives; the store tells its
// listeners once the transaction commits. False with the store's errorString() when a
// write fails or the pulled record is gone.
class RemoteChangeWriter
{
public:
    // The server's current copy of a known record (RemoteChange::pulled).
    static bool applyPulled(ServiceTaskStore &store, qint64 localId, const ServiceTask &serverCopy);
    // `ref` empty: the stored one stays. A changed seriesId (a split made elsewhere) is
    // taken and the old one goes to the history.
    static bool applyPulled(TaskSeriesStore &store, qint64 localId, const TaskSeries &serverCopy,
                            const std::optional<SeriesRemoteRef> &ref = std::nullopt);
    // The server no longer has the record (RemoteChange::deletedOnServer); a record
    // that is gone here already is no error.
    static bool applyRemoteDelete(ServiceTaskStore &store, qint64 localId);
    static bool applyRemoteDelete(TaskSeriesStore &store, qint64 localId);
};
