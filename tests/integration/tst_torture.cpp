// The randomized sync torture test: many seeded schedules against the reference server,
// each interleaving local edits and undo/redo (through the pages' undo editors), another
// client's creates, edits and deletes (the admin API), syncs under faults, cancels and
// SIGKILLed headless syncs; then a final sync on a quiet server and the invariants
// (torture/TortureRun). TASKDESK_TORTURE_SEED=N replays one schedule;
// TASKDESK_TORTURE_SCHEDULES=N runs N schedules from TASKDESK_TORTURE_FIRST (default 1).
#include "RefServer.h"
#include "torture/TortureRun.h"
#include "torture/TortureSchedule.h"

#include <QTemporaryDir>
#include <QtTest>

class TestTorture : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RefServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), "the reference server did not start");
    }

    void schedule_data()
    {
        QTest::addColumn<quint32>("seed");
        if (qEnvironmentVariableIsSet("TASKDESK_TORTURE_SEED")) {
            const quint32 seed = qEnvironmentVariableIntValue("TASKDESK_TORTURE_SEED");
            QTest::addRow("seed %u", seed) << seed;
            return;
        }
        const int count = qEnvironmentVariableIsSet("TASKDESK_TORTURE_SCHEDULES")
                              ? qEnvironmentVariableIntValue("TASKDESK_TORTURE_SCHEDULES") : 50;
        const quint32 first = qEnvironmentVariableIsSet("TASKDESK_TORTURE_FIRST")
                                  ? quint32(qEnvironmentVariableIntValue("TASKDESK_TORTURE_FIRST")) : 1;
        for (quint32 seed = first; seed < first + quint32(count); ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void schedule()
    {
        QFETCH(quint32, seed);
        const QVector<TortureStep> steps = TortureSchedule::generate(seed);
        TortureRun run(m_server, m_dir.filePath(QStringLiteral("torture-%1.sqlite").arg(seed)), seed);
        QVERIFY2(run.setUp(), "the starting data could not be made and pulled");
        run.run(steps);
        run.finish();
        if (!run.violations().isEmpty() || qEnvironmentVariableIsSet("TASKDESK_TORTURE_VERBOSE")) {
            qInfo().noquote() << TortureSchedule::describe(seed, steps);
            qInfo().noquote() << "what happened:\n  " + run.journal().join(QStringLiteral("\n  "));
        }
        QVERIFY2(run.violations().isEmpty(),
                 qPrintable(QStringLiteral("seed %1 broke %2 invariant(s):\n  ").arg(seed).arg(run.violations().size())
                            + run.violations().join(QStringLiteral("\n  "))));
        // A defect found here and reported, not yet fixed: shown as XFAIL, never hidden.
        const QByteArray known = run.knownDefects().join(QStringLiteral("; ")).toUtf8();
        if (!known.isEmpty())
            QEXPECT_FAIL("", known.constData(), Continue);
        QVERIFY(known.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTorture)
#include "tst_torture.moc"
