#pragma once

#include "storage/SyncState.h"

// What the sync may do to a record's state: one table, used by both stores, so that a
// delete or an edit made while a request was out is never overwritten by its answer.
enum class SyncEvent {
    AnswerMatchesLocal,  // a push was answered and the server's copy equals the local copy
    AnswerDiffersLocal,  // a push was answered, but the record was edited since it was sent
    Refused,             // the server refused a POST, PATCH or PUT (4xx)
    DeleteRefused,       // the server refused a DELETE, or the delete cannot be sent at all
    TransientFailure     // no usable answer (5xx, timeout, dropped) after every retry
};

class SyncTransitions
{
public:
    static SyncState after(SyncState state, SyncEvent event);
};
