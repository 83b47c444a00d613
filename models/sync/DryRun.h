#pragma once

#include "sync/DryRunOutcomes.h"
#include "sync/DryRunServer.h"
#include "sync/SyncLogLevel.h"
#include "sync/SyncReport.h"
#include "sync/SyncSession.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class Workspace;

// What a sync would do, without doing it: the real engines run against a snapshot of the
// database in a temporary folder, with HTTP clients that send reads only (SyncSession's dry
// run). The database itself is only read, the servers only receive GET requests.
class DryRun : public QObject
{
    Q_OBJECT

public:
    DryRun(const QString &databasePath, SyncSession::Settings settings, QObject *parent = nullptr);
    ~DryRun() override;

    // Emits finished() once done, also when the snapshot cannot be made (errorString()).
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // Received, merged and conflicts as the engines found them; created, updated and deleted
    // on the servers as planned; failed as reported (never a made-up answer's outcome).
    SyncReport report() const;
    QVector<PlannedRequest> plan() const { return m_plan; }
    // Record by record: what was received, merged or left in conflict (the plan says what
    // would be sent).
    QVector<DryRunOutcome> outcomes() const { return m_outcomeList; }
    int exitCode() const { return m_error.isEmpty() ? report().exitCode() : 1; }
    QString errorString() const { return m_error; }

    // "POST /rest/v1/service/svctasks {…}": one request, for a log or a list.
    static QString describe(const PlannedRequest &request);
    // The one line a dry run ends with, in the headless output and the preview alike.
    static QString summary(const SyncReport &report);

signals:
    void phaseChanged(const QString &phase);
    void progress(int done, int total);
    void logLine(SyncLogLevel level, const QString &line);
    void finished();

private:
    void end();

    QString m_source;
    SyncSession::Settings m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_copy;
    std::unique_ptr<DryRunOutcomes> m_outcomes; // watches m_copy: goes before it
    std::unique_ptr<SyncSession> m_session;
    SyncReport m_report;
    QVector<PlannedRequest> m_plan;
    QVector<DryRunOutcome> m_outcomeList;
    QString m_error;
    int m_errors = 0;
    bool m_running = false;
};
