#include "sync/SyncProfile.h"

#include "settings/Settings.h"

QUrl SyncProfile::urlFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}

SyncProfile SyncProfile::load()
{
    SyncProfile p;
    p.eraUrl = urlFrom(Settings::eraUrl.get());
    p.patrolUrl = urlFrom(Settings::patrolUrl.get());
    p.timeoutSeconds = qBound(1, Settings::timeoutSeconds.get(), 600);
    p.pageSize = qBound(1, Settings::pageSize.get(), 10000);
    p.parallel = qBound(1, Settings::parallelRequests.get(), 32);
    return p;
}

void SyncProfile::save() const
{
    Settings::eraUrl.set(eraUrl.toString());
    Settings::patrolUrl.set(patrolUrl.toString());
    Settings::timeoutSeconds.set(timeoutSeconds);
    Settings::pageSize.set(pageSize);
    Settings::parallelRequests.set(parallel);
}
