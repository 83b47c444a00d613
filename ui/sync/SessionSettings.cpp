#include "sync/SessionSettings.h"

SyncSession::Settings SessionSettings::from(const SyncProfile &profile, const QString &eraToken,
                                            const QString &patrolToken)
{
    SyncSession::Settings settings;
    settings.eraUrl = profile.eraUrl;
    settings.eraToken = eraToken;
    settings.patrolUrl = profile.patrolUrl;
    settings.patrolToken = patrolToken;
    settings.pageSize = profile.pageSize;
    settings.http.timeoutMs = profile.timeoutSeconds * 1000;
    settings.http.parallel = profile.parallel;
    return settings;
}
