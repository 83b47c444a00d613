// The dry run (`--sync --dry-run`, Sync → Preview sync): against the reference server, with
// changes pending on both sides, it sends reads only, leaves every record of the database as
// it was, lists each request a sync would send, and a real sync afterwards does what it listed.
#include "RecordRows.h"
#include "SyncRun.h"
#include "SyncedFileTest.h"
#include "WritingRequests.h"

#include "storage/Workspace.h"
#include "sync/DryRun.h"
#include "sync/SyncSession.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace {

// What a dry run printed and decided: the lines `taskdesk --sync --dry-run` prints.
struct Run
{
    int exitCode = -1;
    QString out; // one "would send:" line per request, then the counts
    QString err; // the engines' log
    SyncReport report;
    QVector<DryRunOutcome> outcomes;
};

SyncSession::Settings settingsFor(const QUrl &url)
{
    SyncSession::Settings settings;
    settings.eraUrl = url;
    settings.patrolUrl = url;
    return settings;
}

Run dryRun(const QString &db, const QUrl &url)
{
    DryRun run(db, settingsFor(url));
    Run result;
    QObject::connect(&run, &DryRun::logLine, [&result](SyncLogLevel, const QString &line) { result.err += line + QLatin1Char('\n'); });
    QSignalSpy done(&run, &DryRun::finished);
    run.start();
    if (!done.wait(60000))
        return result;
    for (const PlannedRequest &request : run.plan())
        result.out += QStringLiteral("would send: ") + DryRun::describe(request) + QLatin1Char('\n');
    result.report = run.report();
    result.outcomes = run.outcomes();
    result.out += run.errorString();
    result.exitCode = run.exitCode();
    return result;
}

Run realSync(const QString &db, const QUrl &url)
{
    Run result;
    result.report = SyncRun::syncDatabase(db, url, &result.err);
    result.exitCode = result.report.exitCode();
    return result;
}

// Every column of every row of the record tables, in a fixed order, as a digest.
QByteArray recordsOf(const QString &path)
{
    Workspace ws;
    if (!ws.open(path))
        return QByteArray();
    return QCryptographicHash::hash(recordRows(ws).join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDryRun : public SyncedFileTest
{
    Q_OBJECT

public:
    TestDryRun() : SyncedFileTest(QStringLiteral("dryrun.sqlite")) {}

private slots:
    void sendsReadsOnlyAndChangesNoRecord()
    {
        QString editedId, deletedId, serverChangedId;
        {
            Workspace ws;
            QVERIFY(ws.open(m_db));
            const auto tasks = ws.serviceTasks().all();
            QVERIFY(tasks.size() >= 3);
            ServiceTask edited = tasks.at(0).local;
            editedId = edited.id;
            edited.name = QStringLiteral("Edited here");
            QVERIFY(ws.serviceTasks().saveLocal(tasks.at(0).localId, edited));
            deletedId = tasks.at(1).local.id;
            QVERIFY(ws.serviceTasks().remove(tasks.at(1).localId));
            serverChangedId = tasks.at(2).local.id;
            ServiceTask fresh;
            fresh.name = QStringLiteral("Made here");
            QVERIFY(ws.serviceTasks().create(fresh));
            TaskSeries series = ws.series().all().at(0).local;
            series.name = QStringLiteral("Series edited here");
            QVERIFY(ws.series().saveLocal(ws.series().all().at(0).localId, series));
        }
        QVERIFY(m_server.changeSvctask(serverChangedId, {{QStringLiteral("name"), QStringLiteral("Changed there")}}));
        const QByteArray recordsBefore = recordsOf(m_db);
        const QByteArray fileBefore = fileBytes(m_db);
        QVERIFY(!recordsBefore.isEmpty());
        QVERIFY(m_server.resetStats());

        const Run dry = dryRun(m_db, m_server.url());
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
        QVERIFY2(writingRequests(m_server).isEmpty(), qPrintable(writingRequests(m_server).join(QLatin1String(", "))));
        QVERIFY(m_server.stats().value(QStringLiteral("total")).toInt() > 0); // it did read
        QCOMPARE(fileBytes(m_db), fileBefore);
        QCOMPARE(recordsOf(m_db), recordsBefore);

        // Each request it would send, with its body.
        const QStringList lines = dry.out.split(QLatin1Char('\n'));
        auto planned = [&lines](const QString &verb, const QString &needle) {
            for (const QString &line : lines)
                if (line.startsWith(QLatin1String("would send: ") + verb + QLatin1Char(' ')) && line.contains(needle))
                    return true;
            return false;
        };
        QVERIFY2(planned(QStringLiteral("POST"), QStringLiteral("\"name\":\"Made here\"")), qPrintable(dry.out));
        QVERIFY2(planned(QStringLiteral("PATCH"), editedId + QStringLiteral(" {\"name\":\"Edited here\"}")), qPrintable(dry.out));
        QVERIFY2(planned(QStringLiteral("DELETE"), deletedId), qPrintable(dry.out));
        QVERIFY2(planned(QStringLiteral("PUT"), QStringLiteral("\"name\":\"Series edited here\"")), qPrintable(dry.out));
        QCOMPARE(dry.report.pulledNew, 0);
        QCOMPARE(dry.report.pulledChanged, 1);
        QCOMPARE(dry.report.remoteDeleted, 0);
        QCOMPARE(dry.report.pushedCreated, 1);
        QCOMPARE(dry.report.pushedUpdated, 2);
        QCOMPARE(dry.report.pushedDeleted, 1);
        QCOMPARE(dry.report.failed, 0);
        QVERIFY2(dry.err.contains(QLatin1String("Received changes: Changed there")), qPrintable(dry.err));
        QVERIFY2(!dry.err.contains(QLatin1String("on the server: Made here")), qPrintable(dry.err));
        // Record by record, what the pull did: the one change received. What is sent (and
        // answered here as the server would) is the plan, not an outcome.
        QCOMPARE(dry.outcomes.size(), 1);
        QCOMPARE(dry.outcomes.first().what, DryRunOutcome::What::ReceivedChanges);
        QCOMPARE(dry.outcomes.first().kind, DryRunOutcome::Kind::ServiceTask);
        QCOMPARE(dry.outcomes.first().name, QStringLiteral("Changed there"));

        // A second dry run plans the same: the first left nothing behind.
        const Run again = dryRun(m_db, m_server.url());
        QCOMPARE(again.out.count(QLatin1String("would send: ")), dry.out.count(QLatin1String("would send: ")));

        // The real sync then does what the dry run said.
        QVERIFY(m_server.resetStats());
        const Run real = realSync(m_db, m_server.url());
        QVERIFY2(real.exitCode == 0, qPrintable(real.out + real.err));
        QCOMPARE(real.report.pulledChanged, dry.report.pulledChanged);
        QCOMPARE(real.report.pushedCreated, dry.report.pushedCreated);
        QCOMPARE(real.report.pushedUpdated, dry.report.pushedUpdated);
        QCOMPARE(real.report.pushedDeleted, dry.report.pushedDeleted);
        QCOMPARE(m_server.svctask(editedId).value(QStringLiteral("name")).toString(), QStringLiteral("Edited here"));
    }

    void conflictExitsTwoAndChangesNothing()
    {
        QString id;
        {
            Workspace ws;
            QVERIFY(ws.open(m_db));
            const auto tasks = ws.serviceTasks().all();
            ServiceTask edited = tasks.at(0).local;
            id = edited.id;
            edited.name = QStringLiteral("Mine");
            QVERIFY(ws.serviceTasks().saveLocal(tasks.at(0).localId, edited));
        }
        QVERIFY(m_server.changeSvctask(id, {{QStringLiteral("name"), QStringLiteral("Theirs")}}));
        const QByteArray before = recordsOf(m_db);
        QVERIFY(m_server.resetStats());
        const Run dry = dryRun(m_db, m_server.url());
        QCOMPARE(dry.exitCode, 2);
        QCOMPARE(dry.report.conflicts, 1);
        QVERIFY2(dry.err.contains(QLatin1String("Conflict: ")), qPrintable(dry.err));
        QCOMPARE(dry.outcomes.size(), 1);
        QCOMPARE(dry.outcomes.first().what, DryRunOutcome::What::Conflict);
        QCOMPARE(dry.outcomes.first().name, QStringLiteral("Mine"));
        QVERIFY2(!dry.outcomes.first().reason.isEmpty(), "a conflict says why");
        QVERIFY(!dry.out.contains(QLatin1String("would send: PATCH")));
        QVERIFY(writingRequests(m_server).isEmpty());
        QCOMPARE(recordsOf(m_db), before);
    }

    void refusesWhatIsNotThere()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const Run run = dryRun(missing, m_server.url());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(missing)); // a dry run never makes a database
    }
};

QTEST_GUILESS_MAIN(TestDryRun)
#include "tst_dryrun.moc"
