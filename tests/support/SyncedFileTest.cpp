#include "SyncedFileTest.h"

#include "SyncRun.h"

#include <QtTest>

void SyncedFileTest::initTestCase()
{
    QVERIFY2(m_server.startSeeded(), "the reference server did not start");
    m_db = m_dir.filePath(m_fileName);
    QString log;
    const SyncReport sync = SyncRun::syncDatabase(m_db, m_server.url(), &log);
    QVERIFY2(sync.exitCode() == 0, qPrintable(sync.fatalError + QLatin1Char('\n') + log));
}
