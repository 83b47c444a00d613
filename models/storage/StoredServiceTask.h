#pragma once

#include "domain/ServiceTask.h"
#include "storage/SyncState.h"

#include <optional>

// A service task as the database keeps it: the user's copy, the last synced copy and
// where the two stand.
struct StoredServiceTask
{
    qint64 localId = 0;
    ServiceTask local;
    std::optional<ServiceTask> base; // none until the first successful sync
    std::optional<ServiceTask> remote; // the server's copy while in conflict
    SyncState state = SyncState::New;
    ConflictKind conflictKind = ConflictKind::None; // while state is Conflict
    QString syncError;
    qint64 revision = 0;             // grows with every local write
    bool valid = true;
    // A create (POST) or an update (PATCH) was sent for `pushAttemptedRevision` and its
    // answer may have been lost: `posted` is what it sent (none: a DELETE was sent).
    bool pushAttempted = false;
    qint64 pushAttemptedRevision = 0;
    std::optional<ServiceTask> posted;
    bool held = false;               // kept pending, not sent until released
};
