// Another client changes the list while a sync pages through it. Records created before
// the next page's offset push the rest forward (a page lists only ids seen before); a
// record deleted before it pulls the rest back (one record is on no page at all). Neither
// is a server that ignores `offset`, and a record that was on no page is not gone.

#include "SyncTest.h"

#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Seed;

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
};

QTEST_GUILESS_MAIN(TestListingShift)
#include "tst_listingshift.moc"
