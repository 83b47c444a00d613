// Service task sync against the reference server on loopback: pull, push, conflicts,
// faults, an edit made during a sync, cancel, and the headless command's exit codes
// (including a sync killed half-way).
#include "SyncTest.h"

#include "sync/ServiceTaskSync.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace Seed;

class TestServiceTaskSync : public SyncTest
{
    Q_OBJECT

public:
    TestServiceTaskSync() : SyncTest(QStringLiteral("sync-")) {}

private:
    SyncReport sync(const std::function<void(ServiceTaskSync &)> &during = {}, int timeoutMs = 30000)
    {
        return syncTasks(during, 2, SyncRun::quickRetries(timeoutMs));
    }

private slots:
    void pullsIntoAnEmptyDatabase()
    {
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pulledNew, 3);
        QCOMPARE(m_ws->serviceTasks().count(), 3);
        const StoredServiceTask seed = task(kSeedId);
        QCOMPARE(seed.state, SyncState::Clean);
        QCOMPARE(seed.local.name, QStringLiteral("Обзвон должников"));
        QCOMPARE(seed.local.intervalSec, 3600);
        QCOMPARE(task(kOtherId).local.periods.first().toObject().value(QStringLiteral("tz")).toString(),
                 QStringLiteral("Europe/Moscow"));
        // 3 records in pages of 2: two list pages and the empty one that ends the listing,
        // then one read per record.
        QCOMPARE(m_server.stats().value(QStringLiteral("GET /rest/v1/service/svctasks")).toInt(), 3);
        QCOMPARE(m_server.stats().value(QStringLiteral("GET /rest/v1/service/svctasks/{id}")).toInt(), 3);
    }

    void resyncWithoutChangesOnlyListsPages()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(m_server.resetStats());
        const SyncReport again = sync();
        QCOMPARE(again.exitCode(), 0);
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(QStringLiteral("GET /rest/v1/service/svctasks")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("total")).toInt(), 3); // nothing else: no reads, no writes
        QCOMPARE(again.fetched, 0);
    }

    void pushesCreatesPatchesAndDeletes()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTaskStore &store = m_ws->serviceTasks();
        ServiceTask created;
        created.name = QStringLiteral("Создано локально");
        created.scriptCode = QStringLiteral("report");
        const qint64 createdId = *store.create(created);
        const QString createdUuid = store.get(createdId)->local.id;
        ServiceTask edited = task(kSeedId).local;
        edited.setComment(QStringLiteral("изменено здесь"));
        edited.isEnabled = true;
        QVERIFY(store.saveLocal(task(kSeedId).localId, edited));
        QVERIFY(store.remove(task(kOtherId).localId));

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.pushedCreated, 1);
        QCOMPARE(report.pushedUpdated, 1);
        QCOMPARE(report.pushedDeleted, 1);
        const QJsonObject server = m_server.svctask(createdUuid);
        QCOMPARE(server.value(QStringLiteral("name")).toString(), created.name); // created under our id
        const QJsonObject patched = m_server.svctask(kSeedId);
        QCOMPARE(patched.value(QStringLiteral("opts")).toObject().value(QStringLiteral("comment")).toString(),
                 QStringLiteral("изменено здесь"));
        QCOMPARE(patched.value(QStringLiteral("isenabled")).toInt(), 1);
        QCOMPARE(m_server.admin("GET", QStringLiteral("svctasks/") + kOtherId), 404);
        QCOMPARE(task(createdUuid).state, SyncState::Clean);
        QVERIFY(!task(createdUuid).local.lastWriteText().isEmpty()); // the server's ext came back
        QCOMPARE(store.count(true), 3);
        // Everything is in step now: another sync changes nothing.
        QVERIFY(m_server.resetStats());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.stats().value(QStringLiteral("total")).toInt(), 3); // the list pages
    }

    void differentFieldsMergeSilently()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTask mine = task(kSeedId).local;
        mine.name = QStringLiteral("Новое имя здесь");
        QVERIFY(m_ws->serviceTasks().saveLocal(task(kSeedId).localId, mine));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("intervalsec"), 7200}}));

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.conflicts, 0);
        const QJsonObject server = m_server.svctask(kSeedId);
        QCOMPARE(server.value(QStringLiteral("name")).toString(), mine.name);
        QCOMPARE(server.value(QStringLiteral("intervalsec")).toInt(), 7200);
        QCOMPARE(task(kSeedId).local.intervalSec, 7200);
        QCOMPARE(task(kSeedId).state, SyncState::Clean);
    }

    void sameFieldBothSidesIsAConflict()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTask mine = task(kSeedId).local;
        mine.name = QStringLiteral("Моё имя");
        QVERIFY(m_ws->serviceTasks().saveLocal(task(kSeedId).localId, mine));
        QVERIFY(m_server.changeSvctask(kSeedId, {{QStringLiteral("name"), QStringLiteral("Их имя")}}));

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.conflicts, 1);
        const StoredServiceTask record = task(kSeedId);
        QCOMPARE(record.state, SyncState::Conflict);
        QCOMPARE(record.local.name, QStringLiteral("Моё имя"));           // nothing of mine is lost
        QCOMPARE(record.remote->name, QStringLiteral("Их имя"));          // theirs is kept beside it
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(), QStringLiteral("Их имя"));

        // Settled by the user (keep mine): pushed by the next sync.
        QVERIFY(m_ws->serviceTasks().resolveConflict(record.localId, record.local));
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(), QStringLiteral("Моё имя"));
    }

    void deleteOnTheServerAgainstAnEditHere()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTask mine = task(kSeedId).local;
        mine.setTitle(QStringLiteral("правка"));
        QVERIFY(m_ws->serviceTasks().saveLocal(task(kSeedId).localId, mine));
        QVERIFY(m_server.deleteSvctask(kSeedId));
        QVERIFY(m_server.deleteSvctask(kOtherId)); // untouched here: simply goes

        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(task(kSeedId).state, SyncState::Conflict);
        QCOMPARE(task(kSeedId).local.title(), QStringLiteral("правка"));
        QVERIFY(!m_ws->serviceTasks().localIdForUuid(kOtherId));
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("503 twice") << QStringLiteral("error-next=503:2");
        QTest::newRow("500 once") << QStringLiteral("error-next=500:1");
        QTest::newRow("dropped connection") << QStringLiteral("drop-next=2");
        QTest::newRow("hang past the timeout") << QStringLiteral("hang-next=1:5000");
    }

    void transientFailuresAreRetried()
    {
        QFETCH(QString, spec);
        QVERIFY(m_server.faults(spec));
        const SyncReport report = sync({}, 1000);
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(m_ws->serviceTasks().count(), 3);
    }

    void malformedListChangesNothing()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(m_server.faults(QStringLiteral("malformed-next=1@GET")));
        const SyncReport report = sync();
        QVERIFY(!report.fatalError.isEmpty());
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.remoteDeleted, 0); // a failed page never means "deleted"
        QCOMPARE(m_ws->serviceTasks().count(), 3);
    }

    void malformedRecordIsAnErrorForThatRecordOnly()
    {
        QVERIFY(m_server.faults(QStringLiteral("malformed-next=1@GET/rest/v1/service/svctasks/")));
        const SyncReport report = sync();
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(m_ws->serviceTasks().count(), 2);
        QCOMPARE(sync().exitCode(), 0); // read again next time
        QCOMPARE(m_ws->serviceTasks().count(), 3);
    }

    void permanentRefusalMarksTheRecord()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTask mine = task(kSeedId).local;
        mine.name = QStringLiteral("отказ");
        QVERIFY(m_ws->serviceTasks().saveLocal(task(kSeedId).localId, mine));
        QVERIFY(m_server.faults(QStringLiteral("error-next=400:1@PATCH")));
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(task(kSeedId).state, SyncState::Error);
        QVERIFY(task(kSeedId).syncError.contains(QLatin1String("400")));
        // The server's words, never its JSON: what the table, the log and --sync show.
        QVERIFY2(!task(kSeedId).syncError.contains(QLatin1Char('{')), qPrintable(task(kSeedId).syncError));
        QCOMPARE(task(kSeedId).local.name, QStringLiteral("отказ"));
    }

    void lostCreateAnswerDoesNotDuplicate()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTask created;
        created.name = QStringLiteral("один раз");
        const qint64 id = *m_ws->serviceTasks().create(created);
        const QString uuid = m_ws->serviceTasks().get(id)->local.id;
        // The server creates it, then the connection drops before the answer, every
        // time; a retried POST is told 409 and asks for the record, which fails too.
        QVERIFY(m_server.faults(QStringLiteral("drop=1.0@POST,error=503:1.0@GET/rest/v1/service/svctasks/")));
        QCOMPARE(sync().exitCode(), 1);
        QVERIFY(m_ws->serviceTasks().get(id)->pushAttempted);
        QVERIFY(m_server.resetFaults());
        QVERIFY(m_server.resetStats());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.stats().value(QStringLiteral("POST /rest/v1/service/svctasks")).toInt(), 0);
        QCOMPARE(task(uuid).state, SyncState::Clean);
        QCOMPARE(m_server.svctask(uuid).value(QStringLiteral("name")).toString(), created.name);
    }

    void lateCreateIsAdoptedNotDuplicated()
    {
        ServiceTask created;
        created.name = QStringLiteral("ответ потерян");
        const qint64 id = *m_ws->serviceTasks().create(created);
        const QString uuid = m_ws->serviceTasks().get(id)->local.id;
        // Every POST answer is lost; the retried POST hears 409 (ours arrived) and takes
        // the server's copy within the same sync.
        QVERIFY(m_server.faults(QStringLiteral("drop=1.0@POST")));
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(task(uuid).state, SyncState::Clean);
        QVERIFY(!task(uuid).pushAttempted);
        QCOMPARE(m_server.admin("GET", QStringLiteral("svctasks/") + uuid), 200);
    }

    void wrongTokenStopsTheSync()
    {
        RefServer guarded;
        QVERIFY(guarded.start({QStringLiteral("--token"), QStringLiteral("s3cret")}));
        HttpClient http;
        http.setToken(QStringLiteral("wrong"));
        ServiceTaskSync engine(m_ws->serviceTasks(), http, guarded.url(), 100);
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        engine.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(engine.report().authFailed);
        QCOMPARE(engine.report().exitCode(), 3);
        QCOMPARE(guarded.stats().value(QStringLiteral("total")).toInt(), 1); // no retry of a 401
    }

    void untrustedCertificateIsShownNotIgnored()
    {
        // A local HTTPS server with a self-signed certificate made for this test.
        const QString cert = m_db.filePath(QStringLiteral("cert.pem"));
        const QString key = m_db.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, "openssl could not make a certificate");
        RefServer tls;
        QVERIFY(tls.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));

        HttpClient http;
        ServiceTaskSync engine(m_ws->serviceTasks(), http, tls.url(), 100);
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        engine.start();
        QVERIFY(finished.wait(30000));
        const SyncReport report = engine.report();
        QCOMPARE(report.exitCode(), 3);
        QVERIFY(!report.tlsErrors.isEmpty());
        QVERIFY2(report.fatalError.contains(QLatin1String("certificate")), qPrintable(report.fatalError));
        QCOMPARE(report.untrustedCertificate.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_ws->serviceTasks().count(), 0); // nothing was read from an untrusted server
    }

    void editDuringTheSyncStaysDirty()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTask mine = task(kSeedId).local;
        mine.name = QStringLiteral("отправлено");
        QVERIFY(m_ws->serviceTasks().saveLocal(task(kSeedId).localId, mine));
        QVERIFY(m_server.faults(QStringLiteral("delay=1500@PATCH")));
        QVERIFY(m_server.resetStats());
        bool edited = false;
        const SyncReport report = sync([this, &edited](ServiceTaskSync &engine) {
            connect(&engine, &ServiceTaskSync::phaseChanged, this, [this, &edited](const QString &phase) {
                if (phase != ServiceTaskSync::tr("Pushing service tasks"))
                    return;
                QTimer::singleShot(0, this, [this, &edited] {
                    // The PATCH has reached the server and waits there: the user edits the
                    // record again.
                    QTRY_COMPARE_WITH_TIMEOUT(
                        m_server.stats().value(QStringLiteral("PATCH /rest/v1/service/svctasks/{id}")).toInt(), 1, 10000);
                    ServiceTask later = task(kSeedId).local;
                    later.name = QStringLiteral("изменено во время синхронизации");
                    edited = m_ws->serviceTasks().saveLocal(task(kSeedId).localId, later);
                });
            });
        });
        QVERIFY(m_server.resetFaults());
        QVERIFY(edited);
        QCOMPARE(report.pushedUpdated, 1);
        const StoredServiceTask record = task(kSeedId);
        QCOMPARE(record.local.name, QStringLiteral("изменено во время синхронизации"));
        QCOMPARE(record.state, SyncState::Modified);
        QCOMPARE(record.base->name, QStringLiteral("отправлено"));
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.svctask(kSeedId).value(QStringLiteral("name")).toString(),
                 QStringLiteral("изменено во время синхронизации"));
    }

    void cancelLeavesNothingHalfDone()
    {
        QVERIFY(m_server.faults(QStringLiteral("delay=300")));
        const SyncReport report = sync([this](ServiceTaskSync &engine) {
            connect(&engine, &ServiceTaskSync::progress, &engine, [&engine] { engine.cancel(); });
        });
        QVERIFY(report.cancelled);
        for (const StoredServiceTask &record : m_ws->serviceTasks().all(true))
            QCOMPARE(record.state, SyncState::Clean); // each record is whole, or not there
        QVERIFY(m_server.resetFaults());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_ws->serviceTasks().count(), 3);
    }

    // Runs `during` once the push has started (the first Pushing phase), after `delayMs`.
    static void whenPushing(ServiceTaskSync &engine, int delayMs, const std::function<void()> &action)
    {
        QObject::connect(&engine, &ServiceTaskSync::phaseChanged, &engine, [&engine, delayMs, action](const QString &phase) {
            if (phase == ServiceTaskSync::tr("Pushing service tasks"))
                QTimer::singleShot(delayMs, &engine, action);
        });
    }

    void cancelDuringThePushFinishes()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTask created;
        created.name = QStringLiteral("отмена во время отправки");
        const qint64 id = *m_ws->serviceTasks().create(created);
        const QString uuid = m_ws->serviceTasks().get(id)->local.id;
        QVERIFY(m_server.faults(QStringLiteral("delay=600@POST")));
        HttpClient http;
        ServiceTaskSync engine(m_ws->serviceTasks(), http, m_server.url(), 2);
        QSignalSpy finished(&engine, &ServiceTaskSync::finished);
        whenPushing(engine, 150, [&engine] { engine.cancel(); });
        engine.start();
        // The panel waits for `finished` to leave "Cancelling…" and enable Sync again.
        QVERIFY2(finished.wait(10000), "a cancel during the push never finished");
        QCOMPARE(finished.count(), 1);
        QVERIFY(engine.report().cancelled);
        QVERIFY(m_ws->serviceTasks().get(id)); // the record is whole; the next sync completes it
        QTest::qWait(800); // the server still handles the delayed POST; not into the next test
        QVERIFY(m_server.resetFaults());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(task(uuid).state, SyncState::Clean);
        QCOMPARE(m_server.svctask(uuid).value(QStringLiteral("name")).toString(), created.name);
        QCOMPARE(m_ws->serviceTasks().count(), 4);
    }

    void deleteDuringAPatchStaysDeleted()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTask mine = task(kSeedId).local;
        mine.name = QStringLiteral("изменено, потом удалено");
        QVERIFY(m_ws->serviceTasks().saveLocal(task(kSeedId).localId, mine));
        QVERIFY(m_server.faults(QStringLiteral("delay=500@PATCH")));
        sync([this](ServiceTaskSync &engine) {
            whenPushing(engine, 150, [this] { QVERIFY(m_ws->serviceTasks().remove(task(kSeedId).localId)); });
        });
        QCOMPARE(m_ws->serviceTasks().count(), 2); // the delete is not undone by the PATCH answer
        QVERIFY(m_server.resetFaults());
        QCOMPARE(sync().exitCode(), 0);
        QCOMPARE(m_server.admin("GET", QStringLiteral("svctasks/") + kSeedId), 404);
        QVERIFY(!m_ws->serviceTasks().localIdForUuid(kSeedId));
        QCOMPARE(m_ws->serviceTasks().count(true), 2);
    }

    void deleteDuringACreateIsNotPulledBack()
    {
        QCOMPARE(sync().exitCode(), 0);
        ServiceTask created;
        created.name = QStringLiteral("создано и сразу удалено");
        const qint64 id = *m_ws->serviceTasks().create(created);
        const QString uuid = m_ws->serviceTasks().get(id)->local.id;
        QVERIFY(m_server.faults(QStringLiteral("delay=500@POST")));
        sync([this, id](ServiceTaskSync &engine) {
            whenPushing(engine, 150, [this, id] { QVERIFY(m_ws->serviceTasks().remove(id)); });
        });
        QCOMPARE(m_ws->serviceTasks().count(), 3);
        QVERIFY(m_server.resetFaults());
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(!m_ws->serviceTasks().localIdForUuid(uuid)); // not pulled back
        QCOMPARE(m_server.admin("GET", QStringLiteral("svctasks/") + uuid), 404);
        QCOMPARE(m_ws->serviceTasks().count(true), 3);
    }

    void deleteFailingOnTemporaryErrorsIsSentAgain()
    {
        QCOMPARE(sync().exitCode(), 0);
        QVERIFY(m_ws->serviceTasks().remove(task(kOtherId).localId));
        QVERIFY(m_server.faults(QStringLiteral("error=503:1.0@DELETE")));
        const SyncReport report = sync();
        QCOMPARE(report.exitCode(), 1);
        QCOMPARE(report.pushedDeleted, 0);
        QCOMPARE(m_ws->serviceTasks().count(), 2); // still deleted here, not back in the table
        QCOMPARE(task(kOtherId).state, SyncState::Deleted);
        QVERIFY(m_server.resetFaults());
        const SyncReport healed = sync();
        QCOMPARE(healed.exitCode(), 0);
        QCOMPARE(healed.pushedDeleted, 1);
        QCOMPARE(m_server.admin("GET", QStringLiteral("svctasks/") + kOtherId), 404);
        QVERIFY(!m_ws->serviceTasks().localIdForUuid(kOtherId));
    }

    void fatalErrorWithARetryPendingLeavesNoCallbackBehind()
    {
        // As in SyncSession: the client outlives the engine, which is deleted once it
        // finishes. One read sleeps before its retry when another read hears 401.
        QVERIFY(m_server.faults(QStringLiteral("error-next=503:1@GET/rest/v1/service/svctasks/,"
                                               "error-next=401:1@GET/rest/v1/service/svctasks/")));
        HttpClient http;
        HttpClient::Options options;
        options.backoffBaseMs = 400;
        options.backoffCapMs = 400;
        http.setOptions(options);
        auto *engine = new ServiceTaskSync(m_ws->serviceTasks(), http, m_server.url(), 10);
        QSignalSpy finished(engine, &ServiceTaskSync::finished);
        engine->start();
        QVERIFY(finished.wait(10000));
        QVERIFY(engine->report().authFailed);
        delete engine;
        // The retry's timer fires now and ends the request as cancelled: under
        // AddressSanitizer a callback into the deleted engine is a use after free.
        QTRY_COMPARE_WITH_TIMEOUT(http.inFlight(), 0, 5000);
        QTest::qWait(100);
    }

    void headlessExitCodes()
    {
        const QString db = m_db.filePath(QStringLiteral("headless.sqlite"));
        auto run = [&db](const QStringList &extra, const QString &token = QString()) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            if (!token.isEmpty())
                env.insert(QStringLiteral("TASKDESK_ERA_TOKEN"), token);
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(TASKDESK_EXECUTABLE), QStringList{QStringLiteral("--database"), db, QStringLiteral("--sync")} + extra);
            process.waitForFinished(60000);
            return process.exitCode();
        };
        const QString url = m_server.url().toString();
        QCOMPARE(run({QStringLiteral("--era-url"), url}), 0);
        QCOMPARE(run({QStringLiteral("--era-url"), QStringLiteral("http://127.0.0.1:1")}), 3);
        RefServer guarded;
        QVERIFY(guarded.start({QStringLiteral("--token"), QStringLiteral("s3cret")}));
        QCOMPARE(run({QStringLiteral("--era-url"), guarded.url().toString()}, QStringLiteral("wrong")), 3);
        QCOMPARE(run({QStringLiteral("--era-url"), guarded.url().toString()}, QStringLiteral("s3cret")), 0);
    }

    void killedHalfWayLosesNothing()
    {
        const QString db = m_db.filePath(QStringLiteral("killed.sqlite"));
        {
            Workspace ws;
            QVERIFY(ws.open(db));
            for (int i = 0; i < 20; ++i) {
                ServiceTask task;
                task.name = QStringLiteral("локальная %1").arg(i);
                QVERIFY(ws.serviceTasks().create(task));
            }
        }
        QVERIFY(m_server.faults(QStringLiteral("delay=100@POST")));
        QProcess process;
        process.start(QStringLiteral(TASKDESK_EXECUTABLE),
                      {QStringLiteral("--database"), db, QStringLiteral("--sync"), QStringLiteral("--era-url"), m_server.url().toString()});
        QVERIFY(process.waitForStarted());
        // Kill it once some creates have reached the server.
        QTRY_VERIFY_WITH_TIMEOUT(m_server.stats().value(QStringLiteral("POST /rest/v1/service/svctasks")).toInt() >= 3, 20000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(m_server.resetFaults());

        {
            Workspace ws;
            QVERIFY2(ws.open(db), qPrintable(ws.errorString()));
            int ours = 0;
            for (const StoredServiceTask &record : ws.serviceTasks().all(true))
                ours += record.local.name.startsWith(QStringLiteral("локальная")) ? 1 : 0;
            QCOMPARE(ours, 20); // every local record is still there
        }
        QProcess again;
        again.start(QStringLiteral(TASKDESK_EXECUTABLE),
                    {QStringLiteral("--database"), db, QStringLiteral("--sync"), QStringLiteral("--era-url"), m_server.url().toString()});
        QVERIFY(again.waitForFinished(60000));
        QVERIFY2(again.exitCode() == 0, qPrintable(QString::fromUtf8(again.readAllStandardError())));
        Workspace ws;
        QVERIFY(ws.open(db));
        QCOMPARE(ws.serviceTasks().count(), 23); // 20 of ours, once each, and the 3 of the server
        for (const StoredServiceTask &record : ws.serviceTasks().all(true))
            QCOMPARE(record.state, SyncState::Clean);
    }
};

QTEST_GUILESS_MAIN(TestServiceTaskSync)
#include "tst_servicetasksync.moc"
