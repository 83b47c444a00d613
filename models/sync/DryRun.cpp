#include "sync/DryRun.h"

#include "storage/DatabaseSnapshot.h"
#include "storage/Workspace.h"

#include <QTimer>

DryRun::DryRun(const QString &databasePath, SyncSession::Settings settings, QObject *parent)
    : QObject(parent)
    , m_source(databasePath)
    , m_settings(std::move(settings))
{
    m_settings.dryRun = true;
}

DryRun::~DryRun()
{
    m_session.reset(); // before the copy it works on
}

void DryRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_error.clear();
    m_errors = 0;
    m_plan.clear();
    m_outcomeList.clear();
    m_report = SyncReport();
    m_session.reset();
    m_outcomes.reset();
    m_copy.reset(new Workspace);
    const QString copyPath = m_dir.filePath(QStringLiteral("preview.sqlite"));
    QFile::remove(copyPath);
    QString error;
    if (!m_dir.isValid()) {
        m_error = tr("No temporary folder for the preview: %1").arg(m_dir.errorString());
    } else if (!DatabaseSnapshot::copy(m_source, copyPath, &error)) {
        m_error = tr("The database could not be copied for the preview: %1").arg(error);
    } else if (!m_copy->open(copyPath)) {
        m_error = tr("The copy of the database could not be opened: %1").arg(m_copy->errorString());
    }
    if (!m_error.isEmpty()) {
        QTimer::singleShot(0, this, &DryRun::end);
        return;
    }
    m_outcomes.reset(new DryRunOutcomes(*m_copy));
    m_session.reset(new SyncSession(*m_copy, m_settings));
    connect(m_session.get(), &SyncSession::phaseChanged, this, &DryRun::phaseChanged);
    connect(m_session.get(), &SyncSession::progress, this, &DryRun::progress);
    connect(m_session.get(), &SyncSession::logLine, this, [this](SyncLogLevel level, const QString &line) {
        if (level == SyncLogLevel::Error)
            ++m_errors;
        emit logLine(level, line);
    });
    connect(m_session.get(), &SyncSession::finished, this, &DryRun::end);
    m_session->start();
}

void DryRun::cancel()
{
    if (m_session)
        m_session->cancel();
}

void DryRun::end()
{
    if (m_session) {
        m_report = m_session->report();
        m_plan = m_session->plannedRequests();
    }
    if (m_outcomes)
        m_outcomeList = m_outcomes->outcomes();
    m_running = false;
    emit finished();
}

SyncReport DryRun::report() const
{
    SyncReport r = m_report;
    r.pushedCreated = r.pushedUpdated = r.pushedDeleted = 0;
    for (const PlannedRequest &request : m_plan) {
        const QByteArray verb = request.verb.toUpper();
        ++(verb == "POST" ? r.pushedCreated : verb == "DELETE" ? r.pushedDeleted : r.pushedUpdated);
    }
    r.failed = m_errors;
    return r;
}

QString DryRun::describe(const PlannedRequest &request)
{
    const QString target = request.url.toDisplayString(QUrl::RemoveUserInfo);
    const QString body = QString::fromUtf8(request.body);
    return body.isEmpty() ? QStringLiteral("%1 %2").arg(QString::fromLatin1(request.verb), target)
                          : QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(request.verb), target, body);
}

QString DryRun::summary(const SyncReport &r)
{
    return tr("Dry run, nothing was sent or changed. From the servers: %1 new, %2 changed, %3 deleted there. "
              "To the servers: %4 to create, %5 to update, %6 to delete. Failed: %7, conflicts: %8, "
              "drafts not sent: %9.")
        .arg(r.pulledNew).arg(r.pulledChanged).arg(r.remoteDeleted).arg(r.pushedCreated)
        .arg(r.pushedUpdated).arg(r.pushedDeleted).arg(r.failed).arg(r.conflicts).arg(r.invalid);
}
