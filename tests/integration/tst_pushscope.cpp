// Hold and sync selected at the level the sync engines see: the stores' push query leaves
// out held records and, while a push scope is set, records outside it; the reference
// server shows what was really sent. The pull still takes everything.
#include "SyncTest.h"

#include "sync/PendingChanges.h"
#include "sync/ServiceTaskSync.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Seed;

class TestPushScope : public SyncTest
{
    Q_OBJECT

public:
    TestPushScope() : SyncTest(QStringLiteral("scope-")) {}

private:
    // The client's own retries and time-outs, as the app sends.
    SyncReport sync() { return syncTasks({}, 50, HttpClient::Options()); }

    qint64 localId(const QString &uuid) { return m_ws->serviceTasks().localIdForUuid(uuid).value_or(0); }

    void rename(const QString &uuid, const QString &name)
    {
        ServiceTask task = m_ws->serviceTasks().get(localId(uuid))->local;
        task.name = name;
        QVERIFY(m_ws->serviceTasks().saveLocal(localId(uuid), task));
    }

    QString serverName(const QString &uuid) { return m_server.svctask(uuid).value(QStringLiteral("name")).toString(); }

private slots:
    void init()
    {
        QVERIFY(startTest());
        QCOMPARE(sync().exitCode(), 0);
    }

    void heldRecordStaysPendingAndIsNotSent()
    {
        rename(kSeedId, QStringLiteral("Held back"));
        rename(kOtherId, QStringLiteral("Sent now"));
        QVERIFY(m_ws->serviceTasks().setHeld(localId(kSeedId), true));
        const QString before = serverName(kSeedId);

        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(serverName(kOtherId), QStringLiteral("Sent now"));
        QCOMPARE(serverName(kSeedId), before);
        QCOMPARE(m_ws->serviceTasks().get(localId(kSeedId))->state, SyncState::Modified);

        const QVector<PendingChange> pending = PendingChanges::collect(*m_ws);
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.first().held);
        QVERIFY2(PendingChanges::summary(pending).contains(QLatin1String("held 1")), qPrintable(PendingChanges::summary(pending)));
        QVERIFY(PendingChanges::describe(pending).first().contains(QLatin1String("held")));

        // Released, it goes with the next sync.
        QVERIFY(m_ws->serviceTasks().setHeld(localId(kSeedId), false));
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(serverName(kSeedId), QStringLiteral("Held back"));
        QCOMPARE(m_ws->serviceTasks().get(localId(kSeedId))->state, SyncState::Clean);
    }

    void scopeSendsOnlyTheSelectedButPullsEverything()
    {
        rename(kSeedId, QStringLiteral("Selected"));
        rename(kOtherId, QStringLiteral("Not selected"));
        QVERIFY(m_server.changeSvctask(kOtherId, {{QStringLiteral("svcscriptcode"), QStringLiteral("changed-there")}}));
        m_ws->serviceTasks().setPushScope(QSet<qint64>{localId(kSeedId)});

        QCOMPARE(sync().exitCode(), 0);
        m_ws->serviceTasks().setPushScope(std::nullopt);
        QCOMPARE(serverName(kSeedId), QStringLiteral("Selected"));
        QVERIFY(serverName(kOtherId) != QStringLiteral("Not selected"));
        const StoredServiceTask other = *m_ws->serviceTasks().get(localId(kOtherId));
        QCOMPARE(other.state, SyncState::Modified);
        // The pull still merged the server's change into the record left out of the push.
        QCOMPARE(other.local.scriptCode, QStringLiteral("changed-there"));
        QCOMPARE(other.local.name, QStringLiteral("Not selected"));
    }

    void pushQueryKeepsConflictsAndLeavesOutHeldAndUnscoped()
    {
        ServiceTaskStore &store = m_ws->serviceTasks();
        rename(kSeedId, QStringLiteral("A"));
        rename(kOtherId, QStringLiteral("B"));
        QVector<qint64> both{localId(kSeedId), localId(kOtherId)};
        std::sort(both.begin(), both.end()); // oldest first
        QCOMPARE(store.pushIds(), both);
        QVERIFY(store.setHeld(localId(kSeedId), true));
        QCOMPARE(store.pushIds(), QVector<qint64>{localId(kOtherId)});
        store.setPushScope(QSet<qint64>{});
        QVERIFY(store.pushIds().isEmpty());
        QCOMPARE(store.unsyncedIds().size(), 2);
        QVERIFY(store.markFailed(localId(kOtherId), QStringLiteral("refused")));
        QCOMPARE(store.pushIds(), QVector<qint64>{localId(kOtherId)}); // counted by the push, never sent
        QCOMPARE(store.heldIds(), QSet<qint64>{localId(kSeedId)});
    }
};

QTEST_GUILESS_MAIN(TestPushScope)
#include "tst_pushscope.moc"
