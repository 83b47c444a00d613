// Task series sync against the reference server on loopback, when things go wrong: transient
// failures retried, a malformed series or list, a permanent refusal, a PUT or a create whose
// answer was lost, cancel, an unreachable server and a refused token.
#include "SeriesSyncTest.h"

class TestSeriesSyncFaults : public SeriesSyncTest
{
    Q_OBJECT

private slots:
    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("503 twice") << QStringLiteral("error-next=503:2");
        QTest::newRow("500 on a list page") << QStringLiteral("error-next=500:1@GET/task-executions/info");
        QTest::newRow("dropped connections") << QStringLiteral("drop-next=2");
        QTest::newRow("503 on a series read") << QStringLiteral("error-next=503:2@GET/task-executions/{exec}");
        QTest::newRow("dropped series read") << QStringLiteral("drop-next=1@GET/task-executions/{exec}");
        QTest::newRow("hang past the timeout") << QStringLiteral("hang-next=1:3000@GET/task-executions/{exec}");
    }

    void transientFailuresAreRetried()
    {
        QFETCH(QString, spec);
        const QString execution = adminSeries(kTaskOne).value(QStringLiteral("executions")).toArray().at(0)
                                      .toObject().value(QStringLiteral("id")).toString();
        QVERIFY(m_server.faults(spec.replace(QStringLiteral("{exec}"), execution)));
        const SyncReport report = sync({}, 1000);
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(store().count(), 2);
    }

    void malformedSeriesIsAnErrorForThatSeriesOnly()
    {
        const QString execution = adminSeries(kTaskOne).value(QStringLiteral("executions")).toArray().at(0)
                                      .toObject().value(QStringLiteral("id")).toString();
        QVERIFY(m_server.faults(QStringLiteral("malformed-next=1@GET/task-executions/") + execution));
        const SyncReport report = sync();
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(store().count(), 1);
        QVERIFY(!store().localIdForSeriesId(kTaskOne)); // nothing of it was written
        QCOMPARE(sync().exitCode(), 0);                 // read again next time
        QCOMPARE(store().count(), 2);
    }

    void malformedListChangesNothing()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(m_server.admin("DELETE", QStringLiteral("series/") + kTaskOne) / 100 == 2);
        QVERIFY(m_server.faults(QStringLiteral("malformed-next=1@GET/task-executions/info")));
        const SyncReport report = sync();
        QVERIFY(!report.fatalError.isEmpty());
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.remoteDeleted, 0); // a failed page never means "deleted"
        QCOMPARE(store().count(), 2);
    }

    void permanentRefusalMarksTheRecord()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.name = QStringLiteral("отказ"); }));
        QVERIFY(m_server.faults(QStringLiteral("error-next=400:1@PUT")));
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 1);
        const StoredTaskSeries record = series(kTaskOne);
        QCOMPARE(record.state, SyncState::Error);
        QVERIFY2(record.syncError.contains(QLatin1String("400")) && record.syncError.contains(QLatin1String("input.data.invalid")),
                 qPrintable(record.syncError));
        QCOMPARE(record.local.name, QStringLiteral("отказ"));
        QCOMPARE(m_server.stats().value(kSeriesPut).toInt(), 1); // a 400 is not retried
        // Said as an error, with the server's message.
        const QStringList errors = logged(SyncLogLevel::Error);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("input.data.invalid")), qPrintable(errors.first()));
    }

    void transientPutIsRetriedWithoutADoubleSplit_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("503: not carried out") << QStringLiteral("error-next=503:1@PUT");
        QTest::newRow("answer lost: carried out") << QStringLiteral("drop-next=1@PUT");
        QTest::newRow("answer malformed: carried out") << QStringLiteral("malformed-next=1@PUT");
    }

    void transientPutIsRetriedWithoutADoubleSplit()
    {
        QFETCH(QString, spec);
        QCOMPARE(sync().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.name = QStringLiteral("один раз"); }));
        QVERIFY(m_server.faults(spec));
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pushedUpdated, 1);
        const StoredTaskSeries record = *store().get(localId);
        QCOMPARE(record.state, SyncState::Clean);
        QCOMPARE(record.seriesIdHistory, QStringList{kTaskOne});
        // One split only: the old series' successor is the local series.
        QCOMPARE(adminSeries(kTaskOne).value(QStringLiteral("successorId")).toString(), record.local.seriesId);
        QVERIFY(adminSeries(record.local.seriesId).value(QStringLiteral("successorId")).isNull());
    }

    void lostCreateAnswerDoesNotDuplicate_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("posts");
        // The server creates it, then the connection drops before the answer, every time.
        QTest::newRow("answer lost") << QStringLiteral("drop=1.0@POST") << 1;
        QTest::newRow("answer malformed") << QStringLiteral("malformed-next=1@POST") << 1;
        QTest::newRow("503: not carried out") << QStringLiteral("error-next=503:1@POST") << 2;
    }

    void lostCreateAnswerDoesNotDuplicate()
    {
        QFETCH(QString, spec);
        QFETCH(int, posts);
        QCOMPARE(sync().exitCode(), 0);
        const qint64 localId = *store().create(newSeries(QStringLiteral("один раз")));
        QVERIFY(m_server.faults(spec));
        const SyncReport first = sync();
        QCOMPARE(first.exitCode(), 0); // found by the look-up that follows a lost answer
        QCOMPARE(first.pushedCreated, 1);
        QCOMPARE(m_server.stats().value(kSeriesPost).toInt(), posts);
        QCOMPARE(store().get(localId)->state, SyncState::Clean);
        QVERIFY(m_server.resetFaults());
        QVERIFY(m_server.resetStats());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.stats().value(kSeriesPost).toInt(), 0);
        QCOMPARE(serverSeriesNamed(QStringLiteral("один раз")), QSet<QString>{store().get(localId)->local.seriesId});
        QCOMPARE(store().count(), 3);
    }

    void cancelLeavesNothingHalfDone()
    {
        QVERIFY(m_server.faults(QStringLiteral("delay=150")));
        const SyncReport report = sync([](TaskSeriesSync &engine) {
            // Cancelled once the first series has been read and stored, the second on its way.
            connect(&engine, &TaskSeriesSync::progress, &engine, [&engine](int done, int total) {
                if (done == 1 && total == 2)
                    engine.cancel();
            });
        });
        QVERIFY(report.cancelled);
        QCOMPARE(report.pulledNew, 1);
        QCOMPARE(store().count(), 1);
        for (const StoredTaskSeries &record : store().all(true)) {
            QCOMPARE(record.state, SyncState::Clean); // each series is whole, or not there
            QVERIFY(!record.local.steps.isEmpty());
        }
        QVERIFY(m_server.resetFaults());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(store().count(), 2);
    }

    void unreachableServerChangesNothing()
    {
        QCOMPARE(sync().exitCode(), 0);
        HttpClient http;
        HttpClient::Options options;
        options.backoffBaseMs = 10;
        options.backoffCapMs = 50;
        http.setOptions(options);
        TaskSeriesSync engine(store(), http, QUrl(QStringLiteral("http://127.0.0.1:1")), 100);
        QSignalSpy finished(&engine, &TaskSeriesSync::finished);
        engine.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(engine.report().unreachable);
        QCOMPARE(engine.report().exitCode(), 3);
        QCOMPARE(store().count(), 2);
    }

    void wrongTokenStopsTheSync()
    {
        RefServer guarded;
        QVERIFY(guarded.start({QStringLiteral("--token"), QStringLiteral("s3cret")}));
        HttpClient http;
        http.setToken(QStringLiteral("wrong"));
        TaskSeriesSync engine(store(), http, guarded.url(), 100);
        QSignalSpy finished(&engine, &TaskSeriesSync::finished);
        engine.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(engine.report().authFailed);
        QCOMPARE(engine.report().exitCode(), 3);
        QCOMPARE(guarded.stats().value(QStringLiteral("total")).toInt(), 1); // no retry of a 401
    }
};

QTEST_GUILESS_MAIN(TestSeriesSyncFaults)
#include "tst_seriessync_faults.moc"
