// Task series sync against the reference server on loopback, what goes to the server: a new
// series POSTed, an edit PUT as a split, an import never POSTed as a copy, a create of an
// earlier sync found again, a local delete (no API for it), an edit made during a sync, and a
// PUT whose answer was lost recognised by the next sync.
#include "SeriesSyncTest.h"

#include "i18n/Translator.h"
#include "json/TaskSeriesCodec.h"
#include "sync/SyncStateLine.h"

class TestSeriesSyncPush : public SeriesSyncTest
{
    Q_OBJECT

private slots:
    void pushesANewSeries()
    {
        QCOMPARE(sync().exitCode(), 0);
        const qint64 localId = *store().create(newSeries(QStringLiteral("Утренний обход")));
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pushedCreated, 1);
        QCOMPARE(m_server.stats().value(kSeriesPost).toInt(), 1);

        const StoredTaskSeries record = *store().get(localId);
        QCOMPARE(record.state, SyncState::Clean);
        QVERIFY(!record.pushAttempted);
        QVERIFY(!record.local.seriesId.isEmpty());
        QCOMPARE(record.local.steps.size(), 1);
        QVERIFY(!record.local.steps.at(0).seriesId.isEmpty());
        QVERIFY(!record.local.steps.at(0).actions.at(1).seriesId.isEmpty());
        QCOMPARE(record.local.recurrenceRule(), QStringLiteral("FREQ=DAILY;COUNT=3"));
        const QJsonObject server = adminSeries(record.local.seriesId);
        QCOMPARE(server.value(QStringLiteral("series")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Утренний обход"));
        QCOMPARE(server.value(QStringLiteral("executions")).toArray().size(), 3); // the recurrence was sent
        QCOMPARE(server.value(QStringLiteral("series")).toObject().value(QStringLiteral("steps")).toArray().at(0)
                     .toObject().value(QStringLiteral("seriesId")).toString(),
                 record.local.steps.at(0).seriesId);

        // The POST answer listed its executions: the next scan finds nothing to read.
        QVERIFY(m_server.resetStats());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 4); // 14 executions, pages of 5, an empty page
    }

    void pushesAnEditAsASplit()
    {
        QCOMPARE(sync().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) {
            s.name = QStringLiteral("task 1 — изменено");
            s.description = QStringLiteral("здесь");
        }));
        QVERIFY(m_server.resetStats());
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pushedUpdated, 1);
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(kSeriesPut).toInt(), 1);
        QCOMPARE(stats.value(kSeriesRead).toInt(), 2); // the read before the PUT, and the read after

        const StoredTaskSeries record = *store().get(localId);
        QCOMPARE(record.state, SyncState::Clean);
        QVERIFY(!record.local.seriesId.isEmpty());
        QVERIFY(record.local.seriesId != kTaskOne);                 // createdSeriesId
        QCOMPARE(record.seriesIdHistory, QStringList{kTaskOne});    // the old id kept
        QCOMPARE(record.local.steps.at(0).seriesId, kTaskOneStep);  // steps keep theirs
        QCOMPARE(adminSeries(kTaskOne).value(QStringLiteral("successorId")).toString(), record.local.seriesId);

        const QJsonObject execution = api(QStringLiteral("/task-executions/") + record.remoteRef.executionId).object();
        QCOMPARE(execution.value(QStringLiteral("seriesId")).toString(), record.local.seriesId);
        QCOMPARE(execution.value(QStringLiteral("name")).toString(), QStringLiteral("task 1 — изменено"));
        QCOMPARE(execution.value(QStringLiteral("description")).toString(), QStringLiteral("здесь"));

        // The old series has no execution left and is not pulled back as a series of its own.
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(store().count(true), 2);
        QCOMPARE(store().get(localId)->state, SyncState::Clean);
    }

    void importedSeriesIsNeverPostedAsACopy()
    {
        // Imported here with its seriesIds (state New), and its read fails this time.
        QFile seed(QStringLiteral(TASKDESK_TEST_DATA "/import-both.json"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QJsonObject body = QJsonDocument::fromJson(seed.readAll()).object().value(QStringLiteral("series")).toArray().at(0).toObject();
        DecodeError error;
        const qint64 localId = *store().create(*TaskSeriesCodec::decode(body, &error));
        const QString execution = adminSeries(kTaskOne).value(QStringLiteral("executions")).toArray().at(0)
                                      .toObject().value(QStringLiteral("id")).toString();
        QVERIFY(m_server.faults(QStringLiteral("malformed-next=1@GET/task-executions/") + execution));
        QCOMPARE(sync().failed, 1);
        QCOMPARE(m_server.stats().value(kSeriesPost).toInt(), 0);
        QCOMPARE(store().get(localId)->state, SyncState::New);
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(store().get(localId)->state, SyncState::Clean);
        QCOMPARE(store().get(localId)->local.seriesId, kTaskOne);
        QCOMPARE(store().count(), 2);
        QCOMPARE(m_server.stats().value(kSeriesPost).toInt(), 0);
    }

    void createOfAnEarlierSyncIsFoundNotPostedAgain()
    {
        // An earlier sync posted it and lost the answer, and could not look: the mark says so.
        QCOMPARE(sync().exitCode(), 0);
        const TaskSeries series = newSeries(QStringLiteral("уже там"));
        const qint64 localId = *store().create(series);
        QVERIFY(store().setPushAttempted(localId, store().get(localId)->revision));
        QJsonObject document{{QStringLiteral("series"), QJsonArray{TaskSeriesCodec::encode(series)}}};
        QVERIFY(m_server.admin("POST", QStringLiteral("import"), document) / 100 == 2);
        QVERIFY(m_server.resetStats());

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 0);
        QCOMPARE(m_server.stats().value(kSeriesPost).toInt(), 0);
        const StoredTaskSeries record = *store().get(localId);
        QCOMPARE(record.state, SyncState::Clean);
        QVERIFY(!record.pushAttempted);
        QVERIFY(!record.local.steps.at(0).seriesId.isEmpty());
        QCOMPARE(serverSeriesNamed(QStringLiteral("уже там")), QSet<QString>{record.local.seriesId});
        QCOMPARE(store().count(), 3);
    }

    void createRenamedSinceIsStillFound()
    {
        // The create arrived, its answer did not; the user renamed the series before the
        // next sync. It must be recognised by what was sent, not posted a second time.
        QCOMPARE(sync().exitCode(), 0);
        const TaskSeries series = newSeries(QStringLiteral("отправлено так"));
        const qint64 localId = *store().create(series);
        QVERIFY(store().setPushAttempted(localId, store().get(localId)->revision, series));
        QJsonObject document{{QStringLiteral("series"), QJsonArray{TaskSeriesCodec::encode(series)}}};
        QVERIFY(m_server.admin("POST", QStringLiteral("import"), document) / 100 == 2);
        TaskSeries renamed = store().get(localId)->local;
        renamed.name = QStringLiteral("переименовано потом");
        QVERIFY(store().saveLocal(localId, renamed));
        QVERIFY(m_server.resetStats());

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(m_server.stats().value(kSeriesPost).toInt(), 0);
        const StoredTaskSeries record = *store().get(localId);
        QVERIFY(!record.local.seriesId.isEmpty());
        QCOMPARE(record.local.name, QStringLiteral("переименовано потом")); // the edit was pushed, not lost
        QCOMPARE(serverSeriesNamed(QStringLiteral("отправлено так")).size(), 0);
        QCOMPARE(serverSeriesNamed(QStringLiteral("переименовано потом")).size(), 1);
        QCOMPARE(store().count(), 3);
    }

    void localDeleteIsNotSentAndSaysWhy()
    {
        QCOMPARE(sync().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        QVERIFY(store().remove(localId));
        // The sync runs in Russian; the error is stored in no language, so each session shows
        // it in its own, not in the language of the sync that wrote it.
        Translator::install(QStringLiteral("ru"));
        const SyncReport report = sync();
        const StoredTaskSeries record = *store().get(localId);
        const QString russian = SyncStateLine::of(record);
        Translator::install(QStringLiteral("en"));
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.failed, 1);
        QCOMPARE(record.state, SyncState::Error);
        QVERIFY2(SyncStateLine::of(record).contains(QLatin1String("no API to delete")), qPrintable(SyncStateLine::of(record)));
        QVERIFY2(russian.contains(QStringLiteral("удалите серию в TARGPatrol")),
                 qPrintable(russian));
        QVERIFY2(!russian.contains(QLatin1String("no API")), qPrintable(russian));
        QCOMPARE(adminSeries(kTaskOne).value(QStringLiteral("series")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("task 1")); // nothing was sent

        // Deleted in TARGPatrol: the next sync removes it here.
        QVERIFY(m_server.admin("DELETE", QStringLiteral("series/") + kTaskOne) / 100 == 2);
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(!store().get(localId));
    }

    void editDuringTheSyncStaysDirty()
    {
        QCOMPARE(sync().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.name = QStringLiteral("отправлено"); }));
        const SyncReport report = syncEditingWhileThePutIsOut(localId, [](TaskSeries &later) {
            later.name = QStringLiteral("изменено во время синхронизации");
        });
        QCOMPARE(report.pushedUpdated, 1);
        const StoredTaskSeries record = *store().get(localId);
        QCOMPARE(record.local.name, QStringLiteral("изменено во время синхронизации"));
        QCOMPARE(record.state, SyncState::Modified);
        QCOMPARE(record.base->name, QStringLiteral("отправлено"));
        QVERIFY(record.local.seriesId != kTaskOne); // the server's new identity even so
        QVERIFY(m_server.resetFaults());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(adminSeries(store().get(localId)->local.seriesId).value(QStringLiteral("series")).toObject()
                     .value(QStringLiteral("name")).toString(),
                 QStringLiteral("изменено во время синхронизации"));
    }

    void newStepsEditedDuringTheSyncKeepTheirServerIds()
    {
        QCOMPARE(sync().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.steps.append(newStep(QStringLiteral("Склад"))); }));
        // While the PUT is out, the new step is renamed and moved first, and one more step is added.
        const SyncReport report = syncEditingWhileThePutIsOut(localId, [](TaskSeries &later) {
            Step moved = later.steps.takeLast();
            moved.name = QStringLiteral("Склад, ворота");
            later.steps.prepend(moved);
            later.steps.append(newStep(QStringLiteral("Гараж")));
        });
        QCOMPARE(report.pushedUpdated, 1);
        StoredTaskSeries record = *store().get(localId);
        QCOMPARE(record.state, SyncState::Modified);
        const QString seriesId = record.local.seriesId;
        const auto onServer = serverSteps(seriesId);
        QCOMPARE(onServer.size(), 2);
        QCOMPARE(onServer.at(1).first, QStringLiteral("Склад"));
        // The edited step carries the id the server gave it; the one added later has none yet.
        QCOMPARE(record.local.steps.size(), 3);
        QCOMPARE(record.local.steps.at(0).name, QStringLiteral("Склад, ворота"));
        QCOMPARE(record.local.steps.at(0).seriesId, onServer.at(1).second);
        QVERIFY(!record.local.steps.at(0).actions.at(0).seriesId.isEmpty());
        QCOMPARE(record.local.steps.at(1).seriesId, kTaskOneStep);
        QVERIFY(record.local.steps.at(2).seriesId.isEmpty());

        // The next sync sends the rename as a rename, not as a new step.
        QVERIFY(m_server.resetFaults());
        QCOMPARE(sync().exitCode(), 0);
        record = *store().get(localId);
        QCOMPARE(record.state, SyncState::Clean);
        const auto after = serverSteps(record.local.seriesId);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(0), qMakePair(QStringLiteral("Склад, ворота"), onServer.at(1).second));
        QCOMPARE(after.at(1).second, kTaskOneStep);
        QCOMPARE(after.at(2).first, QStringLiteral("Гараж"));
    }

    void putThatWentThroughIsRecognisedByTheNextSync()
    {
        QCOMPARE(sync().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) {
            s.name = QStringLiteral("ответ потерян");
            s.steps.append(newStep(QStringLiteral("Склад")));
        }));
        // The PUT is carried out, its answer lost, and no retry is left in this sync.
        QVERIFY(m_server.faults(QStringLiteral("drop-next=1@PUT")));
        SyncReport report = sync({}, 30000, 1);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(store().get(localId)->state, SyncState::Modified);
        QCOMPARE(logged(SyncLogLevel::Error).size(), 1);
        // Edited again before the next sync: the new step is renamed.
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.steps.last().name = QStringLiteral("Склад №2"); }));

        QVERIFY(m_server.resetFaults());
        QVERIFY(m_server.resetStats());
        report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 0);
        const StoredTaskSeries record = *store().get(localId);
        QCOMPARE(record.state, SyncState::Clean);
        QVERIFY(record.seriesIdHistory.contains(kTaskOne));
        // One split for the lost PUT, one for the rename; the step is the same step throughout.
        const QString first = adminSeries(kTaskOne).value(QStringLiteral("successorId")).toString();
        QCOMPARE(adminSeries(first).value(QStringLiteral("successorId")).toString(), record.local.seriesId);
        const auto steps = serverSteps(record.local.seriesId);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(1).first, QStringLiteral("Склад №2"));
        QCOMPARE(steps.at(1).second, serverSteps(first).at(1).second);
        QCOMPARE(record.local.steps.at(1).seriesId, steps.at(1).second);
        QCOMPARE(store().count(true), 2);
    }
};

QTEST_GUILESS_MAIN(TestSeriesSyncPush)
#include "tst_seriessync_push.moc"
