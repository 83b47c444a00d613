#pragma once

#include "sync/SyncProfile.h"
#include "sync/SyncSession.h"

// The settings a sync session runs with: the saved profile and the two tokens as the
// token store handed them over. The real sync and its preview start from the same.
class SessionSettings
{
public:
    static SyncSession::Settings from(const SyncProfile &profile, const QString &eraToken, const QString &patrolToken);
};
