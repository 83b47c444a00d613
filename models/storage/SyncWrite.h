#pragma once

#include "storage/SyncState.h"

#include <QString>

#include <optional>

// A record's copies and sync state as one write of the sync bookkeeping stores them
// (the store's writeSyncState): the local copy, the last synced copy, the server's copy
// beside it while in conflict, and where the record stands.
template <typename Record>
struct SyncWrite
{
    Record local;
    std::optional<Record> base;
    std::optional<Record> remote;
    SyncState state = SyncState::Clean;
    QString error;
    ConflictKind conflict = ConflictKind::None; // stored only while state is Conflict
};
