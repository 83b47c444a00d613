#include "sync/SyncController.h"

#include "storage/RecordQuery.h"
#include "storage/Workspace.h"
#include "sync/SyncProfile.h"
#include "sync/TokenStore.h"

SyncController::SyncController(Workspace &workspace, TokenStore &tokens, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_tokens(tokens)
{
}

SyncController::Start SyncController::start()
{
    if (m_running)
        return Start::AlreadyRunning;
    const SyncProfile profile = SyncProfile::load();
    if (!profile.isSet())
        return Start::NoProfile;
    m_running = true;
    m_cancelPending = false;
    emit started();
    // Tokens only travel from the token store to the session: never logged, never stored here.
    m_tokens.readBoth(this, [this, profile](const QString &eraToken, const QString &patrolToken) {
        if (m_cancelPending) {
            SyncReport report;
            report.cancelled = true;
            finish(report);
            return;
        }
        runSession(sessionSettings(profile, eraToken, patrolToken));
    });
    return Start::Started;
}

void SyncController::runSession(const SyncSession::Settings &settings)
{
    m_session = new SyncSession(m_workspace, settings, this);
    m_session->setObjectName(QStringLiteral("syncSession"));
    connect(m_session, &SyncSession::phaseChanged, this, &SyncController::phaseChanged);
    connect(m_session, &SyncSession::progress, this, &SyncController::progress);
    connect(m_session, &SyncSession::logLine, this, &SyncController::logLine);
    connect(m_session, &SyncSession::finished, this, &SyncController::finish);
    m_session->start();
}

void SyncController::cancel()
{
    if (!m_running)
        return;
    if (m_session)
        m_session->cancel();
    else
        m_cancelPending = true; // the tokens are still being read
}

void SyncController::finish(const SyncReport &report)
{
    if (m_session) {
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_running = false;
    countConflicts();
    emit finished(report);
}

int SyncController::countConflicts()
{
    RecordFilter filter;
    filter.conflictsOnly = true;
    m_conflicts = int(ServiceTaskQuery(m_workspace.database()).ids(filter, QString(), false).size()
                      + TaskSeriesQuery(m_workspace.database()).ids(filter, QString(), false).size());
    emit conflictsCounted(m_conflicts);
    return m_conflicts;
}

SyncSession::Settings SyncController::sessionSettings(const SyncProfile &profile, const QString &eraToken,
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
