// The sync controller (what the window's Sync and Cancel do) against the reference server
// on loopback: a sync with the saved profile and the tokens from the token store, no
// profile, a second start while one runs, Cancel while the tokens are read and while the
// session runs (each ends with finished), a refused token reported as a failure, and the
// records left in conflict counted.
#include "SyncTest.h"

#include "sync/SyncController.h"
#include "sync/TokenStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Seed;

namespace {

SyncReport reportOf(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(60000))
        qWarning("the sync did not finish");
    return finished.isEmpty() ? SyncReport() : finished.first().first().value<SyncReport>();
}

} // namespace

class TestSyncController : public SyncTest
{
    Q_OBJECT

public:
    TestSyncController() : SyncTest(QStringLiteral("controller-")) {}

private:
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SyncController> m_sync;

    SyncReport syncToEnd()
    {
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        if (m_sync->start() != SyncController::Start::Started)
            return SyncReport();
        return reportOf(finished);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TaskdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_synccontroller"));
        qRegisterMetaType<SyncReport>("SyncReport");
        QVERIFY2(startServer(), "the reference server did not start");
    }

    void init()
    {
        QVERIFY(startSession());
        m_tokens = std::make_unique<TokenStore>();
        m_sync = std::make_unique<SyncController>(*m_ws, *m_tokens);
    }

    void cleanup()
    {
        m_sync.reset();
        m_tokens.reset();
        m_ws.reset();
    }

    void syncsWithTheSavedProfile()
    {
        QSignalSpy started(m_sync.get(), &SyncController::started);
        QSignalSpy phases(m_sync.get(), &SyncController::phaseChanged);
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QCOMPARE(m_sync->start(), SyncController::Start::Started);
        QCOMPARE(started.count(), 1);
        QVERIFY(m_sync->isRunning());
        // One sync at a time: a second start while it runs does nothing.
        QCOMPARE(m_sync->start(), SyncController::Start::AlreadyRunning);
        const SyncReport report = reportOf(finished);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 3 + 2); // both servers: three service tasks, two series
        QVERIFY(!m_sync->isRunning());
        QVERIFY(!phases.isEmpty());
        QCOMPARE(m_ws->serviceTasks().count(), 3);
        QCOMPARE(m_ws->series().count(), 2);
        QCOMPARE(started.count(), 1);
    }

    void withoutAProfileNothingStarts()
    {
        QSettings().clear();
        QSignalSpy started(m_sync.get(), &SyncController::started);
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QCOMPARE(m_sync->start(), SyncController::Start::NoProfile);
        QVERIFY(!m_sync->isRunning());
        QCOMPARE(started.count(), 0);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 0);
    }

    void cancelWhileTheTokensAreReadEndsWithFinished()
    {
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QCOMPARE(m_sync->start(), SyncController::Start::Started);
        m_sync->cancel(); // the token store answers later (its callbacks are queued)
        const SyncReport report = reportOf(finished);
        QCOMPARE(finished.count(), 1);
        QVERIFY(report.cancelled);
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(!m_sync->isRunning());
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 0); // no request sent
        QCOMPARE(m_ws->serviceTasks().count(), 0);
    }

    void cancelDuringTheSessionEndsWithFinished()
    {
        QVERIFY(m_server.faults(QStringLiteral("delay=300")));
        QSignalSpy phases(m_sync.get(), &SyncController::phaseChanged);
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QCOMPARE(m_sync->start(), SyncController::Start::Started);
        QVERIFY(phases.wait(15000)); // the session runs
        m_sync->cancel();
        m_sync->cancel(); // a second press changes nothing
        const SyncReport report = reportOf(finished);
        QCOMPARE(finished.count(), 1);
        QVERIFY(report.cancelled);
        QVERIFY(!m_sync->isRunning());
        QVERIFY(!m_sync->findChild<SyncSession *>()
                || QTest::qWaitFor([this] { return !m_sync->findChild<SyncSession *>(); }, 5000));
        // It can run again afterwards.
        QVERIFY(m_server.resetFaults());
        QCOMPARE(syncToEnd().exitCode(), 0);
    }

    void refusedTokenIsReportedAsAFailure()
    {
        QVERIFY(m_server.faults(QStringLiteral("error=401:1")));
        const SyncReport report = syncToEnd();
        QVERIFY(report.authFailed);
        QCOMPARE(report.exitCode(), 3);
        QVERIFY(!report.fatalError.isEmpty());
        QVERIFY(!m_sync->isRunning());
        QCOMPARE(m_ws->serviceTasks().count(), 0);
    }

    void conflictsAreCountedAfterTheSync()
    {
        QCOMPARE(syncToEnd().exitCode(), 0);
        QCOMPARE(m_sync->conflictCount(), 0);
        ServiceTaskStore &store = m_ws->serviceTasks();
        const qint64 id = *store.localIdForUuid(kSeedId);
        ServiceTask mine = store.get(id)->local;
        mine.name = QStringLiteral("mine");
        QVERIFY(store.saveLocal(id, mine));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("theirs")}}));

        QSignalSpy counted(m_sync.get(), &SyncController::conflictsCounted);
        const SyncReport report = syncToEnd();
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(m_sync->conflictCount(), 1);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(counted.first().first().toInt(), 1);
        QCOMPARE(store.get(id)->state, SyncState::Conflict);
    }
};

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
