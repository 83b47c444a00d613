#include "sync/SyncSession.h"

#include "storage/Workspace.h"
#include "sync/ServiceTaskSync.h"
#include "sync/TaskSeriesSync.h"

SyncSession::SyncSession(Workspace &workspace, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_settings(settings)
{
    m_eraHttp.setToken(settings.eraToken);
    m_eraHttp.setOptions(settings.http);
    m_patrolHttp.setToken(settings.patrolToken);
    m_patrolHttp.setOptions(settings.http);
    m_eraHttp.setDryRun(settings.dryRun);
    m_patrolHttp.setDryRun(settings.dryRun);
}

QVector<PlannedRequest> SyncSession::plannedRequests() const
{
    QVector<PlannedRequest> plan;
    for (const HttpClient *http : {&m_eraHttp, &m_patrolHttp}) {
        if (http->dryRun())
            plan += http->dryRun()->plan();
    }
    return plan;
}

void SyncSession::forwardLog(SyncLogLevel level, const QString &line)
{
    // What an engine says about a made-up answer ("created on the server") did not happen:
    // a dry run reports the planned request instead.
    if (m_eraHttp.inSimulatedAnswer() || m_patrolHttp.inSimulatedAnswer())
        return;
    emit logLine(level, line);
}

SyncSession::~SyncSession() = default;

void SyncSession::add(const SyncReport &part)
{
    m_report.listPages += part.listPages;
    m_report.fetched += part.fetched;
    m_report.pulledNew += part.pulledNew;
    m_report.pulledChanged += part.pulledChanged;
    m_report.remoteDeleted += part.remoteDeleted;
    m_report.pushedCreated += part.pushedCreated;
    m_report.pushedUpdated += part.pushedUpdated;
    m_report.pushedDeleted += part.pushedDeleted;
    m_report.failed += part.failed;
    m_report.conflicts += part.conflicts;
    m_report.invalid += part.invalid;
    m_report.authFailed |= part.authFailed;
    m_report.unreachable |= part.unreachable;
    m_report.cancelled |= part.cancelled;
    m_report.tlsErrors += part.tlsErrors;
    if (m_report.untrustedCertificate.isNull())
        m_report.untrustedCertificate = part.untrustedCertificate;
    if (!part.fatalError.isEmpty())
        m_report.fatalError += (m_report.fatalError.isEmpty() ? QString() : QStringLiteral("\n")) + part.fatalError;
}

void SyncSession::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_report = SyncReport();
    if (m_settings.eraUrl.isEmpty()) {
        startSeries();
        return;
    }
    m_tasks = new ServiceTaskSync(m_workspace.serviceTasks(), m_eraHttp, m_settings.eraUrl, m_settings.pageSize, this);
    wire(*m_tasks);
    connect(m_tasks, &SyncEngine::finished, this, [this](const SyncReport &part) {
        add(part);
        m_tasks->deleteLater();
        // Credentials refused or a cancel stop everything; an unreachable ERA server
        // does not keep the series from syncing.
        if (m_cancelled || part.authFailed)
            finish();
        else
            startSeries();
    });
    m_tasks->start();
}

void SyncSession::startSeries()
{
    if (m_settings.patrolUrl.isEmpty() || m_cancelled) {
        finish();
        return;
    }
    m_series = new TaskSeriesSync(m_workspace.series(), m_patrolHttp, m_settings.patrolUrl, m_settings.pageSize, this);
    wire(*m_series);
    connect(m_series, &SyncEngine::finished, this, [this](const SyncReport &part) {
        add(part);
        m_series->deleteLater();
        finish();
    });
    m_series->start();
}

void SyncSession::wire(SyncEngine &engine)
{
    engine.setListingLimits(m_settings.listing);
    connect(&engine, &SyncEngine::phaseChanged, this, &SyncSession::phaseChanged);
    connect(&engine, &SyncEngine::progress, this, &SyncSession::progress);
    connect(&engine, &SyncEngine::logLine, this, &SyncSession::forwardLog);
}

void SyncSession::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_tasks)
        m_tasks->cancel();
    if (m_series)
        m_series->cancel();
}

void SyncSession::finish()
{
    m_running = false;
    if (m_cancelled)
        m_report.cancelled = true;
    emit finished(m_report);
}
