#pragma once

// What the sync tests share (as SeriesPageTest does for the series page): the reference
// server started once with the seed document, and for every test the seed loaded again
// (no faults, counts at zero) and a new database file; a sync of either engine to its
// end, and the records looked up as the tests name them. A test class derives from it;
// its own initTestCase/init, when it needs more, call startServer/startTest.

#include "RefServer.h"
#include "SeedData.h"
#include "SyncRun.h"
#include "TemporaryDatabase.h"

#include "storage/Workspace.h"
#include "sync/ServiceTaskSync.h"
#include "sync/TaskSeriesSync.h"

#include <QObject>

#include <memory>

class SyncTest : public QObject
{
    Q_OBJECT

public:
    explicit SyncTest(const QString &databasePrefix) : m_db(databasePrefix) {}

protected:
    bool startServer() { return m_server.start({QStringLiteral("--seed"), RefServer::seedDocument()}); }
    // The seed on the server again and a new, empty database.
    bool startTest();
    // startTest for a sync started as the app starts one: a clean session (no settings,
    // tokens or keychain of an earlier test) and a saved profile with the server.
    bool startSession();

    // `during` may connect to the engine before it starts.
    SyncReport syncTasks(const std::function<void(ServiceTaskSync &)> &during = {}, int pageSize = 50,
                         const HttpClient::Options &options = SyncRun::quickRetries())
    {
        return SyncRun::run(m_ws->serviceTasks(), m_server.url(), pageSize, options, during);
    }
    SyncReport syncSeries(const std::function<void(TaskSeriesSync &)> &during = {}, int pageSize = 50,
                          const HttpClient::Options &options = SyncRun::quickRetries())
    {
        return SyncRun::run(m_ws->series(), m_server.url(), pageSize, options, during);
    }

    // The records by server identity or by name; an empty record when there is none.
    StoredServiceTask task(const QString &uuid);
    StoredTaskSeries series(const QString &seriesId);
    StoredTaskSeries seriesNamed(const QString &name);

    TemporaryDatabase m_db;
    RefServer m_server;
    std::unique_ptr<Workspace> m_ws;

private slots:
    void initTestCase();
    void init();
    void cleanup();
};
