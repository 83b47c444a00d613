// Defects the torture test found, each replayed on its own against the reference server:
// a conflict that waits for the user costs a full read on every sync; the first sync after a
// series PUT read that series again; an edit back to the synced copy after a PATCH whose
// answer never came lost to the values that PATCH had left on the server. And where the two
// kinds answered the same situation differently: a series PUT whose answer was lost, a
// refused record merged with another client's change.
#include "SyncTest.h"
#include "SeriesBuilder.h"

#include "sync/ConflictResolver.h"
#include "sync/ServiceTaskSync.h"
#include "sync/TaskSeriesSync.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Seed;
using namespace Requests;

class TestSyncDefects : public SyncTest
{
    Q_OBJECT

public:
    TestSyncDefects() : SyncTest(QStringLiteral("defects-")) {}

private:
    bool renameTaskHere(const QString &uuid, const QString &name)
    {
        ServiceTask mine = task(uuid).local;
        mine.name = name;
        return m_ws->serviceTasks().saveLocal(task(uuid).localId, mine);
    }

    // A sync whose PATCH (or `verb`) of a task the server carries out, holding its answer;
    // the user cancels once the server has `name`. No faults are left behind.
    SyncReport cancelOnceThePatchLanded(const QString &name, const QString &verb = QStringLiteral("PATCH"),
                                        const QString &uuid = kSeedId)
    {
        if (!m_server.faults(QStringLiteral("hang-next=1:20000@%1/rest/v1/service/svctasks").arg(verb)))
            return SyncReport();
        const SyncReport report = syncTasks([this, name, uuid](ServiceTaskSync &engine) {
            connect(&engine, &ServiceTaskSync::phaseChanged, &engine, [this, name, uuid, &engine](const QString &phase) {
                if (phase != ServiceTaskSync::tr("Pushing service tasks"))
                    return;
                QTimer::singleShot(0, &engine, [this, name, uuid, &engine] {
                    QTRY_COMPARE_WITH_TIMEOUT(m_server.svctask(uuid).value(QStringLiteral("name")).toString(), name, 10000);
                    engine.cancel();
                });
            });
        });
        m_server.resetFaults();
        return report;
    }

    // The seed task synced, deleted here, its DELETE refused before it was carried out
    // (every attempt), then the delete undone; its local id (0 when a step failed).
    qint64 undoADeleteThatDidNotReachTheServer()
    {
        const bool synced = syncTasks().exitCode() == 0;
        const qint64 localId = task(kSeedId).localId;
        const ServiceTask before = task(kSeedId).local;
        const bool sent = synced && m_ws->serviceTasks().remove(localId)
                          && m_server.faults(QStringLiteral("error=503:1@DELETE/rest/v1/service/svctasks"))
                          && syncTasks().failed > 0 && m_server.resetFaults();
        const bool there = sent && m_server.admin("GET", QStringLiteral("svctasks/") + kSeedId) == 200;
        return there && m_ws->serviceTasks().saveLocal(localId, before) ? localId : 0; // what the undo writes
    }

    // A sync whose PUT of the series kTaskOne the server carries out with its answer lost,
    // tried once: the record is left with its push attempted. The series the PUT made.
    QString loseThePutAnswer(qint64 localId)
    {
        HttpOptions once = SyncRun::quickRetries();
        once.maxAttempts = 1;
        if (!m_server.faults(QStringLiteral("drop-next=1@PUT")))
            return QString();
        // How the lost answer ends the sync (failed, or the server taken for unreachable) is
        // the transport's business: what counts is that the PUT went out and landed.
        const SyncReport report = syncSeries({}, 50, once);
        m_server.resetFaults();
        const auto record = m_ws->series().get(localId);
        if (!record || !record->pushAttempted) {
            qWarning() << "no PUT left unanswered: exit" << report.exitCode() << "failed" << report.failed << "state"
                       << (record ? int(record->state) : -1) << "PUT requests" << m_server.stats().value(kSeriesPut).toInt();
            return QString();
        }
        return adminSeries(kTaskOne).value(QStringLiteral("successorId")).toString();
    }

    QJsonObject adminSeries(const QString &seriesId)
    {
        QJsonObject answer;
        m_server.admin("GET", QStringLiteral("series/") + seriesId, {}, &answer);
        return answer;
    }

    QJsonObject serverSeries(const QString &seriesId) { return adminSeries(seriesId).value(QStringLiteral("series")).toObject(); }

    bool editSeriesHere(qint64 localId, const std::function<void(TaskSeries &)> &change)
    {
        TaskSeries local = m_ws->series().get(localId)->local;
        change(local);
        return m_ws->series().saveLocal(localId, local);
    }

    // The requests of the last sync other than list pages, as "count × request".
    QStringList requestsBesides(const QStringList &lists)
    {
        QStringList sent;
        const QJsonObject stats = m_server.stats();
        for (auto it = stats.constBegin(); it != stats.constEnd(); ++it)
            if (it.key() != QLatin1String("total") && !lists.contains(it.key()) && it.value().toInt() > 0)
                sent.append(QStringLiteral("%1 × %2").arg(it.value().toInt()).arg(it.key()));
        return sent;
    }

    // How many series named `name` the server lists (each once, however many executions).
    int seriesOnServerNamed(const QString &name)
    {
        QSet<QString> ids;
        const QJsonArray items = m_server.api("GET", QStringLiteral("/task-executions/info")).array();
        for (const QJsonValue &item : items)
            if (item.toObject().value(QStringLiteral("name")).toString() == name)
                ids.insert(item.toObject().value(QStringLiteral("seriesId")).toString());
        return int(ids.size());
    }

    // A new series whose POST the server carries out, holding its answer; the user cancels
    // the sync once the server lists it. No faults are left behind.
    qint64 createSeriesWithItsAnswerLost(const QString &name)
    {
        const auto localId = m_ws->series().create(SeriesBuilder::newRound(name, QStringLiteral("2031-05-01T06:00:00.000Z"),
                                                                           QStringLiteral("2031-05-01T08:00:00.000Z")));
        if (!localId || !m_server.faults(QStringLiteral("hang-next=1:20000@POST/task-executions")))
            return 0;
        const SyncReport report = syncSeries([this, name](TaskSeriesSync &engine) {
            connect(&engine, &TaskSeriesSync::phaseChanged, &engine, [this, name, &engine](const QString &phase) {
                if (phase != TaskSeriesSync::tr("Pushing series"))
                    return;
                QTimer::singleShot(0, &engine, [this, name, &engine] {
                    QTRY_COMPARE_WITH_TIMEOUT(seriesOnServerNamed(name), 1, 10000);
                    engine.cancel();
                });
            });
        });
        m_server.resetFaults();
        return report.cancelled ? *localId : 0;
    }

private slots:
    void aWaitingTaskConflictIsNotReadAgain()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        QVERIFY(renameTaskHere(kSeedId, QStringLiteral("Моё имя")));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("Их имя")}}));
        syncTasks();
        QCOMPARE(task(kSeedId).state, SyncState::Conflict);

        // The conflict waits and the server's copy has not moved: the lists only.
        QVERIFY(m_server.resetStats());
        QCOMPARE(syncTasks().conflicts, 1);
        QCOMPARE(requestsBesides({kTaskList}), QStringList());

        // Changed there again: read once, the user decides against the newest copy.
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("Их новое имя")}}));
        QVERIFY(m_server.resetStats());
        syncTasks();
        QCOMPARE(m_server.stats().value(kTaskRead).toInt(), 1);
        QCOMPARE(task(kSeedId).remote->name, QStringLiteral("Их новое имя"));
        QCOMPARE(task(kSeedId).local.name, QStringLiteral("Моё имя"));
        QVERIFY(m_server.resetStats());
        syncTasks();
        QCOMPARE(requestsBesides({kTaskList}), QStringList());
    }

    void aWaitingSeriesConflictIsNotReadAgain()
    {
        QCOMPARE(syncSeries().exitCode(), 0);
        StoredTaskSeries record = seriesNamed(QStringLiteral("task 1"));
        QVERIFY(record.localId > 0);
        record.local.name = QStringLiteral("Моё имя");
        QVERIFY(m_ws->series().saveLocal(record.localId, record.local));
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("name"), QStringLiteral("Их имя")}}), 200);
        syncSeries();
        QCOMPARE(m_ws->series().get(record.localId)->state, SyncState::Conflict);

        QVERIFY(m_server.resetStats());
        QCOMPARE(syncSeries().conflicts, 1);
        QCOMPARE(requestsBesides({kSeriesList}), QStringList());

        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("name"), QStringLiteral("Их новое имя")}}), 200);
        QVERIFY(m_server.resetStats());
        syncSeries();
        QCOMPARE(m_server.stats().value(kSeriesRead).toInt(), 1);
        QCOMPARE(m_ws->series().get(record.localId)->remote->name, QStringLiteral("Их новое имя"));
        QCOMPARE(m_ws->series().get(record.localId)->local.name, QStringLiteral("Моё имя"));
    }

    void theSyncAfterASeriesPutSendsListsOnly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("one execution") << QStringLiteral("task 1");
        QTest::newRow("recurring") << QStringLiteral("Обход периметра");
    }

    void theSyncAfterASeriesPutSendsListsOnly()
    {
        QFETCH(QString, name);
        QCOMPARE(syncSeries().exitCode(), 0);
        StoredTaskSeries record = seriesNamed(name);
        QVERIFY(record.localId > 0);
        record.local.description = QStringLiteral("правка здесь");
        QVERIFY(m_ws->series().saveLocal(record.localId, record.local));
        QVERIFY(m_server.resetStats());
        QCOMPARE(syncSeries().pushedUpdated, 1);
        QCOMPARE(m_server.stats().value(kSeriesPut).toInt(), 1);

        QVERIFY(m_server.resetStats());
        const SyncReport again = syncSeries();
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(requestsBesides({kSeriesList}), QStringList());
        QCOMPARE(m_ws->series().get(record.localId)->state, SyncState::Clean);
    }

    void anEditBackAfterACancelledPatchThatLandedIsSent()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        const QString synced = task(kSeedId).local.name;
        QVERIFY(renameTaskHere(kSeedId, QStringLiteral("отправлено")));
        QVERIFY(cancelOnceThePatchLanded(QStringLiteral("отправлено")).cancelled);

        // The user goes back to the synced name: that is the newest write, and it must win.
        QVERIFY(renameTaskHere(kSeedId, synced));
        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(task(kSeedId).local.name, synced);
        QCOMPARE(task(kSeedId).state, SyncState::Clean);
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(), synced);
    }

    void anotherClientsWriteAfterAnUnansweredPatchIsAConflict()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        const QString synced = task(kSeedId).local.name;
        QVERIFY(renameTaskHere(kSeedId, QStringLiteral("не дошло")));
        // Refused before it is carried out, every attempt: the server keeps its name.
        QVERIFY(m_server.faults(QStringLiteral("error=503:1@PATCH/rest/v1/service/svctasks")));
        QVERIFY(syncTasks().failed > 0);
        QVERIFY(m_server.resetFaults());
        // Another client renames it meanwhile; the user goes back to the synced name.
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("другой клиент")}}));
        QVERIFY(renameTaskHere(kSeedId, synced));
        syncTasks();
        // Which write came last cannot be told: the user decides, nothing is lost silently.
        QCOMPARE(task(kSeedId).state, SyncState::Conflict);
        QCOMPARE(task(kSeedId).local.name, synced);
        QCOMPARE(task(kSeedId).remote->name, QStringLiteral("другой клиент"));
    }

    void aPatchThatLandedWithItsAnswerLostIsTakenAsSent()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        QVERIFY(renameTaskHere(kSeedId, QStringLiteral("отправлено")));
        QVERIFY(cancelOnceThePatchLanded(QStringLiteral("отправлено")).cancelled);
        // Another client changes another field: both survive, nothing is sent twice.
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("intervalsec"), 120}}));
        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(task(kSeedId).state, SyncState::Clean);
        QCOMPARE(task(kSeedId).local.name, QStringLiteral("отправлено"));
        QCOMPARE(task(kSeedId).local.intervalSec, 120);
        QVERIFY(!task(kSeedId).pushAttempted);
    }

    // Found by the torture test (seed 22): a create whose answer was lost, then changed on the
    // server by another client, was merged against the server's copy as its base, and the
    // next sync PATCHed the other client's change away.
    void anotherClientsEditOfALostCreateIsKept()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        ServiceTask created;
        created.name = QStringLiteral("создано здесь");
        created.scriptCode = QStringLiteral("report");
        const qint64 localId = *m_ws->serviceTasks().create(created);
        const QString uuid = m_ws->serviceTasks().get(localId)->local.id;
        QVERIFY(cancelOnceThePatchLanded(created.name, QStringLiteral("POST"), uuid).cancelled);
        QVERIFY(m_server.changeSvctask(uuid, {{QStringLiteral("intervalsec"), 900}}));

        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(m_server.svctask(uuid).value(QStringLiteral("intervalsec")).toInt(), 900);
        QCOMPARE(task(uuid).local.intervalSec, 900);
        QCOMPARE(task(uuid).state, SyncState::Clean);
    }

    // Torture seeds 164, 206, 269, 446, 464: an edit undone before any sync puts the field
    // back to the synced value, so there is no local change left; another client's change of
    // that field made meanwhile is taken, never overwritten by the undone value, no conflict.
    void anUndoneTaskEditLeavesAnotherClientsChange()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        const QString synced = task(kSeedId).local.name;
        QVERIFY(renameTaskHere(kSeedId, QStringLiteral("передумал")));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("другой клиент")}}));
        QVERIFY(renameTaskHere(kSeedId, synced)); // what the undo writes
        QVERIFY(m_server.resetStats());
        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(task(kSeedId).state, SyncState::Clean);
        QCOMPARE(task(kSeedId).local.name, QStringLiteral("другой клиент"));
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(), QStringLiteral("другой клиент"));
        QVERIFY(!requestsBesides({kTaskList}).join(QLatin1Char(' ')).contains(QLatin1String("PATCH")));
    }

    void anUndoneSeriesEditLeavesAnotherClientsChange()
    {
        QCOMPARE(syncSeries().exitCode(), 0);
        StoredTaskSeries record = seriesNamed(QStringLiteral("task 1"));
        QVERIFY(record.localId > 0);
        const TaskSeries synced = record.local;
        record.local.name = QStringLiteral("передумал");
        QVERIFY(m_ws->series().saveLocal(record.localId, record.local));
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("name"), QStringLiteral("другой клиент")}}), 200);
        QVERIFY(m_ws->series().saveLocal(record.localId, synced)); // what the undo writes
        QVERIFY(m_server.resetStats());
        QCOMPARE(syncSeries().exitCode(), 0);
        const auto after = m_ws->series().get(record.localId);
        QCOMPARE(after->state, SyncState::Clean);
        QCOMPARE(after->local.name, QStringLiteral("другой клиент"));
        QCOMPARE(m_server.stats().value(kSeriesPut).toInt(), 0);
    }

    // Torture seeds 271, 324, 426, 488, 505: a series split by a PUT of ours, then deleted on
    // the server by another client. The ended part the split left is still listed there;
    // once the record was gone it was pulled as a series nobody made, on the next sync.
    void theEndedPartOfASplitSeriesDeletedThereIsNotPulled()
    {
        QCOMPARE(syncSeries().exitCode(), 0);
        const int before = int(m_ws->series().all(true).size());
        StoredTaskSeries record = seriesNamed(QStringLiteral("Обход периметра"));
        QVERIFY(record.localId > 0);
        // Its first execution is done: a PUT splits the series after it, and that ended part
        // stays listed under the old seriesId.
        QJsonObject stored;
        QCOMPARE(m_server.admin("GET", QStringLiteral("series/") + record.local.seriesId, {}, &stored), 200);
        const QString first = stored.value(QStringLiteral("executions")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("executions/") + first, {{QStringLiteral("state"), QStringLiteral("COMPLETED")}}), 200);
        QCOMPARE(syncSeries().exitCode(), 0);
        record = *m_ws->series().get(record.localId);
        record.local.description = QStringLiteral("правка здесь");
        QVERIFY(m_ws->series().saveLocal(record.localId, record.local));
        QCOMPARE(syncSeries().pushedUpdated, 1);
        const QString live = m_ws->series().get(record.localId)->local.seriesId;
        QCOMPARE(m_server.admin("DELETE", QStringLiteral("series/") + live), 204);

        QCOMPARE(syncSeries().remoteDeleted, 1);
        QVERIFY(!m_ws->series().get(record.localId));
        QVERIFY(m_server.resetStats());
        const SyncReport again = syncSeries();
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(again.pulledNew, 0);
        QCOMPARE(int(m_ws->series().all(true).size()), before - 1);
        QCOMPARE(requestsBesides({kSeriesList}), QStringList());
    }

    // A series PUT whose answer was lost landed; the user renamed the series again, another
    // client changed its description there. The newer name is sent and the other client's
    // description taken: no conflict with the name the PUT itself wrote (as for a task's PATCH).
    void aNewerEditAfterALostSeriesPutIsSentBesideAnotherClientsChange()
    {
        QCOMPARE(syncSeries().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        QVERIFY(editSeriesHere(localId, [](TaskSeries &s) { s.name = QStringLiteral("отправлено"); }));
        const QString split = loseThePutAnswer(localId);
        QVERIFY(!split.isEmpty());
        QCOMPARE(serverSeries(split).value(QStringLiteral("name")).toString(), QStringLiteral("отправлено"));
        QVERIFY(editSeriesHere(localId, [](TaskSeries &s) { s.name = QStringLiteral("новее"); }));
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + split, {{QStringLiteral("description"), QStringLiteral("другой клиент")}}), 200);

        QCOMPARE(syncSeries().exitCode(), 0);
        const StoredTaskSeries after = *m_ws->series().get(localId);
        QCOMPARE(after.state, SyncState::Clean);
        QCOMPARE(after.local.name, QStringLiteral("новее"));
        QCOMPARE(after.local.description.value_or(QString()), QStringLiteral("другой клиент"));
        const QJsonObject there = serverSeries(after.local.seriesId);
        QCOMPARE(there.value(QStringLiteral("name")).toString(), QStringLiteral("новее"));
        QCOMPARE(there.value(QStringLiteral("description")).toString(), QStringLiteral("другой клиент"));
    }

    // The same lost PUT; the user put the name back to the synced one: that is the newest
    // write and it is sent, not lost to the name the PUT left there.
    void anEditBackAfterALostSeriesPutIsSent()
    {
        QCOMPARE(syncSeries().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        const QString synced = series(kTaskOne).local.name;
        QVERIFY(editSeriesHere(localId, [](TaskSeries &s) { s.name = QStringLiteral("отправлено"); }));
        const QString split = loseThePutAnswer(localId);
        QVERIFY(!split.isEmpty());
        QVERIFY(editSeriesHere(localId, [synced](TaskSeries &s) { s.name = synced; }));
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + split, {{QStringLiteral("description"), QStringLiteral("другой клиент")}}), 200);

        QCOMPARE(syncSeries().exitCode(), 0);
        const StoredTaskSeries after = *m_ws->series().get(localId);
        QCOMPARE(after.state, SyncState::Clean);
        QCOMPARE(after.local.name, synced);
        const QJsonObject there = serverSeries(after.local.seriesId);
        QCOMPARE(there.value(QStringLiteral("name")).toString(), synced);
        QCOMPARE(there.value(QStringLiteral("description")).toString(), QStringLiteral("другой клиент"));
    }

    // A lost PUT that added a step landed; another client changed the description since.
    // The step the server made is the one added here, not a second one of the same name.
    void aStepAddedByALostSeriesPutIsNotAddedTwice()
    {
        QCOMPARE(syncSeries().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        const int before = int(series(kTaskOne).local.steps.size());
        QVERIFY(editSeriesHere(localId, [](TaskSeries &s) {
            s.steps.append(SeriesBuilder::step(QStringLiteral("Склад"), {SeriesBuilder::action(QStringLiteral("отметка"))}));
        }));
        const QString split = loseThePutAnswer(localId);
        QVERIFY(!split.isEmpty());
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + split, {{QStringLiteral("description"), QStringLiteral("другой клиент")}}), 200);

        QCOMPARE(syncSeries().exitCode(), 0);
        const StoredTaskSeries after = *m_ws->series().get(localId);
        QCOMPARE(after.state, SyncState::Clean);
        QCOMPARE(int(after.local.steps.size()), before + 1);
        QVERIFY(!after.local.steps.last().seriesId.isEmpty());
        QCOMPARE(after.local.description.value_or(QString()), QStringLiteral("другой клиент"));
        QCOMPARE(serverSeries(after.local.seriesId).value(QStringLiteral("steps")).toArray().size(), before + 1);
    }

    // A refused series: the refusal was of its old content. Merged cleanly with another
    // client's change, the new content is sent (as a task's is).
    void aRefusedSeriesMergedWithAnotherClientsChangeIsSentAgain()
    {
        QCOMPARE(syncSeries().exitCode(), 0);
        const qint64 localId = series(kTaskOne).localId;
        QVERIFY(editSeriesHere(localId, [](TaskSeries &s) { s.name = QStringLiteral("отказ"); }));
        QVERIFY(m_server.faults(QStringLiteral("error-next=400:1@PUT")));
        QCOMPARE(syncSeries().exitCode(), 1);
        QCOMPARE(m_ws->series().get(localId)->state, SyncState::Error);
        QCOMPARE(m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("description"), QStringLiteral("другой клиент")}}), 200);

        QCOMPARE(syncSeries().exitCode(), 0);
        const StoredTaskSeries after = *m_ws->series().get(localId);
        QCOMPARE(after.state, SyncState::Clean);
        QVERIFY(after.syncError.isEmpty());
        const QJsonObject there = serverSeries(after.local.seriesId);
        QCOMPARE(there.value(QStringLiteral("name")).toString(), QStringLiteral("отказ"));
        QCOMPARE(there.value(QStringLiteral("description")).toString(), QStringLiteral("другой клиент"));
    }

    // A refused task read again with nothing of it changed there (another client's write of
    // the same values): what was refused is not sent again by itself, it waits for an edit
    // (as a series does).
    void aRefusedTaskReadAgainUnchangedIsNotSentAgain()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        const QString synced = task(kSeedId).local.name;
        QVERIFY(renameTaskHere(kSeedId, QStringLiteral("отказ")));
        QVERIFY(m_server.faults(QStringLiteral("error-next=400:1@PATCH/rest/v1/service/svctasks")));
        QCOMPARE(syncTasks().exitCode(), 1);
        QCOMPARE(task(kSeedId).state, SyncState::Error);
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), synced}})); // a new ext.lwt only
        QVERIFY(m_server.resetStats());

        syncTasks();
        QCOMPARE(task(kSeedId).state, SyncState::Error);
        QCOMPARE(task(kSeedId).local.name, QStringLiteral("отказ"));
        QVERIFY(task(kSeedId).syncError.contains(QLatin1String("400")));
        QVERIFY(!requestsBesides({kTaskList}).join(QLatin1Char(' ')).contains(QLatin1String("PATCH")));
    }

    // Torture seed 896, ordered: another client changed a task's comment, the user its title;
    // the sync lists the task as changed there, but its read fails (each attempt). PATCHed
    // against the copy read before, with `opts` whole, it put the old comment back there and
    // the answer made that the synced copy here: lost on both sides, silently. Now the task
    // waits for the sync that reads it, and merges then. (A series is read again
    // right before its PUT, so it cannot be sent blind.) Data: the same with the name changed
    // on both sides, which must be a conflict, not the user's name written over theirs.
    void aTaskWhoseChangedCopyCouldNotBeReadIsNotSentBlind_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("comment there, title here") << QStringLiteral("comment");
        QTest::newRow("name on both sides") << QStringLiteral("name");
    }

    void aTaskWhoseChangedCopyCouldNotBeReadIsNotSentBlind()
    {
        QFETCH(QString, field);
        QCOMPARE(syncTasks().exitCode(), 0);
        ServiceTask mine = task(kSeedId).local;
        const bool sameField = field == QLatin1String("name");
        if (sameField)
            mine.name = QStringLiteral("имя здесь");
        else
            mine.setTitle(QStringLiteral("заголовок здесь"));
        QVERIFY(m_ws->serviceTasks().saveLocal(task(kSeedId).localId, mine));
        const QJsonObject theirs = sameField ? QJsonObject{{QStringLiteral("name"), QStringLiteral("другой клиент")}}
            : QJsonObject{{QStringLiteral("opts"), QJsonObject{{QStringLiteral("comment"), QStringLiteral("другой клиент")}}}};
        QVERIFY(m_server.changeSvctask(kSeedId, theirs));
        QVERIFY(m_server.faults(QStringLiteral("error=500:1@GET/rest/v1/service/svctasks/")));
        syncTasks();
        QVERIFY(m_server.resetFaults());
        syncTasks();

        const QJsonObject there = m_server.svctask(kSeedId);
        const QString theirValue = sameField ? there.value(QStringLiteral("name")).toString()
            : there.value(QStringLiteral("opts")).toObject().value(QStringLiteral("comment")).toString();
        QCOMPARE(theirValue, QStringLiteral("другой клиент"));
        if (sameField) {
            QCOMPARE(task(kSeedId).state, SyncState::Conflict);
            QCOMPARE(task(kSeedId).local.name, QStringLiteral("имя здесь"));
        } else {
            QCOMPARE(task(kSeedId).state, SyncState::Clean);
            QCOMPARE(task(kSeedId).local.comment(), QStringLiteral("другой клиент"));
            QCOMPARE(there.value(QStringLiteral("opts")).toObject().value(QStringLiteral("title")).toString(),
                     QStringLiteral("заголовок здесь"));
        }
    }

    // The same loss without a failed read: another client writes a task's comment while our
    // PATCH of its title is on its way (it waits at the server). The PATCH carries `opts` whole, with
    // the comment as it was read, so it puts the old comment back there, and its answer makes
    // that the synced copy here: the other client's comment is lost on both sides, silently.
    void anotherClientsCommentWrittenWhileATitlePatchIsOutIsKept()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        ServiceTask mine = task(kSeedId).local;
        const QString before = mine.comment();
        mine.setTitle(QStringLiteral("заголовок здесь"));
        QVERIFY(m_ws->serviceTasks().saveLocal(task(kSeedId).localId, mine));
        QVERIFY(m_server.faults(QStringLiteral("delay=1500@PATCH/rest/v1/service/svctasks")));
        QVERIFY(m_server.resetStats());
        bool written = false;
        syncTasks([this, &written](ServiceTaskSync &engine) {
            connect(&engine, &ServiceTaskSync::phaseChanged, &engine, [this, &engine, &written](const QString &phase) {
                if (phase != ServiceTaskSync::tr("Pushing service tasks"))
                    return;
                QTimer::singleShot(0, &engine, [this, &written] {
                    // The PATCH has reached the server and waits there.
                    QTRY_COMPARE_WITH_TIMEOUT(m_server.stats().value(QStringLiteral("PATCH /rest/v1/service/svctasks/{id}")).toInt(), 1, 10000);
                    written = m_server.changeSvctask(kSeedId, {{QStringLiteral("opts"), QJsonObject{{QStringLiteral("comment"), QStringLiteral("другой клиент")}}}});
                });
            });
        });
        QVERIFY(m_server.resetFaults());
        QVERIFY(written);
        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(task(kSeedId).local.title(), QStringLiteral("заголовок здесь"));
        QVERIFY(before != QStringLiteral("другой клиент"));
        // Known, not fixed here (ServiceTaskSync builds the PATCH): send only the changed
        // keys of `opts`, which the server merges key by key.
        QEXPECT_FAIL("", "a PATCH sends opts whole: a comment written meanwhile is put back", Abort);
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("opts")).toObject().value(QStringLiteral("comment")).toString(),
                 QStringLiteral("другой клиент"));
        QCOMPARE(task(kSeedId).local.comment(), QStringLiteral("другой клиент"));
    }

    // Torture seed 1770: a delete sent by a sync the user cancels reaches the server (its
    // answer never comes), then the user undoes the delete. The record is back here as its
    // synced copy, so the next sync removed it as deleted on the server: the undo was lost
    // with nothing to decide. Whether the delete there is ours (which the undo overrides) or
    // another client's cannot be told: it is a "deleted on the server" conflict, and keeping
    // the record creates it there again.
    void anUndoneDeleteThatReachedTheServerIsNotDroppedHere()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        const qint64 localId = task(kSeedId).localId;
        const ServiceTask before = task(kSeedId).local;
        QVERIFY(m_ws->serviceTasks().remove(localId));
        QVERIFY(m_server.faults(QStringLiteral("hang-next=1:20000@DELETE/rest/v1/service/svctasks")));
        const SyncReport cancelled = syncTasks([this](ServiceTaskSync &engine) {
            connect(&engine, &ServiceTaskSync::phaseChanged, &engine, [this, &engine](const QString &phase) {
                if (phase != ServiceTaskSync::tr("Pushing service tasks"))
                    return;
                QTimer::singleShot(0, &engine, [this, &engine] {
                    QTRY_COMPARE_WITH_TIMEOUT(m_server.admin("GET", QStringLiteral("svctasks/") + kSeedId), 404, 10000);
                    engine.cancel();
                });
            });
        });
        QVERIFY(m_server.resetFaults());
        QVERIFY(cancelled.cancelled);
        QVERIFY(m_ws->serviceTasks().saveLocal(localId, before)); // what the undo writes

        syncTasks();
        const auto kept = m_ws->serviceTasks().get(localId);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->state, SyncState::Conflict);
        QCOMPARE(kept->conflictKind, ConflictKind::DeletedThere);
        QCOMPARE(kept->local.name, before.name);

        // The operator keeps it: the next sync creates it on the server again.
        ConflictResolver resolver(*m_ws);
        const QVector<ConflictRecord> conflicts = resolver.records();
        QCOMPARE(conflicts.size(), 1);
        QString error;
        QVERIFY2(resolver.applySide(conflicts.first(), ConflictResolver::Side::Mine, &error), qPrintable(error));
        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(task(kSeedId).state, SyncState::Clean);
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(), before.name);
    }

    // The undo comes while the DELETE is on its way (it waits at the server), and the DELETE
    // then lands: its answer removed the record here, restored or not, and the undo was lost.
    void aDeleteUndoneWhileItsDeleteIsOutIsNotDropped()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        const qint64 localId = task(kSeedId).localId;
        const ServiceTask before = task(kSeedId).local;
        QVERIFY(m_ws->serviceTasks().remove(localId));
        QVERIFY(m_server.faults(QStringLiteral("delay=1500@DELETE/rest/v1/service/svctasks")));
        QVERIFY(m_server.resetStats());
        bool undone = false;
        syncTasks([this, localId, before, &undone](ServiceTaskSync &engine) {
            connect(&engine, &ServiceTaskSync::phaseChanged, &engine, [this, localId, before, &engine, &undone](const QString &phase) {
                if (phase != ServiceTaskSync::tr("Pushing service tasks"))
                    return;
                QTimer::singleShot(0, &engine, [this, localId, before, &undone] {
                    QTRY_COMPARE_WITH_TIMEOUT(m_server.stats().value(QStringLiteral("DELETE /rest/v1/service/svctasks/{id}")).toInt(), 1, 10000);
                    undone = m_ws->serviceTasks().saveLocal(localId, before); // what the undo writes
                });
            });
        });
        QVERIFY(m_server.resetFaults());
        QVERIFY(undone);
        QCOMPARE(m_server.admin("GET", QStringLiteral("svctasks/") + kSeedId), 404);
        const auto kept = m_ws->serviceTasks().get(localId);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->state, SyncState::Conflict);
        QCOMPARE(kept->conflictKind, ConflictKind::DeletedThere);
        QCOMPARE(kept->local.name, before.name);
    }

    // The same delete undone, but its DELETE never reached the server (refused before it
    // was carried out, every attempt): the record is still there, and the undo leaves it
    // as it was, synced; another client's later change is taken as for any synced record.
    void anUndoneDeleteThatDidNotReachTheServerStaysSynced()
    {
        QVERIFY(undoADeleteThatDidNotReachTheServer() > 0);
        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(task(kSeedId).state, SyncState::Clean);
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("другой клиент")}}));
        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(task(kSeedId).state, SyncState::Clean);
        QCOMPARE(task(kSeedId).local.name, QStringLiteral("другой клиент"));
    }

    // As above, and another client then deletes it. The DELETE's note (kept so that an undo
    // after a DELETE that landed is a conflict) stayed while the listing showed the record
    // unchanged, so that delete became a false "changed here, deleted on the server"
    // conflict. A listing that shows the record says the DELETE did not land: the note goes.
    void anUndoneDeleteThatDidNotReachTheServerGoesWithAnotherClientsDelete()
    {
        const qint64 localId = undoADeleteThatDidNotReachTheServer();
        QVERIFY(localId > 0);
        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(task(kSeedId).state, SyncState::Clean);
        QVERIFY(m_server.deleteSvctask(kSeedId));
        const SyncReport report = syncTasks();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.remoteDeleted, 1);
        QVERIFY(!m_ws->serviceTasks().get(localId));
    }

    // A first pull of 10 000 records wrote 10 000 "Received new" lines: the first 20 are
    // named, the rest said in one line; other lines stay one a record.
    void aLargeFirstPullNamesTheFirstNewRecordsOnly()
    {
        QJsonObject answer;
        QCOMPARE(m_server.admin("POST", QStringLiteral("generate"),
                                {{QStringLiteral("svctasks"), 25}, {QStringLiteral("series"), 25}, {QStringLiteral("seed"), 7}},
                                &answer) / 100, 2);
        QStringList lines;
        const auto keep = [&lines](SyncEngine &engine) {
            connect(&engine, &SyncEngine::logLine, &engine, [&lines](SyncLogLevel, const QString &line) { lines.append(line); });
        };
        const SyncReport tasks = syncTasks([&keep](ServiceTaskSync &engine) { keep(engine); });
        QCOMPARE(tasks.exitCode(), 0);
        QCOMPARE(tasks.pulledNew, 3 + 25);
        QCOMPARE(lines.filter(QStringLiteral("Received new: ")).size(), 20);
        QCOMPARE(lines.filter(QStringLiteral("Received 8 more new service task(s), not named one by one.")).size(), 1);

        lines.clear();
        const SyncReport series = syncSeries([&keep](TaskSeriesSync &engine) { keep(engine); });
        QCOMPARE(series.exitCode(), 0);
        QCOMPARE(series.pulledNew, 2 + 25);
        QCOMPARE(lines.filter(QStringLiteral("Received new: ")).size(), 20);
        QCOMPARE(lines.filter(QStringLiteral("Received 7 more new series, not named one by one.")).size(), 1);
    }

    // A series deleted here while its POST is out (the answer never came): it was dropped at
    // once, so when the create had landed the next pull brought it back as a new series, and
    // the delete was lost. It stays deleted, the pull takes the landed create as its own, and
    // since TARGPatrol has no request that deletes a series, the record says to delete it there.
    void aSeriesDeletedWhileItsCreateIsOutIsNotPulledBack()
    {
        QCOMPARE(syncSeries().exitCode(), 0);
        const int before = int(m_ws->series().all(true).size());
        const QString name = QStringLiteral("удалён до ответа");
        const qint64 localId = createSeriesWithItsAnswerLost(name);
        QVERIFY(localId > 0);
        QVERIFY(m_ws->series().get(localId)->pushAttempted);
        QVERIFY(m_ws->series().remove(localId));

        const SyncReport report = syncSeries();
        QCOMPARE(report.pulledNew, 0);
        QCOMPARE(int(m_ws->series().all(true).size()), before + 1);
        const auto record = m_ws->series().get(localId);
        QVERIFY(record.has_value());
        QCOMPARE(record->state, SyncState::Error);
        QVERIFY2(record->syncError.contains(QLatin1String("TARGPatrol")), qPrintable(record->syncError));
        QVERIFY(!record->local.seriesId.isEmpty());
        QCOMPARE(seriesOnServerNamed(name), 1);

        // Deleted there as the record says: the next sync removes it here, and nothing comes back.
        QCOMPARE(m_server.admin("DELETE", QStringLiteral("series/") + record->local.seriesId) / 100, 2);
        QCOMPARE(syncSeries().pulledNew, 0);
        QVERIFY(!m_ws->series().get(localId).has_value());
        QCOMPARE(int(m_ws->series().all(true).size()), before);
    }

    // The same delete when the POST never reached the server (refused before it was carried
    // out): the series was only ours, it goes without a word to TARGPatrol and is not sent.
    void aSeriesDeletedWhileItsRefusedCreateIsOutGoes()
    {
        QCOMPARE(syncSeries().exitCode(), 0);
        const int before = int(m_ws->series().all(true).size());
        const QString name = QStringLiteral("не дошёл");
        const auto localId = m_ws->series().create(SeriesBuilder::newRound(name, QStringLiteral("2031-05-01T06:00:00.000Z"),
                                                                           QStringLiteral("2031-05-01T08:00:00.000Z")));
        QVERIFY(localId.has_value());
        QVERIFY(m_server.faults(QStringLiteral("error=503:1@POST/task-executions")));
        QVERIFY(syncSeries().failed > 0);
        QVERIFY(m_server.resetFaults());
        QVERIFY(m_ws->series().get(*localId)->pushAttempted);
        QVERIFY(m_ws->series().remove(*localId));

        QVERIFY(m_server.resetStats());
        const SyncReport report = syncSeries();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(m_server.stats().value(kSeriesPost).toInt(), 0);
        QVERIFY(!m_ws->series().get(*localId).has_value());
        QCOMPARE(int(m_ws->series().all(true).size()), before);
        QCOMPARE(seriesOnServerNamed(name), 0);
    }

    // A cancel while a request sleeps before its retry ends the sync at once: the operator
    // must not wait out a backoff of many seconds with the panel saying "Cancelling…".
    void aCancelWhileARetryWaitsEndsAtOnce()
    {
        QVERIFY(m_server.faults(QStringLiteral("error=503:1@GET/rest/v1/service/svctasks")));
        HttpClient http;
        HttpOptions slow = SyncRun::quickRetries();
        slow.maxAttempts = 4;
        slow.backoffBaseMs = slow.backoffCapMs = 60000;
        http.setOptions(slow);
        ServiceTaskSync engine(m_ws->serviceTasks(), http, m_server.url(), 50);
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(http.retriesWaiting(), 1, 10000);
        engine.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(finished.first().first().value<SyncReport>().cancelled);
        QCOMPARE(http.inFlight(), 0);
        QVERIFY(m_server.resetFaults());
    }
};

QTEST_GUILESS_MAIN(TestSyncDefects)
#include "tst_syncdefects.moc"
