// Task series sync against the reference server on loopback: pull, the cheap re-sync,
// POST and PUT (the split), each kind of conflict, faults, a lost create answer, a local
// delete (no API for it), an edit made during a sync, cancel and a refused token.
#include "RefServer.h"
#include "SyncRun.h"
#include "TemporaryDatabase.h"

#include "json/TaskSeriesCodec.h"
#include "storage/Workspace.h"
#include "sync/HttpClient.h"
#include "sync/TaskSeriesSync.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

namespace {

const QString kTaskOne = QStringLiteral("475c2d64-b564-4f17-9833-ac3793ee43b4");
const QString kTaskOneStep = QStringLiteral("a5f2b3e4-3e38-4a37-9177-a6340b291bf0");
const QString kTaskOneAction1 = QStringLiteral("f359914d-20d2-4bfc-9a3f-87cec4f5ebe0");
const QString kTaskOneAction2 = QStringLiteral("198d2b6a-3974-48d7-bc0e-f0a88b49e10c");
const QString kPatrolName = QStringLiteral("Обход периметра");
const QString kLocation = QStringLiteral("03864752-f177-47ff-b0a1-99d75b02d954");

const QString kInfo = QStringLiteral("GET /task-executions/info");
const QString kRead = QStringLiteral("GET /task-executions/{id}");
const QString kPut = QStringLiteral("PUT /task-executions/{id}/series");
const QString kPost = QStringLiteral("POST /task-executions");

Timestamp at(const QString &text)
{
    Timestamp t;
    Timestamp::parse(text, &t);
    return t;
}

} // namespace

class TestSeriesSync : public QObject
{
    Q_OBJECT

private:
    TemporaryDatabase m_db{QStringLiteral("series-")};
    RefServer m_server;
    std::unique_ptr<Workspace> m_ws;
    QVector<QPair<SyncLogLevel, QString>> m_log; // of the last sync

    TaskSeriesStore &store() { return m_ws->series(); }

    SyncReport sync(const std::function<void(TaskSeriesSync &)> &during = {}, int timeoutMs = 30000, int maxAttempts = 4)
    {
        HttpClient http;
        http.setOptions(SyncRun::quickRetries(timeoutMs, maxAttempts));
        // 11 executions on the server (1 + 10 of the recurring series): pages of 5 make 3 list requests.
        TaskSeriesSync engine(store(), http, m_server.url(), 5);
        m_log.clear();
        connect(&engine, &TaskSeriesSync::logLine, this,
                [this](SyncLogLevel level, const QString &line) { m_log.append({level, line}); });
        if (qEnvironmentVariableIsSet("TASKDESK_SYNC_LOG"))
            connect(&engine, &TaskSeriesSync::logLine, this, [](SyncLogLevel, const QString &line) { qInfo("%s", qPrintable(line)); });
        if (during)
            during(engine);
        return SyncRun::toEnd(engine);
    }

    StoredTaskSeries stored(const QString &seriesId)
    {
        const auto id = store().localIdForSeriesId(seriesId);
        return id ? *store().get(*id) : StoredTaskSeries();
    }

    StoredTaskSeries named(const QString &name)
    {
        for (const StoredTaskSeries &record : store().all(true))
            if (record.local.name == name)
                return record;
        return StoredTaskSeries();
    }

    // A sync during which, once the PUT is on its way (the server holds it 400 ms), the
    // user edits the series again.
    SyncReport syncEditingWhileThePutIsOut(qint64 localId, const std::function<void(TaskSeries &)> &change)
    {
        if (!m_server.faults(QStringLiteral("delay=400@PUT")))
            return SyncReport();
        return sync([this, localId, change](TaskSeriesSync &engine) {
            connect(&engine, &TaskSeriesSync::phaseChanged, this, [this, localId, change](const QString &phase) {
                if (phase != TaskSeriesSync::tr("Pushing series"))
                    return;
                QTimer::singleShot(200, this, [this, localId, change] {
                    TaskSeries later = store().get(localId)->local;
                    change(later);
                    QVERIFY(store().saveLocal(localId, later));
                });
            });
        });
    }

    // The lines of the last sync at a level.
    QStringList logged(SyncLogLevel level) const
    {
        QStringList lines;
        for (const auto &entry : m_log)
            if (entry.first == level)
                lines.append(entry.second);
        return lines;
    }

    // The executions the server lists for a series, earliest first.
    QStringList executionsOf(const QString &seriesId)
    {
        QStringList ids;
        for (const QJsonValue &item : api(QStringLiteral("/task-executions/info?sort=startAt,asc")).array())
            if (item.toObject().value(QStringLiteral("seriesId")).toString() == seriesId)
                ids.append(item.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    // A new step with one new action, as the step editor adds them.
    static Step newStep(const QString &name)
    {
        Step step;
        step.name = name;
        step.pointId = QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2");
        Action check;
        check.name = name + QStringLiteral(": отметка");
        check.type = QStringLiteral("BOOLEAN");
        step.actions = {check};
        return step;
    }

    // The step names and ids of a series as the server has it.
    QVector<QPair<QString, QString>> serverSteps(const QString &seriesId)
    {
        QVector<QPair<QString, QString>> steps;
        const QJsonArray array = adminSeries(seriesId).value(QStringLiteral("series")).toObject()
                                     .value(QStringLiteral("steps")).toArray();
        for (const QJsonValue &step : array)
            steps.append({step.toObject().value(QStringLiteral("name")).toString(),
                          step.toObject().value(QStringLiteral("seriesId")).toString()});
        return steps;
    }

    QJsonObject adminSeries(const QString &seriesId)
    {
        QJsonObject answer;
        m_server.admin("GET", QStringLiteral("series/") + seriesId, {}, &answer);
        return answer;
    }

    // A plain API read (counted in the stats: call after checking them).
    QJsonDocument api(const QString &pathAndQuery) { return m_server.api("GET", pathAndQuery); }

    // Another client's write through the API.
    int apiPut(const QString &path, const QJsonObject &body)
    {
        int status = 0;
        m_server.api("PUT", path, body, &status);
        return status;
    }

    // The distinct series the server lists under a name.
    QSet<QString> serverSeriesNamed(const QString &name)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
        QSet<QString> ids;
        for (const QJsonValue &item : api(QStringLiteral("/task-executions/info?") + query.query(QUrl::FullyEncoded)).array())
            ids.insert(item.toObject().value(QStringLiteral("seriesId")).toString());
        return ids;
    }

    TaskSeries newSeries(const QString &name)
    {
        TaskSeries s;
        s.name = name;
        s.locationId = kLocation;
        s.startAt = at(QStringLiteral("2030-05-01T06:00:00.000Z"));
        s.endAt = at(QStringLiteral("2030-05-01T08:00:00.000Z"));
        s.priority = QStringLiteral("MAJOR");
        s.tags = {QStringLiteral("утро")};
        s.recurrence = {{QStringLiteral("rule"), QStringLiteral("FREQ=DAILY;COUNT=3")}};
        Step step;
        step.name = QStringLiteral("Проходная");
        step.pointId = QStringLiteral("9facfd8e-1fe3-4449-80be-1003bcf238a2");
        Action check;
        check.name = QStringLiteral("Дверь закрыта");
        check.type = QStringLiteral("BOOLEAN");
        Action note;
        note.name = QStringLiteral("Замечания");
        note.type = QStringLiteral("TEXT");
        step.actions = {check, note};
        s.steps = {step};
        return s;
    }

    bool edit(const QString &seriesId, const std::function<void(TaskSeries &)> &change)
    {
        StoredTaskSeries record = stored(seriesId);
        change(record.local);
        return store().saveLocal(record.localId, record.local);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), "the reference server did not start");
    }

    void init()
    {
        // A fresh database and the seed data on the server for every test.
        QVERIFY(m_server.reseed());
        m_ws = m_db.openNew();
        QVERIFY(m_ws);
    }

    void cleanup() { m_ws.reset(); }

    void pullsIntoAnEmptyDatabase()
    {
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 2);
        QCOMPARE(store().count(), 2);

        const StoredTaskSeries one = stored(kTaskOne);
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

        const StoredTaskSeries patrol = named(kPatrolName);
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
        QCOMPARE(stats.value(kInfo).toInt(), 4); // three pages and the empty one that ends the listing
        QCOMPARE(stats.value(kRead).toInt(), 2); // one read per series, not per execution
    }

    void resyncWithoutChangesOnlyListsPages()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(m_server.resetStats());
        const SyncReport again = sync();
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(again.fetched, 0);
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(kInfo).toInt(), 4);
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
        QCOMPARE(m_server.stats().value(kRead).toInt(), 1);
        QCOMPARE(stored(kTaskOne).local.priority, QStringLiteral("NORMAL"));
        QCOMPARE(stored(kTaskOne).state, SyncState::Clean);
    }

    void pushesANewSeries()
    {
        QCOMPARE(sync().exitCode(), 0);
        const qint64 localId = *store().create(newSeries(QStringLiteral("Утренний обход")));
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pushedCreated, 1);
        QCOMPARE(m_server.stats().value(kPost).toInt(), 1);

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
        const qint64 localId = stored(kTaskOne).localId;
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) {
            s.name = QStringLiteral("task 1 — изменено");
            s.description = QStringLiteral("здесь");
        }));
        QVERIFY(m_server.resetStats());
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pushedUpdated, 1);
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(kPut).toInt(), 1);
        QCOMPARE(stats.value(kRead).toInt(), 2); // the read before the PUT, and the read after

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

    void sameFieldBothSidesIsAConflict()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.name = QStringLiteral("Моё имя"); }));
        QVERIFY(m_server.admin("PATCH", QStringLiteral("series/") + kTaskOne, {{QStringLiteral("name"), QStringLiteral("Их имя")}}) == 200);

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(m_server.stats().value(kPut).toInt(), 0);
        const StoredTaskSeries record = stored(kTaskOne);
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
        const StoredTaskSeries record = named(QStringLiteral("task 1"));
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
        const StoredTaskSeries before = named(kPatrolName);
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
        const QString patrolId = named(kPatrolName).local.seriesId;
        QVERIFY(edit(kTaskOne, [](TaskSeries &s) { s.tags = {QStringLiteral("правка")}; }));
        QVERIFY(m_server.admin("DELETE", QStringLiteral("series/") + kTaskOne) / 100 == 2);
        QVERIFY(m_server.admin("DELETE", QStringLiteral("series/") + patrolId) / 100 == 2); // untouched here: simply goes

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.remoteDeleted, 1);
        const StoredTaskSeries record = stored(kTaskOne);
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

    void splitElsewhereIsFollowed()
    {
        QCOMPARE(sync().exitCode(), 0);
        const StoredTaskSeries before = stored(kTaskOne);
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
        QCOMPARE(m_server.stats().value(kPost).toInt(), 0);
        QCOMPARE(store().get(localId)->state, SyncState::New);
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(store().get(localId)->state, SyncState::Clean);
        QCOMPARE(store().get(localId)->local.seriesId, kTaskOne);
        QCOMPARE(store().count(), 2);
        QCOMPARE(m_server.stats().value(kPost).toInt(), 0);
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
        const StoredTaskSeries record = stored(kTaskOne);
        QCOMPARE(record.state, SyncState::Error);
        QVERIFY2(record.syncError.contains(QLatin1String("400")) && record.syncError.contains(QLatin1String("input.data.invalid")),
                 qPrintable(record.syncError));
        QCOMPARE(record.local.name, QStringLiteral("отказ"));
        QCOMPARE(m_server.stats().value(kPut).toInt(), 1); // a 400 is not retried
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
        const qint64 localId = stored(kTaskOne).localId;
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
        QCOMPARE(m_server.stats().value(kPost).toInt(), posts);
        QCOMPARE(store().get(localId)->state, SyncState::Clean);
        QVERIFY(m_server.resetFaults());
        QVERIFY(m_server.resetStats());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.stats().value(kPost).toInt(), 0);
        QCOMPARE(serverSeriesNamed(QStringLiteral("один раз")), QSet<QString>{store().get(localId)->local.seriesId});
        QCOMPARE(store().count(), 3);
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
        QCOMPARE(m_server.stats().value(kPost).toInt(), 0);
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
        QCOMPARE(m_server.stats().value(kPost).toInt(), 0);
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
        const qint64 localId = stored(kTaskOne).localId;
        QVERIFY(store().remove(localId));
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.failed, 1);
        const StoredTaskSeries record = *store().get(localId);
        QCOMPARE(record.state, SyncState::Error);
        QVERIFY2(record.syncError.contains(QLatin1String("no API to delete")), qPrintable(record.syncError));
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
        const qint64 localId = stored(kTaskOne).localId;
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
        const qint64 localId = stored(kTaskOne).localId;
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
        const qint64 localId = stored(kTaskOne).localId;
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

    void splitElsewhereWithTheDonePartStillListedIsFollowed()
    {
        QCOMPARE(sync().exitCode(), 0);
        const StoredTaskSeries before = named(kPatrolName);
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
        const StoredTaskSeries before = named(kPatrolName);
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
        const StoredTaskSeries later = named(QStringLiteral("Обход периметра с 6-го"));
        QVERIFY(later.localId);
        QCOMPARE(later.remoteRef.executionId, executions.at(5));
        // The log says where it came from.
        const QStringList info = logged(SyncLogLevel::Info).filter(kPatrolName);
        QVERIFY2(info.filter(QStringLiteral("Обход периметра с 6-го")).size() == 1, qPrintable(info.join(QLatin1Char('\n'))));
        QVERIFY(info.filter(QStringLiteral("Split on the server")).size() == 1);
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

QTEST_GUILESS_MAIN(TestSeriesSync)
#include "tst_seriessync.moc"
