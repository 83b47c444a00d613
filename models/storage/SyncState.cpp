#include "storage/SyncState.h"

QString SyncStates::displayName(SyncState state)
{
    switch (state) {
    case SyncState::New: return tr("New");
    case SyncState::Clean: return tr("Synced");
    case SyncState::Modified: return tr("Modified");
    case SyncState::Deleted: return tr("Deleted");
    case SyncState::Conflict: return tr("Conflict");
    case SyncState::Error: return tr("Error");
    }
    return QString();
}

QString SyncStates::displayName(SyncState state, bool held)
{
    const bool wouldBeSent = state == SyncState::New || state == SyncState::Modified || state == SyncState::Deleted;
    return held && wouldBeSent ? tr("%1 · held").arg(displayName(state)) : displayName(state);
}

SyncState SyncStates::fromInt(int value)
{
    if (value < 0 || value > static_cast<int>(SyncState::Error))
        return SyncState::Error;
    return static_cast<SyncState>(value);
}

SyncState SyncStates::afterLocalEdit(SyncState before, bool hasBase, bool differsFromBase)
{
    if (before == SyncState::Conflict)
        return SyncState::Conflict; // only the conflict dialog settles it
    if (!hasBase)
        return SyncState::New;
    return differsFromBase ? SyncState::Modified : SyncState::Clean;
}
