// Task series sync against a reference server whose task execution list items carry no
// seriesId (the contract does not promise it there): the series is learned from the
// execution read, kept in the database, and never taken as deleted for want of it.
#include "SyncTest.h"

#include "storage/ExecutionSeriesMap.h"
#include "sync/TaskSeriesSync.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Seed;
using namespace Requests;

namespace {

HttpResult answer(int status, const QByteArray &body)
{
    HttpResult result;
    result.status = status;
    result.body = body;
    return result;
}

} // namespace

Q_DECLARE_METATYPE(HttpResult)

class TestSeriesIdFallback : public SyncTest
{
    Q_OBJECT

public:
    TestSeriesIdFallback() : SyncTest(QStringLiteral("fallback-")) {}

private:
    QStringList m_errors; // of the last sync

    TaskSeriesStore &store() { return m_ws->series(); }

    SyncReport sync()
    {
        m_errors.clear();
        const auto keepErrors = [this](TaskSeriesSync &engine) {
            connect(&engine, &TaskSeriesSync::logLine, this, [this](SyncLogLevel level, const QString &line) {
                if (level == SyncLogLevel::Error)
                    m_errors.append(line);
            });
        };
        // 11 executions on the server: pages of 5 make 3 list requests.
        return syncSeries(keepErrors, 5, SyncRun::quickRetries(30000, 2, 100));
    }

    bool listSeriesIds(const QString &mode)
    {
        QJsonObject answer;
        return m_server.admin("POST", QStringLiteral("options"), {{QStringLiteral("listSeriesIds"), mode}}, &answer) == 200
               && answer.value(QStringLiteral("listSeriesIds")).toString() == mode;
    }

    QStringList executionsOf(const QString &seriesId)
    {
        QJsonObject answer;
        m_server.admin("GET", QStringLiteral("series/") + seriesId, {}, &answer);
        QStringList ids;
        for (const QJsonValue &e : answer.value(QStringLiteral("executions")).toArray())
            ids.append(e.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    // Another client's request through the API.
    QJsonDocument api(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return m_server.api(verb, path, body);
    }

    int storedPlacements()
    {
        ExecutionSeriesMap map(m_ws->database());
        const auto all = map.load();
        return all ? int(all->size()) : -1;
    }

    // Every series of the seed, clean, as a server with seriesIds in its list gives them.
    void verifySeedPulled()
    {
        QCOMPARE(store().count(), 2);
        const auto one = store().localIdForSeriesId(kTaskOne);
        QVERIFY(one);
        QCOMPARE(store().get(*one)->state, SyncState::Clean);
        QCOMPARE(store().get(*one)->local.name, QStringLiteral("task 1"));
        const StoredTaskSeries patrol = seriesNamed(kPatrolName);
        QCOMPARE(patrol.state, SyncState::Clean);
        QCOMPARE(patrol.local.steps.size(), 2);
        QCOMPARE(patrol.remoteRef.executionsDigest.isEmpty(), false);
    }

private slots:
    void init()
    {
        QVERIFY(startTest());
        QVERIFY(listSeriesIds(QStringLiteral("none")));
    }

    void pullWithoutSeriesIdsGetsEverySeries()
    {
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 2);
        verifySeedPulled();
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(kSeriesList).toInt(), 4); // three pages, then the empty one that ends the listing
        QCOMPARE(stats.value(kSeriesRead).toInt(), 11 + 2); // each execution placed once, each series read once
        QCOMPARE(storedPlacements(), 11);
    }

    void resyncSendsListRequestsOnly()
    {
        QCOMPARE(sync().exitCode(), 0);
        // The placements live in the database: a new database connection still has them.
        const QString path = m_ws->path();
        m_ws = std::make_unique<Workspace>();
        QVERIFY(m_ws->open(path));
        QVERIFY(m_server.resetStats());
        const SyncReport again = sync();
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(again.fetched, 0);
        QCOMPARE(again.remoteDeleted, 0);
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(kSeriesList).toInt(), 4);
        QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 4);
        verifySeedPulled();
    }

    void mixedItemsGetEverySeries()
    {
        QVERIFY(listSeriesIds(QStringLiteral("some")));
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 2);
        verifySeedPulled();
        const int reads = m_server.stats().value(kSeriesRead).toInt();
        QVERIFY2(reads > 2 && reads < 11 + 2, qPrintable(QString::number(reads))); // only the items without it
        QVERIFY(m_server.resetStats());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 4);
        verifySeedPulled();
    }

    void aSeriesDeletedOnTheServerGoes()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(m_server.admin("DELETE", QStringLiteral("series/") + kTaskOne) == 204);
        QVERIFY(m_server.resetStats());
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.remoteDeleted, 1);
        QVERIFY(!store().localIdForSeriesId(kTaskOne));
        QCOMPARE(seriesNamed(kPatrolName).state, SyncState::Clean);
        // Two full pages, the empty one, and the read of task 1's execution that says it is gone
        // (a series on no page may only have been skipped while another client changed the list).
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(m_server.stats().value(kSeriesRead).toInt(), 1);
        QCOMPARE(storedPlacements(), 10); // the gone execution is forgotten
    }

    void aFailedExecutionReadDeletesNothing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("404") << QStringLiteral("error-next=404:1");
        QTest::newRow("malformed") << QStringLiteral("malformed-next=1");
        QTest::newRow("503 until the retries are spent") << QStringLiteral("error-next=503:5");
    }

    void aFailedExecutionReadDeletesNothing()
    {
        QFETCH(QString, fault);
        // Pulled while the list said the series: nothing is placed yet.
        QVERIFY(listSeriesIds(QStringLiteral("all")));
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(storedPlacements(), 0);
        QVERIFY(listSeriesIds(QStringLiteral("none")));
        const QStringList taskOne = executionsOf(kTaskOne);
        QCOMPARE(taskOne.size(), 1);
        QVERIFY(m_server.faults(fault + QStringLiteral("@GET/task-executions/") + taskOne.first()));

        const SyncReport report = sync();
        QVERIFY(report.exitCode() != 0);
        QCOMPARE(report.remoteDeleted, 0);
        QVERIFY2(m_errors.size() == 1 && m_errors.first().contains(taskOne.first()), qPrintable(m_errors.join(QLatin1Char('\n'))));
        verifySeedPulled(); // task 1 is still there, clean

        QVERIFY(m_server.resetFaults());
        QCOMPARE(sync().exitCode(), 0);
        verifySeedPulled();
        QCOMPARE(storedPlacements(), 11);
    }

    void ourSplitIsFollowed()
    {
        QCOMPARE(sync().exitCode(), 0);
        const auto localId = store().localIdForSeriesId(kTaskOne);
        QVERIFY(localId);
        TaskSeries edited = store().get(*localId)->local;
        edited.name = QStringLiteral("task 1, renamed");
        QVERIFY(store().saveLocal(*localId, edited));
        SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pushedUpdated, 1);
        QCOMPARE(m_server.stats().value(kSeriesPut).toInt(), 1);
        const QString newId = store().get(*localId)->local.seriesId;
        QVERIFY(newId != kTaskOne);

        // The execution now belongs to the new series: learned again, never a delete.
        report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.remoteDeleted, 0);
        const auto after = store().get(*localId);
        QVERIFY(after);
        QCOMPARE(after->state, SyncState::Clean);
        QCOMPARE(after->local.seriesId, newId);
        QCOMPARE(after->local.name, QStringLiteral("task 1, renamed"));
        QVERIFY(m_server.resetStats());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 4);
    }

    void aSplitElsewhereIsFollowed()
    {
        QCOMPARE(sync().exitCode(), 0);
        const auto localId = store().localIdForSeriesId(kTaskOne);
        QVERIFY(localId);
        // Another client renames task 1 through its execution: the server moves the execution
        // into a new series, and list items still do not say which.
        const QString execution = executionsOf(kTaskOne).value(0);
        QJsonObject body = api("GET", QStringLiteral("/task-executions/") + execution).object();
        for (const QString &field : {QStringLiteral("id"), QStringLiteral("scheduledTaskId"), QStringLiteral("state"), QStringLiteral("status")})
            body.remove(field);
        body.insert(QStringLiteral("name"), QStringLiteral("task 1, elsewhere"));
        QCOMPARE(api("PUT", QStringLiteral("/task-executions/%1/series").arg(execution), body).isObject(), true);

        // The stored placement is stale: the first sync notices, the next one follows.
        for (int i = 0; i < 2; ++i) {
            const SyncReport report = sync();
            QCOMPARE(report.remoteDeleted, 0);
            QVERIFY(store().get(*localId));
        }
        const auto after = store().get(*localId);
        QCOMPARE(after->state, SyncState::Clean);
        QCOMPARE(after->local.name, QStringLiteral("task 1, elsewhere"));
        QVERIFY(after->local.seriesId != kTaskOne);
        QCOMPARE(store().count(), 2);
        QVERIFY(m_server.resetStats());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 4);
    }

    void anExecutionReadMustSayItsSeries_data()
    {
        QTest::addColumn<HttpResult>("result");
        QTest::addColumn<QString>("seriesId");
        const QByteArray good = R"({"id": "e1", "seriesId": "s1", "name": "x"})";
        QTest::newRow("good") << answer(200, good) << QStringLiteral("s1");
        QTest::newRow("no id is taken") << answer(200, R"({"seriesId": "s1"})") << QStringLiteral("s1");
        QTest::newRow("another execution") << answer(200, R"({"id": "e2", "seriesId": "s1"})") << QString();
        QTest::newRow("no seriesId") << answer(200, R"({"id": "e1", "name": "x"})") << QString();
        QTest::newRow("empty seriesId") << answer(200, R"({"id": "e1", "seriesId": "  "})") << QString();
        QTest::newRow("seriesId not a string") << answer(200, R"({"id": "e1", "seriesId": 7})") << QString();
        QTest::newRow("an array") << answer(200, R"([{"id": "e1", "seriesId": "s1"}])") << QString();
        QTest::newRow("not JSON") << answer(200, "{\"id\": \"e1\", \"seriesId\": \"s") << QString();
        QTest::newRow("404") << answer(404, good) << QString();
    }

    void anExecutionReadMustSayItsSeries()
    {
        QFETCH(HttpResult, result);
        QFETCH(QString, seriesId);
        QString why;
        QCOMPARE(TaskSeriesSync::seriesIdIn(result, QStringLiteral("e1"), &why), seriesId);
        QCOMPARE(why.isEmpty(), !seriesId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesIdFallback)
#include "tst_seriesidfallback.moc"
