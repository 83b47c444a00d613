// Another client changes the list while a sync pages through it. Records created before
// the next page's offset push the rest forward (a page lists only ids seen before); a
// record deleted before it pulls the rest back (one record is on no page at all). Neither
// is a server that ignores `offset`, and a record (a service task, a series) that was on
// no page is not gone.

#include "SyncTest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Seed;
using namespace Requests;

class TestListingShift : public SyncTest
{
    Q_OBJECT

public:
    TestListingShift() : SyncTest(QStringLiteral("shift-")) {}

private:
    // The sync pages one record at a time; `meanwhile` runs while the server holds the
    // request for the second page, so that page is cut from the list as it is then.
    // `*done` says whether it ran.
    SyncReport syncWhileThePageWaits(const std::function<void()> &meanwhile, bool *done)
    {
        return syncTasks(
            [this, done, meanwhile](ServiceTaskSync &engine) {
                QTimer::singleShot(0, &engine, [this, done, meanwhile] {
                    QTRY_COMPARE_WITH_TIMEOUT(m_server.stats().value(Requests::kTaskList).toInt(), 2, 10000);
                    meanwhile();
                    *done = !QTest::currentTestFailed();
                });
            },
            1);
    }

    // The series listing as above: one execution a page, and `meanwhile` runs while the
    // server holds the second page; the pages after it are not held, and `faultsAfter`
    // apply from then on.
    SyncReport syncSeriesWhileThePageWaits(const std::function<void()> &meanwhile, bool *done,
                                           const QString &faultsAfter = {}, QStringList *log = nullptr)
    {
        if (!m_server.faults(QStringLiteral("delay=600@GET/task-executions/info")) || !m_server.resetStats())
            return SyncReport();
        return syncSeries(
            [this, done, meanwhile, faultsAfter, log](TaskSeriesSync &engine) {
                if (log)
                    connect(&engine, &TaskSeriesSync::logLine, &engine,
                            [log](SyncLogLevel, const QString &line) { log->append(line); });
                QTimer::singleShot(0, &engine, [this, done, meanwhile, faultsAfter] {
                    QTRY_COMPARE_WITH_TIMEOUT(m_server.stats().value(kSeriesList).toInt(), 2, 10000);
                    meanwhile();
                    *done = !QTest::currentTestFailed() && m_server.resetFaults()
                            && (faultsAfter.isEmpty() || m_server.faults(faultsAfter));
                });
            },
            1);
    }

    // A series earlier than the seed's, so that page 1 lists it and page 2 task 1 (the
    // seed's earliest, with one execution); its seriesId.
    QString createEarlierSeries()
    {
        int status = 0;
        const QJsonDocument answer = m_server.api(
            "POST", QStringLiteral("/task-executions"),
            {{QStringLiteral("name"), QStringLiteral("ранний обход")},
             {QStringLiteral("startAt"), QStringLiteral("2022-01-10T08:00:00.000Z")},
             {QStringLiteral("endAt"), QStringLiteral("2022-01-10T09:00:00.000Z")},
             {QStringLiteral("locationId"), kLocation}},
            &status);
        return status == 200 ? answer.array().at(0).toObject().value(QStringLiteral("seriesId")).toString() : QString();
    }

    bool editHere(const QString &seriesId, const QString &tag)
    {
        const StoredTaskSeries record = series(seriesId);
        TaskSeries edited = record.local;
        edited.tags.append(tag);
        return record.localId > 0 && m_ws->series().saveLocal(record.localId, edited);
    }

    QStringList sortedLocalIds()
    {
        QStringList ids;
        for (const StoredServiceTask &record : m_ws->serviceTasks().all(true))
            ids.append(record.local.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void recordsCreatedWhileListingDoNotStopTheSync()
    {
        QVERIFY(m_server.faults(QStringLiteral("delay=600@GET/rest/v1/service/svctasks")));
        QVERIFY(m_server.resetStats());
        bool done = false;
        const SyncReport report = syncWhileThePageWaits([this] {
            // An id that sorts before every listed one: page 2 (offset 1) now lists page 1's
            // record again, and nothing new.
            int status = 0;
            m_server.api("POST", QStringLiteral("/rest/v1/service/svctasks"),
                         {{QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-000000000001")},
                          {QStringLiteral("name"), QStringLiteral("другой клиент")}},
                         &status);
            QCOMPARE(status, 200);
        }, &done);
        QVERIFY(done);
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(m_ws->serviceTasks().count(), 3);
        QVERIFY(m_server.resetFaults());
        QCOMPARE(syncTasks().exitCode(), 0);
        QCOMPARE(m_ws->serviceTasks().count(), 4);
    }

    void aRecordOnNoPageIsNotDeletedHere()
    {
        QCOMPARE(syncTasks().exitCode(), 0);
        const QStringList ids = sortedLocalIds();
        QCOMPARE(ids.size(), 3);
        QVERIFY(m_server.faults(QStringLiteral("delay=600@GET/rest/v1/service/svctasks")));
        QVERIFY(m_server.resetStats());
        bool done = false;
        const SyncReport report = syncWhileThePageWaits([this, &ids] {
            // Page 1 listed ids[0]; with it gone, page 2 (offset 1) lists ids[2]: ids[1] is on
            // no page of this listing.
            QVERIFY(m_server.deleteSvctask(ids.at(0)));
        }, &done);
        QVERIFY(done);
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.remoteDeleted, 0);
        for (const QString &id : ids)
            QCOMPARE(task(id).state, SyncState::Clean);
        // The next listing, undisturbed, finds the one deleted there.
        QVERIFY(m_server.resetFaults());
        const SyncReport next = syncTasks();
        QCOMPARE(next.remoteDeleted, 1);
        QCOMPARE(task(ids.at(0)).localId, 0);
        QCOMPARE(task(ids.at(1)).state, SyncState::Clean);
        QCOMPARE(task(ids.at(2)).state, SyncState::Clean);
    }

    void aSeriesOnNoPageIsNotRemovedHere_data()
    {
        QTest::addColumn<bool>("editedHere");
        QTest::newRow("clean") << false;
        QTest::newRow("edited here") << true; // was a false "deleted on the server" conflict
    }

    void aSeriesOnNoPageIsNotRemovedHere()
    {
        QFETCH(bool, editedHere);
        const QString earlier = createEarlierSeries();
        QVERIFY(!earlier.isEmpty());
        QCOMPARE(syncSeries().exitCode(), 0);
        QCOMPARE(m_ws->series().count(), 3);
        if (editedHere)
            QVERIFY(editHere(kTaskOne, QStringLiteral("правка здесь")));
        bool done = false;
        const SyncReport report = syncSeriesWhileThePageWaits([this, &earlier] {
            // Page 1 listed the earlier series; with it gone, page 2 (offset 1) lists the
            // patrol's first execution: task 1 is on no page of this listing.
            QVERIFY(m_server.admin("DELETE", QStringLiteral("series/") + earlier) / 100 == 2);
        }, &done);
        QVERIFY(done);
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.remoteDeleted, 0); // the earlier series was listed, on page 1
        const StoredTaskSeries taskOne = seriesNamed(QStringLiteral("task 1"));
        QVERIFY(taskOne.localId > 0);
        QCOMPARE(taskOne.state, SyncState::Clean);
        QCOMPARE(report.pushedUpdated, editedHere ? 1 : 0);
        QCOMPARE(taskOne.local.tags.contains(QStringLiteral("правка здесь")), editedHere);
        QCOMPARE(seriesNamed(kPatrolName).state, SyncState::Clean);

        // The next listing, undisturbed, finds the one deleted there (its read: 404).
        const SyncReport next = syncSeries();
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(next.remoteDeleted, 1);
        QCOMPARE(series(earlier).localId, 0);
        QCOMPARE(m_ws->series().count(), 2);
        // Nothing changed since: list requests only.
        QVERIFY(m_server.resetStats());
        QCOMPARE(syncSeries().exitCode(), 0);
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(QStringLiteral("total")).toInt(), stats.value(kSeriesList).toInt());
    }

    void aSeriesOnNoPageWhoseReadFailsIsKeptAndNotSent()
    {
        const QString earlier = createEarlierSeries();
        QVERIFY(!earlier.isEmpty());
        QCOMPARE(syncSeries().exitCode(), 0);
        QVERIFY(editHere(kTaskOne, QStringLiteral("правка здесь")));
        const QString execution = series(kTaskOne).remoteRef.executionId;
        QVERIFY(!execution.isEmpty());
        QStringList log;
        bool done = false;
        // Every try of the read that would tell whether task 1 is there fails (4 with these
        // options); the push's read before a PUT would then get through.
        const SyncReport report = syncSeriesWhileThePageWaits(
            [this, &earlier] { QVERIFY(m_server.admin("DELETE", QStringLiteral("series/") + earlier) / 100 == 2); },
            &done, QStringLiteral("error-next=503:4@GET/task-executions/") + execution, &log);
        QVERIFY(done);
        QCOMPARE(report.remoteDeleted, 0);
        QVERIFY(report.failed >= 1);
        QCOMPARE(m_server.stats().value(kSeriesPut).toInt(), 0);
        StoredTaskSeries taskOne = series(kTaskOne);
        QVERIFY(taskOne.localId > 0);
        QCOMPARE(taskOne.state, SyncState::Modified);
        QVERIFY2(log.filter(QStringLiteral("Not sent: task 1")).size() == 1, qPrintable(log.join(QLatin1Char('\n'))));

        // Listed again, it is sent.
        QVERIFY(m_server.resetFaults());
        const SyncReport next = syncSeries();
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(next.pushedUpdated, 1);
        taskOne = seriesNamed(QStringLiteral("task 1"));
        QCOMPARE(taskOne.state, SyncState::Clean);
        QVERIFY(taskOne.local.tags.contains(QStringLiteral("правка здесь")));
    }
};

QTEST_GUILESS_MAIN(TestListingShift)
#include "tst_listingshift.moc"
