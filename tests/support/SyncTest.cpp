#include "SyncTest.h"

#include <QtTest>

bool SyncTest::startTest()
{
    if (!m_server.reseed())
        return false;
    m_ws = m_db.openNew();
    return m_ws != nullptr;
}

bool SyncTest::startSession()
{
    SyncRun::resetSession();
    if (!startTest())
        return false;
    SyncRun::saveProfile(m_server.url());
    return true;
}

StoredServiceTask SyncTest::task(const QString &uuid)
{
    const auto id = m_ws->serviceTasks().localIdForUuid(uuid);
    return id ? *m_ws->serviceTasks().get(*id) : StoredServiceTask();
}

StoredTaskSeries SyncTest::series(const QString &seriesId)
{
    const auto id = m_ws->series().localIdForSeriesId(seriesId);
    return id ? *m_ws->series().get(*id) : StoredTaskSeries();
}

StoredTaskSeries SyncTest::seriesNamed(const QString &name)
{
    for (const StoredTaskSeries &record : m_ws->series().all(true))
        if (record.local.name == name)
            return record;
    return StoredTaskSeries();
}

void SyncTest::initTestCase()
{
    QVERIFY2(startServer(), "the reference server did not start");
}

void SyncTest::init()
{
    QVERIFY(startTest());
}

void SyncTest::cleanup()
{
    m_ws.reset();
}
