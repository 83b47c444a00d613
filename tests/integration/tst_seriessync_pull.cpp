// Task series sync against the reference server on loopback, what comes from the server:
// the pull into an empty database, the cheap re-sync, changes listed there, and a series
// split there (by another client) followed here.
#include "SeriesSyncTest.h"

#include "json/TaskSeriesCodec.h"

class TestSeriesSyncPull : public SeriesSyncTest
{
    Q_OBJECT

private slots:
    void pullsIntoAnEmptyDatabase()
    {
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 2);
        QCOMPARE(store().count(), 2);

        const StoredTaskSeries one = series(kTaskOne);
        QCOMPARE(one.state, SyncState::Clean);
        QCOMPARE(one.local.name, QStringLiteral("task 1"));
        QCOMPARE(one.local.priority, QStringLiteral("MAJOR"));
        QVERIFY(!one.local.description);
        QCOMPARE(one.local.startAt, at(QStringLiteral("2023-03-06T18:00:00Z")));
        QCOMPARE(one.local.steps.size(), 1);
        QCOMPARE(one.local.steps.at(0).seriesId, kTaskOneStep);
        QCOMPARE(one.local.steps.at(0).actions.size(), 2);
        QCOMPARE(one.local.steps.at(0).actions.at(0).seriesId, kTaskOneAction1);
        QCOMPARE(one.local.steps.at(0).actions.at(1).seriesId, kTaskOneAction2);
        QCOMPARE(one.local.steps.at(0).actions.at(1).type, QStringLiteral("TEXT"));
        QVERIFY(!one.local.extra.contains(QStringLiteral("state"))); // execution fields left out
        QVERIFY(!one.local.extra.contains(QStringLiteral("scheduledTaskId")));
        QVERIFY(!one.remoteRef.executionId.isEmpty());
        QVERIFY(!one.remoteRef.executionsDigest.isEmpty());
        QVERIFY(*one.base == one.local);

        const StoredTaskSeries patrol = seriesNamed(kPatrolName);
        QCOMPARE(patrol.state, SyncState::Clean);
        QVERIFY(!patrol.local.seriesId.isEmpty()); // given by the server
        QCOMPARE(patrol.local.steps.size(), 2);
        QCOMPARE(patrol.local.steps.at(0).name, QStringLiteral("Склад")); // by `order`
        QCOMPARE(patrol.local.steps.at(1).name, QStringLiteral("Ворота"));
        QCOMPARE(patrol.local.steps.at(1).extra.value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        const QVector<Action> &gate = patrol.local.steps.at(1).actions;
        QCOMPARE(gate.size(), 2);
        QCOMPARE(gate.at(0).name, QStringLiteral("Температура"));
        QCOMPARE(gate.at(0).minValue(), std::optional<double>(-40));
        QCOMPARE(gate.at(0).extra.value(QStringLiteral("unit")).toString(), QStringLiteral("°C"));
        QCOMPARE(gate.at(1).type, QStringLiteral("PHOTO"));
        QCOMPARE(gate.at(1).extra.value(QStringLiteral("maxCount")).toInt(), 3);
        for (const Step &step : patrol.local.steps) {
            QVERIFY(!step.seriesId.isEmpty());
            for (const Action &action : step.actions)
                QVERIFY(!action.seriesId.isEmpty());
        }
        QCOMPARE(patrol.local.recurrenceRule(), QStringLiteral("FREQ=DAILY;UNTIL=20240120T210000Z"));
        QCOMPARE(patrol.local.recurrenceExceptions(), QStringLiteral("20240115T210000Z"));
        QCOMPARE(patrol.local.recurrence.value(QStringLiteral("note")).toString(), QStringLiteral("kept"));
        QCOMPARE(patrol.local.extra.value(QStringLiteral("zone")).toString(), QStringLiteral("north"));
        // Read through its first execution (none is completed): the series' own window.
        QCOMPARE(patrol.local.startAt, at(QStringLiteral("2024-01-10T21:00:00Z")));
        QCOMPARE(patrol.local.endAt, at(QStringLiteral("2024-01-11T05:00:00Z")));

        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(kSeriesList).toInt(), 4); // three pages and the empty one that ends the listing
        QCOMPARE(stats.value(kSeriesRead).toInt(), 2); // one read per series, not per execution
    }

    void resyncWithoutChangesOnlyListsPages()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(m_server.resetStats());
        const SyncReport again = sync();
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(again.fetched, 0);
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(kSeriesList).toInt(), 4);
        QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 4); // nothing else: no reads, no writes
    }

    void listingShowsServerChanges()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("priority"), QStringLiteral("NORMAL")}}) == 200);
        QVERIFY(m_server.resetStats());
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledChanged, 1);
        QCOMPARE(m_server.stats().value(kSeriesRead).toInt(), 1);
        QCOMPARE(series(kTaskOne).local.priority, QStringLiteral("NORMAL"));
        QCOMPARE(series(kTaskOne).state, SyncState::Clean);
    }

    void splitElsewhereIsFollowed()
    {
        QCOMPARE(sync().exitCode(), 0);
        const StoredTaskSeries before = series(kTaskOne);
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.description = QStringLiteral("моё описание"); }));
        // Another client splits the series at the same execution and renames it: the old
        // series has no execution left and disappears from the listing.
        QJsonObject body = TaskSeriesCodec::encode(*before.base);
        body.insert(QStringLiteral("name"), QStringLiteral("переименовано там"));
        QCOMPARE(apiPut(QStringLiteral("/task-executions/%1/series").arg(before.remoteRef.executionId), body), 200);

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.remoteDeleted, 0);
        QCOMPARE(report.pulledNew, 0);
        QCOMPARE(store().count(true), 2);
        const StoredTaskSeries record = *store().get(before.localId);
        QCOMPARE(record.state, SyncState::Clean);
        QVERIFY(record.seriesIdHistory.contains(kTaskOne));
        QCOMPARE(record.local.name, QStringLiteral("переименовано там")); // theirs
        QCOMPARE(*record.local.description, QStringLiteral("моё описание")); // mine, then pushed
        QCOMPARE(adminSeries(record.local.seriesId).value(QStringLiteral("series")).toObject()
                     .value(QStringLiteral("description")).toString(),
                 QStringLiteral("моё описание"));
    }

    void splitElsewhereWithTheDonePartStillListedIsFollowed()
    {
        QCOMPARE(sync().exitCode(), 0);
        const StoredTaskSeries before = seriesNamed(kPatrolName);
        QVERIFY(before.localId);
        const QStringList executions = executionsOf(before.local.seriesId);
        QVERIFY(executions.size() >= 4);
        QCOMPARE(before.remoteRef.executionId, executions.at(0));
        // The first two executions are done; the series is now read through the third.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_server.admin("PATCH", QStringLiteral("executions/") + executions.at(i),
                                    {{QStringLiteral("state"), QStringLiteral("COMPLETED")}}), 200);
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(store().get(before.localId)->remoteRef.executionId, executions.at(2));

        // Another client changes "this and following" from there: the done executions stay
        // under the old series, which the listing still shows.
        QJsonObject body = TaskSeriesCodec::encode(*store().get(before.localId)->base);
        body.insert(QStringLiteral("name"), QStringLiteral("Обход периметра (новый маршрут)"));
        QCOMPARE(apiPut(QStringLiteral("/task-executions/%1/series").arg(executions.at(2)), body), 200);
        QCOMPARE(executionsOf(before.local.seriesId).size(), 2);

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 0);
        QCOMPARE(report.remoteDeleted, 0);
        QCOMPARE(store().count(true), 2);
        const StoredTaskSeries record = *store().get(before.localId);
        QCOMPARE(record.local.name, QStringLiteral("Обход периметра (новый маршрут)"));
        QVERIFY(record.local.seriesId != before.local.seriesId);
        QVERIFY(record.seriesIdHistory.contains(before.local.seriesId));
        QCOMPARE(record.remoteRef.executionId, executions.at(2));
        QCOMPARE(record.state, SyncState::Clean);
        // And it stays so: the done part is not pulled back as a series of its own.
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(store().count(true), 2);
    }

    void splitElsewhereLaterOnIsASeriesOfItsOwn()
    {
        QCOMPARE(sync().exitCode(), 0);
        const StoredTaskSeries before = seriesNamed(kPatrolName);
        const QStringList executions = executionsOf(before.local.seriesId);
        QVERIFY(executions.size() >= 6);
        QJsonObject body = TaskSeriesCodec::encode(*before.base);
        body.insert(QStringLiteral("name"), QStringLiteral("Обход периметра с 6-го"));
        QCOMPARE(apiPut(QStringLiteral("/task-executions/%1/series").arg(executions.at(5)), body), 200);

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 1);
        QCOMPARE(store().count(true), 3);
        // The series keeps its first five executions; the rest is the other client's series.
        const StoredTaskSeries record = *store().get(before.localId);
        QCOMPARE(record.local.seriesId, before.local.seriesId);
        QCOMPARE(record.local.name, kPatrolName);
        QCOMPARE(record.state, SyncState::Clean);
        const StoredTaskSeries later = seriesNamed(QStringLiteral("Обход периметра с 6-го"));
        QVERIFY(later.localId);
        QCOMPARE(later.remoteRef.executionId, executions.at(5));
        // The log says where it came from.
        const QStringList info = logged(SyncLogLevel::Info).filter(kPatrolName);
        QVERIFY2(info.filter(QStringLiteral("Обход периметра с 6-го")).size() == 1, qPrintable(info.join(QLatin1Char('\n'))));
        QVERIFY(info.filter(QStringLiteral("Split on the server")).size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestSeriesSyncPull)
#include "tst_seriessync_pull.moc"
