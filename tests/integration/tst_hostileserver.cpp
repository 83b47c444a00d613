// Sync against hostile or broken servers (tests/server/hostile_server.py): redirects to
// another origin, malformed or endless listings, huge, slow or gzip-bombed answers, answers
// about the wrong record, 401 on reads. For each, what the user depends on: the token never
// reaches another origin, local records survive, the sync ends with a message naming what
// was wrong, and the exit code of the headless sync says it failed.
#include "HostileServer.h"

#include "storage/Workspace.h"
#include "sync/HttpClient.h"
#include "sync/HttpJob.h"
#include "sync/ServiceTaskSync.h"
#include "sync/TaskSeriesSync.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kEraToken = QStringLiteral("era-secret-token");
const QString kPatrolToken = QStringLiteral("patrol-secret-token");

enum class Side { Era, Patrol };

struct Outcome
{
    SyncReport report;
    QStringList log;
    qint64 elapsedMs = 0;
    QString text() const { return report.fatalError + QLatin1Char('\n') + log.join(QLatin1Char('\n')); }
};

// Small limits, so that a test never needs hundreds of megabytes or minutes.
HttpClient::Options testOptions()
{
    HttpClient::Options options;
    options.timeoutMs = 1000;
    options.deadlineMs = 2000;
    options.maxAnswerBytes = 1 << 20;
    options.maxAttempts = 2;
    options.backoffBaseMs = 20;
    options.backoffCapMs = 100;
    return options;
}

} // namespace

Q_DECLARE_METATYPE(Side)

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HostileServer m_server;
    std::unique_ptr<Workspace> m_ws;
    QString m_dbPath;
    int m_counter = 0;

    template<typename Engine>
    Outcome run(Engine &engine)
    {
        Outcome outcome;
        QSignalSpy finished(&engine, &Engine::finished);
        connect(&engine, &Engine::logLine, this, [&outcome](SyncLogLevel, const QString &line) { outcome.log.append(line); });
        QElapsedTimer clock;
        clock.start();
        engine.start();
        if (finished.isEmpty() && !finished.wait(30000))
            qWarning("sync did not finish");
        outcome.elapsedMs = clock.elapsed();
        outcome.report = engine.report();
        return outcome;
    }

    Outcome sync(Side side, const HttpClient::Options &options = testOptions(), const ListingGuard::Limits &limits = {},
                 int pageSize = 2)
    {
        HttpClient http;
        http.setOptions(options);
        http.setToken(side == Side::Era ? kEraToken : kPatrolToken);
        if (side == Side::Era) {
            ServiceTaskSync engine(m_ws->serviceTasks(), http, m_server.url(), pageSize);
            engine.setListingLimits(limits);
            return run(engine);
        }
        TaskSeriesSync engine(m_ws->series(), http, m_server.url(), pageSize);
        engine.setListingLimits(limits);
        return run(engine);
    }

    int count(Side side) const
    {
        return side == Side::Era ? m_ws->serviceTasks().count(true) : m_ws->series().count(true);
    }

    int cleanCount(Side side) const
    {
        int clean = 0;
        if (side == Side::Era) {
            for (const StoredServiceTask &record : m_ws->serviceTasks().all(true))
                clean += record.state == SyncState::Clean ? 1 : 0;
        } else {
            for (const StoredTaskSeries &record : m_ws->series().all(true))
                clean += record.state == SyncState::Clean ? 1 : 0;
        }
        return clean;
    }

    static int serverRecords(Side side) { return side == Side::Era ? 3 : 2; }

    // The server's records, synced and clean here, before it turns hostile.
    void prime(Side side)
    {
        QVERIFY(m_server.setMode(QStringLiteral("good")));
        const Outcome good = sync(side);
        QVERIFY2(good.report.exitCode() == 0, qPrintable(good.text()));
        QCOMPARE(cleanCount(side), serverRecords(side));
    }

    static void addSides(const char *mode, const char *expected)
    {
        QTest::newRow(qPrintable(QStringLiteral("ERA %1").arg(QLatin1String(mode)))) << Side::Era << mode << expected;
        QTest::newRow(qPrintable(QStringLiteral("TARGPatrol %1").arg(QLatin1String(mode)))) << Side::Patrol << mode << expected;
    }

    struct Cli
    {
        int exitCode = -1;
        QString err;
    };

    // The headless sync of both sides, with its default limits, as a script runs it.
    Cli headlessSync()
    {
        m_ws.reset(); // the command opens the database itself
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir.filePath(QStringLiteral("home"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("TASKDESK_KEYCHAIN"), QStringLiteral("none"));
        env.insert(QStringLiteral("TASKDESK_ERA_TOKEN"), kEraToken);
        env.insert(QStringLiteral("TASKDESK_PATROL_TOKEN"), kPatrolToken);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        process.setProcessEnvironment(env);
        const QString url = m_server.url().toString();
        process.start(QStringLiteral(TASKDESK_EXECUTABLE), {QStringLiteral("--database"), m_dbPath, QStringLiteral("--sync"),
                                                            QStringLiteral("--era-url"), url, QStringLiteral("--patrol-url"), url});
        Cli cli;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            cli.err = QStringLiteral("taskdesk --sync did not finish");
            return cli;
        }
        cli.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        cli.err = QString::fromUtf8(process.readAllStandardError());
        m_ws = std::make_unique<Workspace>();
        if (!m_ws->open(m_dbPath))
            qWarning("the database did not open again: %s", qPrintable(m_ws->errorString()));
        return cli;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), "the hostile server did not start");
    }

    void init()
    {
        QVERIFY(m_server.setMode(QStringLiteral("good")));
        m_dbPath = m_dir.filePath(QStringLiteral("hostile-%1.sqlite").arg(++m_counter));
        m_ws = std::make_unique<Workspace>();
        QVERIFY(m_ws->open(m_dbPath));
    }

    void cleanup() { m_ws.reset(); }

    // ---- a: redirects ------------------------------------------------------------------

    void originRule()
    {
        const QUrl base(QStringLiteral("https://era.example.org/api"));
        QVERIFY(HttpJob::sameOrigin(base, QUrl(QStringLiteral("https://ERA.example.org:443/other"))));
        QVERIFY(!HttpJob::sameOrigin(base, QUrl(QStringLiteral("http://era.example.org/api")))); // https -> http
        QVERIFY(!HttpJob::sameOrigin(base, QUrl(QStringLiteral("https://era.example.org:8443/api"))));
        QVERIFY(!HttpJob::sameOrigin(base, QUrl(QStringLiteral("https://evil.example.org/api"))));
        QVERIFY(HttpJob::sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:8080/")), QUrl(QStringLiteral("http://127.0.0.1:8080/x"))));
        QVERIFY(!HttpJob::sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:8080/")), QUrl(QStringLiteral("http://127.0.0.1:8081/"))));
    }

    void crossOriginRedirectIsNotFollowed_data()
    {
        QTest::addColumn<Side>("side");
        QTest::newRow("ERA") << Side::Era;
        QTest::newRow("TARGPatrol") << Side::Patrol;
    }

    void crossOriginRedirectIsNotFollowed()
    {
        QFETCH(Side, side);
        QVERIFY(m_server.setMode(QStringLiteral("redirect-cross-origin")));
        const Outcome outcome = sync(side);
        const QJsonObject seen = m_server.state();
        // The other origin never saw the token, nor any request at all.
        QCOMPARE(seen.value(QStringLiteral("otherOriginAuthorization")).toInt(), 0);
        QCOMPARE(seen.value(QStringLiteral("otherOriginRequests")).toInt(), 0);
        QCOMPARE(count(side), 0);
        QCOMPARE(outcome.report.exitCode(), 3);
        // The message names both addresses.
        QVERIFY2(outcome.report.fatalError.contains(m_server.url().toString()), qPrintable(outcome.text()));
        QVERIFY2(outcome.report.fatalError.contains(seen.value(QStringLiteral("otherOrigin")).toString()), qPrintable(outcome.text()));
        QVERIFY2(outcome.report.fatalError.contains(QStringLiteral("another origin")), qPrintable(outcome.text()));
    }

    void sameOriginRedirectIsFollowedWithTheToken_data() { crossOriginRedirectIsNotFollowed_data(); }

    void sameOriginRedirectIsFollowedWithTheToken()
    {
        QFETCH(Side, side);
        QVERIFY(m_server.setMode(QStringLiteral("redirect-same-origin")));
        const Outcome outcome = sync(side);
        QVERIFY2(outcome.report.exitCode() == 0, qPrintable(outcome.text()));
        QCOMPARE(count(side), serverRecords(side));
        const QJsonObject seen = m_server.state();
        QVERIFY(seen.value(QStringLiteral("movedRequests")).toInt() > 0);
        QCOMPARE(seen.value(QStringLiteral("movedAuthorization")).toInt(), seen.value(QStringLiteral("movedRequests")).toInt());
    }

    void redirectLoopStopsAfterAFew()
    {
        QVERIFY(m_server.setMode(QStringLiteral("redirect-loop")));
        const Outcome outcome = sync(Side::Era);
        QVERIFY2(outcome.report.fatalError.contains(QStringLiteral("more than 5 redirect")), qPrintable(outcome.text()));
        QCOMPARE(m_server.state().value(QStringLiteral("requests")).toInt(), 6); // one request, five redirects followed
    }

    // ---- b, c, g: listings that cannot be used -------------------------------------------

    void unusableListingDeletesNothing_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        addSides("list-without-ids", "item 0 has no string \"id\": {\"ID\":");
        addSides("list-not-objects", "item 0 is null, not an object");
        addSides("list-is-object", "expected a JSON array, got an object");
        addSides("same-page-forever", "page 5 repeats the previous page");
        addSides("new-ids-forever", "more than 50 record");
        // Each page alone could be records created meanwhile; four in a row with nothing new cannot.
        addSides("two-pages-forever", "page 6 lists only ids listed before");
    }

    void unusableListingDeletesNothing()
    {
        QFETCH(Side, side);
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        prime(side);
        QVERIFY(m_server.setMode(mode));
        ListingGuard::Limits limits;
        limits.maxRecords = 50;
        const Outcome outcome = sync(side, testOptions(), limits);
        QVERIFY2(outcome.report.fatalError.contains(expected), qPrintable(outcome.text()));
        QVERIFY2(outcome.report.fatalError.contains(QStringLiteral("nothing was changed")), qPrintable(outcome.text()));
        QCOMPARE(outcome.report.exitCode(), 1);
        QCOMPARE(outcome.report.remoteDeleted, 0);
        // Every record is still here, untouched.
        QCOMPARE(count(side), serverRecords(side));
        QCOMPARE(cleanCount(side), serverRecords(side));
        QVERIFY(outcome.report.listPages <= 26); // stopped early, not paged for ever
    }

    void recordCapIsSettable()
    {
        // The same endless server under the default caps would be stopped at 1 000 000 records;
        // a cap of 10 stops it after 5 pages of 2.
        QVERIFY(m_server.setMode(QStringLiteral("new-ids-forever")));
        ListingGuard::Limits limits;
        limits.maxRecords = 10;
        const Outcome outcome = sync(Side::Era, testOptions(), limits);
        QVERIFY2(outcome.report.fatalError.contains(QStringLiteral("more than 10 record")), qPrintable(outcome.text()));
        QCOMPARE(outcome.report.listPages, 6);
        limits = {};
        limits.maxPages = 3;
        const Outcome pages = sync(Side::Patrol, testOptions(), limits);
        QVERIFY2(pages.report.fatalError.contains(QStringLiteral("more than 3 page")), qPrintable(pages.text()));
    }

    // A server that answers one item a page whatever `limit` asks: its first short page is not
    // the end of the listing, and the records after it are not deleted here.
    void shortPagesAreNotTheEnd_data() { crossOriginRedirectIsNotFollowed_data(); }
    void shortPagesAreNotTheEnd()
    {
        QFETCH(Side, side);
        prime(side);
        QVERIFY(m_server.setMode(QStringLiteral("capped-pages")));
        const Outcome outcome = sync(side);
        QVERIFY2(outcome.report.exitCode() == 0, qPrintable(outcome.text()));
        QCOMPARE(outcome.report.remoteDeleted, 0);
        QCOMPARE(cleanCount(side), serverRecords(side));
        // One page per record, then the empty page that ends the listing.
        QCOMPARE(outcome.report.listPages, serverRecords(side) + 1);
    }

    // ---- d, g: answers too large ---------------------------------------------------------

    void tooLargeAnswerIsCut_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        addSides("huge-answer", "answer larger than 1 MB");
        addSides("huge-declared", "answer larger than 1 MB");
        addSides("gzip-bomb", "answer larger than 1 MB");
    }

    void tooLargeAnswerIsCut()
    {
        QFETCH(Side, side);
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        prime(side);
        QVERIFY(m_server.setMode(mode));
        const Outcome outcome = sync(side);
        QVERIFY2(outcome.report.fatalError.contains(expected), qPrintable(outcome.text()));
        QCOMPARE(outcome.report.exitCode(), 1);
        QCOMPARE(count(side), serverRecords(side));
        QCOMPARE(m_server.state().value(QStringLiteral("requests")).toInt(), 1); // never retried
        QVERIFY2(outcome.elapsedMs < 10000, qPrintable(QString::number(outcome.elapsedMs)));
    }

    // ---- e: a server that sends a byte now and then --------------------------------------

    void slowDripHitsTheDeadline_data() { crossOriginRedirectIsNotFollowed_data(); }

    void slowDripHitsTheDeadline()
    {
        QFETCH(Side, side);
        QVERIFY(m_server.setMode(QStringLiteral("slow-drip")));
        const Outcome outcome = sync(side); // idle timeout 1 s, deadline 2 s, 2 attempts
        QVERIFY2(outcome.report.fatalError.contains(QStringLiteral("no complete answer within 2 second")), qPrintable(outcome.text()));
        QCOMPARE(outcome.report.exitCode(), 3);
        QCOMPARE(m_server.state().value(QStringLiteral("requests")).toInt(), 2); // retried once, as set
        QVERIFY2(outcome.elapsedMs < 10000, qPrintable(QString::number(outcome.elapsedMs)));
    }

    // ---- f: an answer about another record ----------------------------------------------

    void answerForAnotherRecordFails_data() { crossOriginRedirectIsNotFollowed_data(); }

    void answerForAnotherRecordFails()
    {
        QFETCH(Side, side);
        QVERIFY(m_server.setMode(QStringLiteral("wrong-id")));
        const Outcome outcome = sync(side);
        QCOMPARE(outcome.report.failed, serverRecords(side));
        QCOMPARE(outcome.report.exitCode(), 1);
        QCOMPARE(count(side), 0); // nothing stored under an id that was not asked for
        QVERIFY2(outcome.text().contains(QStringLiteral("instead")), qPrintable(outcome.text()));
    }

    // ---- g: 401 on reads, without Qt warnings -------------------------------------------

    void unauthorizedReadsStopWithoutQtWarnings_data() { crossOriginRedirectIsNotFollowed_data(); }

    void unauthorizedReadsStopWithoutQtWarnings()
    {
        QFETCH(Side, side);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        QVERIFY(m_server.setMode(QStringLiteral("401-on-items")));
        HttpClient::Options options = testOptions();
        options.parallel = 4; // reads in flight together when the first 401 comes
        const Outcome outcome = sync(side, options, {}, 100);
        QVERIFY(outcome.report.authFailed);
        QCOMPARE(outcome.report.exitCode(), 3);
        QVERIFY2(outcome.report.fatalError.contains(QStringLiteral("token expired")), qPrintable(outcome.text()));
        // Let anything aborted late still come back: a warning would fail the test.
        QTest::qWait(200);
    }

    // ---- the headless command -------------------------------------------------------------

    void headlessSyncKeepsRecordsOnAMalformedListing()
    {
        prime(Side::Era);
        prime(Side::Patrol);
        QVERIFY(m_server.setMode(QStringLiteral("list-without-ids")));
        const Cli cli = headlessSync();
        QVERIFY2(cli.exitCode == 1, qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QStringLiteral("has no string \"id\"")), qPrintable(cli.err));
        QCOMPARE(cleanCount(Side::Era), 3);
        QCOMPARE(cleanCount(Side::Patrol), 2);
    }

    void headlessSyncFailsOnAnswersForOtherRecords()
    {
        QVERIFY(m_server.setMode(QStringLiteral("wrong-id")));
        const Cli cli = headlessSync();
        QVERIFY2(cli.exitCode == 1, qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QStringLiteral("error:")) && cli.err.contains(QStringLiteral("instead")), qPrintable(cli.err));
        QCOMPARE(count(Side::Era) + count(Side::Patrol), 0);
    }

    void headlessSyncNeverSendsTheTokenElsewhere()
    {
        QVERIFY(m_server.setMode(QStringLiteral("redirect-cross-origin")));
        const Cli cli = headlessSync();
        QVERIFY2(cli.exitCode == 3, qPrintable(cli.err));
        QCOMPARE(m_server.state().value(QStringLiteral("otherOriginAuthorization")).toInt(), 0);
        QVERIFY2(!cli.err.contains(kEraToken) && !cli.err.contains(kPatrolToken), qPrintable(cli.err));
    }

    void headlessSyncPrintsNoQtWarnings()
    {
        QVERIFY(m_server.setMode(QStringLiteral("401-on-items")));
        const Cli cli = headlessSync();
        QVERIFY2(cli.exitCode == 3, qPrintable(cli.err));
        QVERIFY2(!cli.err.contains(QStringLiteral("QNetworkReply")) && !cli.err.contains(QStringLiteral("must only be called once")),
                 qPrintable(cli.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
