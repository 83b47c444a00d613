#pragma once

#include "sync/DryRunServer.h"
#include "sync/HttpClient.h"
#include "sync/ListingGuard.h"
#include "sync/SyncLogLevel.h"
#include "sync/SyncReport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

class Workspace;
class ServiceTaskSync;
class SyncEngine;
class TaskSeriesSync;

// One full sync: the service tasks with the ERA server, then the series with the
// TARGPatrol server (either may be left out), each with its own token. The window
// and the headless command both run this.
class SyncSession : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl eraUrl;             // empty: service tasks are not synced
        QString eraToken;
        QUrl patrolUrl;          // empty: series are not synced
        QString patrolToken;
        int pageSize = 500;
        HttpClient::Options http;     // per request: timeouts, deadline, answer size, retries
        ListingGuard::Limits listing; // per listing: pages and records
        // Reads only: writing requests are recorded and answered locally (DryRunServer).
        // Meant for a copy of the database, which the engines change as a sync would.
        bool dryRun = false;
    };

    SyncSession(Workspace &workspace, const Settings &settings, QObject *parent = nullptr);
    ~SyncSession() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Both sides added up; the exit code of the headless command.
    SyncReport report() const { return m_report; }
    // In a dry run: the writing requests a sync would have sent, ERA's first.
    QVector<PlannedRequest> plannedRequests() const;

signals:
    void phaseChanged(const QString &phase);
    void progress(int done, int total);
    void logLine(SyncLogLevel level, const QString &line);
    void finished(const SyncReport &report);

private:
    void startSeries();
    // The settings and signals both engines take alike.
    void wire(SyncEngine &engine);
    void add(const SyncReport &part);
    void forwardLog(SyncLogLevel level, const QString &line);
    void finish();

    Workspace &m_workspace;
    Settings m_settings;
    HttpClient m_eraHttp;
    HttpClient m_patrolHttp;
    QPointer<ServiceTaskSync> m_tasks;
    QPointer<TaskSeriesSync> m_series;
    SyncReport m_report;
    bool m_running = false;
    bool m_cancelled = false;
};
