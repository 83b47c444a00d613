// Task series sync against the reference server on loopback, a series edited on both sides:
// the same field is a conflict, different fields (steps and actions too) merge, a delete
// there against an edit here.
#include "SeriesSyncTest.h"

class TestSeriesSyncConflicts : public SeriesSyncTest
{
    Q_OBJECT

private slots:
    void sameFieldBothSidesIsAConflict()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.name = QStringLiteral("Моё имя"); }));
        QVERIFY(m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("name"), QStringLiteral("Их имя")}}) == 200);

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(m_server.stats().value(kSeriesPut).toInt(), 0);
        const StoredTaskSeries record = series(kTaskOne);
        QCOMPARE(record.state, SyncState::Conflict);
        QCOMPARE(record.local.name, QStringLiteral("Моё имя"));  // nothing of mine is lost
        QVERIFY(record.remote);
        QCOMPARE(record.remote->name, QStringLiteral("Их имя")); // theirs is kept beside it
        QVERIFY(!record.syncError.isEmpty());

        // Settled by the user (keep mine): pushed by the next sync.
        QVERIFY(store().resolveConflict(record.localId, record.local));
        QCOMPARE(sync().exitCode(), 0);
        const StoredTaskSeries after = *store().get(record.localId);
        QCOMPARE(after.state, SyncState::Clean);
        QCOMPARE(adminSeries(after.local.seriesId).value(QStringLiteral("series")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Моё имя"));
    }

    void differentFieldsMergeSilently()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.description = QStringLiteral("описание здесь"); }));
        QVERIFY(m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("priority"), QStringLiteral("NORMAL")}}) == 200);

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(report.pushedUpdated, 1);
        const StoredTaskSeries record = seriesNamed(QStringLiteral("task 1"));
        QCOMPARE(record.state, SyncState::Clean);
        QCOMPARE(record.local.priority, QStringLiteral("NORMAL"));
        QCOMPARE(*record.local.description, QStringLiteral("описание здесь"));
        const QJsonObject server = adminSeries(record.local.seriesId).value(QStringLiteral("series")).toObject();
        QCOMPARE(server.value(QStringLiteral("priority")).toString(), QStringLiteral("NORMAL"));
        QCOMPARE(server.value(QStringLiteral("description")).toString(), QStringLiteral("описание здесь"));
    }

    void stepMovedHereActionRenamedThereMerges()
    {
        QCOMPARE(sync().exitCode(), 0);
        const StoredTaskSeries before = seriesNamed(kPatrolName);
        const QString seriesId = before.local.seriesId;
        const Step gate = before.local.steps.at(1);
        // Here: the gate becomes the first step. There: its first action is renamed, which
        // the listing does not show; the read before the PUT does.
        QVERIFY(edit(seriesId, [](TaskSeries &s) { std::swap(s.steps[0], s.steps[1]); }));
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/%1/steps/%2/actions/%3")
                                             .arg(seriesId, gate.seriesId, gate.actions.at(0).seriesId),
                                {{QStringLiteral("name"), QStringLiteral("Температура воздуха")}}),
                 200);

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(report.pulledChanged, 0);
        QCOMPARE(report.pushedUpdated, 1);
        const StoredTaskSeries record = *store().get(before.localId);
        QCOMPARE(record.state, SyncState::Clean);
        QCOMPARE(record.local.steps.at(0).seriesId, gate.seriesId);
        QCOMPARE(record.local.steps.at(0).actions.at(0).name, QStringLiteral("Температура воздуха"));
        const QJsonArray steps = adminSeries(record.local.seriesId).value(QStringLiteral("series")).toObject()
                                     .value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QJsonObject first;
        for (const QJsonValue &step : steps)
            if (step.toObject().value(QStringLiteral("order")).toInt() == 0)
                first = step.toObject();
        QCOMPARE(first.value(QStringLiteral("seriesId")).toString(), gate.seriesId);
        QCOMPARE(first.value(QStringLiteral("actions")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Температура воздуха"));
        QCOMPARE(record.local.recurrenceRule(), before.local.recurrenceRule()); // carried over by the server
    }

    void deleteOnTheServerAgainstAnEditHere()
    {
        QCOMPARE(sync().exitCode(), 0);
        const QString patrolId = seriesNamed(kPatrolName).local.seriesId;
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.tags = {QStringLiteral("правка")}; }));
        QVERIFY(m_server.admin("DELETE", QStringLiteral("series/") + kTaskOne) / 100 == 2);
        QVERIFY(m_server.admin("DELETE", QStringLiteral("series/") + patrolId) / 100 == 2); // untouched here: simply goes

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.remoteDeleted, 1);
        const StoredTaskSeries record = series(kTaskOne);
        QCOMPARE(record.state, SyncState::Conflict);
        QCOMPARE(record.local.tags, QStringList{QStringLiteral("правка")});
        QVERIFY(!record.remote);
        QVERIFY(!store().localIdForSeriesId(patrolId));

        // Keeping mine creates it again.
        QVERIFY(store().resolveConflict(record.localId, record.local));
        QCOMPARE(store().get(record.localId)->state, SyncState::New);
        const SyncReport again = sync();
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(again.pushedCreated, 1);
        const StoredTaskSeries created = *store().get(record.localId);
        QVERIFY(!created.local.seriesId.isEmpty() && created.local.seriesId != kTaskOne);
        QVERIFY(created.seriesIdHistory.contains(kTaskOne));
    }
};

QTEST_GUILESS_MAIN(TestSeriesSyncConflicts)
#include "tst_seriessync_conflicts.moc"
