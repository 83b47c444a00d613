#pragma once

#include "storage/SyncState.h"

#include <QString>

// What the change scan of a sync needs of a stored service task, read without decoding
// its JSON: a re-sync with nothing changed does no per-record work beyond this row.
struct ServiceTaskHead
{
    qint64 localId = -1;
    QString uuid;
    QString name;
    bool hasBase = false;
    QString baseLastWrite; // ext.lwt of the server copy, empty when there is none
    SyncState state = SyncState::New;
    // A conflict keeps the server's copy beside it: while that copy's ext.lwt is what the
    // server lists, the conflict needs no new read.
    bool hasRemote = false;
    QString remoteLastWrite;
    // A DELETE was sent and its answer never came (the attempt noted without a copy).
    bool deleteNoted = false;
};
