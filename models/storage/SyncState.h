#pragma once

#include <QCoreApplication>
#include <QString>

// Where a record stands against its server. Stored as an integer: never renumber.
enum class SyncState {
    New = 0,      // never sent to the server
    Clean = 1,    // local copy equals the last synced copy
    Modified = 2, // edited since the last sync
    Deleted = 3,  // deleted locally; the delete is still to be sent
    Conflict = 4, // changed here and on the server; the user decides
    Error = 5     // the server refused it; sync_error says why
};

// Why a record is in Conflict (meaningless in any other state). Stored as an integer:
// never renumber.
enum class ConflictKind {
    None = 0,
    Edited = 1,       // changed here and on the server
    DeletedHere = 2,  // deleted here, changed on the server
    DeletedThere = 3  // changed here, deleted on the server
};

class SyncStates
{
    Q_DECLARE_TR_FUNCTIONS(SyncStates)

public:
    static QString displayName(SyncState state);
    // With " · held" when the operator holds a record that would otherwise be sent.
    static QString displayName(SyncState state, bool held);
    static SyncState fromInt(int value);
    // The state after a local edit, given the state before it and whether the edit
    // made the local copy differ from the synced one.
    static SyncState afterLocalEdit(SyncState before, bool hasBase, bool differsFromBase);
};
