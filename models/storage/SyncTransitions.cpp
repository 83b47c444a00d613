#include "storage/SyncTransitions.h"

SyncState SyncTransitions::after(SyncState state, SyncEvent event)
{
    // A failure that may pass is retried by the next sync: nothing about the record changes.
    if (event == SyncEvent::TransientFailure)
        return state;
    // A conflict waits for the user; no answer of the server settles it.
    if (state == SyncState::Conflict)
        return state;
    if (state == SyncState::Deleted) {
        // The user deleted the record while a push of an older revision was out: the
        // answer becomes the base, the delete is still to be sent. Only a refused
        // delete shows the record again, with why.
        return event == SyncEvent::DeleteRefused ? SyncState::Error : SyncState::Deleted;
    }
    switch (event) {
    case SyncEvent::AnswerMatchesLocal: return SyncState::Clean;
    case SyncEvent::AnswerDiffersLocal: return SyncState::Modified;
    case SyncEvent::Refused: return SyncState::Error;
    case SyncEvent::DeleteRefused: return state; // a DELETE is only sent for a deleted record
    case SyncEvent::TransientFailure: break;
    }
    return state;
}
