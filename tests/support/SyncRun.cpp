#include "SyncRun.h"

#include "storage/Workspace.h"
#include "sync/Keychain.h"
#include "sync/MemorySecretBackend.h"
#include "sync/SyncProfile.h"
#include "sync/SyncSession.h"
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

SyncReport syncDatabase(const QString &path, const QUrl &url, QString *log)
{
    SyncReport report;
    Workspace ws;
    if (!ws.open(path)) {
        report.fatalError = QStringLiteral("cannot open ") + path;
        return report;
    }
    SyncSession::Settings settings;
    settings.eraUrl = url;
    settings.patrolUrl = url;
    SyncSession session(ws, settings);
    if (log)
        QObject::connect(&session, &SyncSession::logLine,
                         [log](SyncLogLevel, const QString &line) { *log += line + QLatin1Char('\n'); });
    QSignalSpy done(&session, &SyncSession::finished);
    session.start();
    if (!done.wait(60000)) {
        report.fatalError = QStringLiteral("the sync did not finish");
        return report;
    }
    return session.report();
}

} // namespace SyncRun
