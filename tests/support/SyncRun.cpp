#include "SyncRun.h"

#include "sync/Keychain.h"
#include "sync/MemorySecretBackend.h"
#include "sync/SyncProfile.h"
#include "sync/TokenStore.h"

#include <QSettings>

namespace SyncRun {

void resetSession()
{
    QSettings().clear();
    TokenStore::resetSession();
    Keychain::instance().setBackend(std::make_unique<MemorySecretBackend>(MemorySecretBackend::Behaviour::Fails,
                                                                          QStringLiteral("no keychain in this test")));
}

void saveProfile(const QUrl &url)
{
    SyncProfile profile;
    profile.eraUrl = url;
    profile.patrolUrl = url;
    profile.timeoutSeconds = 10;
    profile.save();
}

} // namespace SyncRun
