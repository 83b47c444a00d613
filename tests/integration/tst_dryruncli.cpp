// `taskdesk --database DB --sync --dry-run`, the real binary against the reference server
// (which wants a token, given through the environment): one "would send:" line per planned
// request with its body, the summary line, exit code 0 without conflicts and 2 with one; the
// server receives only GETs and the records of the database stay as they were.
#include "CliRun.h"
#include "RecordRows.h"
#include "RefServer.h"
#include "WritingRequests.h"

#include "storage/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kToken = QStringLiteral("cli-secret");

using Run = CliRun;

Run taskdesk(const QStringList &arguments, const QString &token = kToken)
{
    return CliRun::taskdesk(arguments, CliRun::withTokens(token));
}

// Every row of the record tables, read through SQL: the records, not the file's bytes.
QStringList records(const QString &path)
{
    Workspace ws;
    return ws.open(path) ? recordRows(ws) : QStringList{QStringLiteral("cannot open")};
}

} // namespace

class TestDryRunCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RefServer m_server;
    QString m_db;

    QStringList dryRunArguments() const
    {
        return CliRun::syncArguments(m_db, m_server.url()) << QStringLiteral("--dry-run");
    }

    // A local edit, as a sync would find it.
    QString renameFirst(int index, const QString &name)
    {
        Workspace ws;
        if (!ws.open(m_db))
            return QString();
        const auto tasks = ws.serviceTasks().all();
        ServiceTask edited = tasks.at(index).local;
        edited.name = name;
        return ws.serviceTasks().saveLocal(tasks.at(index).localId, edited) ? edited.id : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.startSeeded({QStringLiteral("--token"), kToken}));
        m_db = m_dir.filePath(QStringLiteral("dryrun-cli.sqlite"));
        const Run first = taskdesk(CliRun::syncArguments(m_db, m_server.url()));
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    }

    void plansEachRequestSendsOnlyReads()
    {
        const QString edited = renameFirst(0, QStringLiteral("Edited for the dry run"));
        const QString other = renameFirst(1, QStringLiteral("Also edited"));
        QVERIFY(!edited.isEmpty() && !other.isEmpty());
        const QStringList before = records(m_db);
        QVERIFY(m_server.resetStats());

        const Run run = taskdesk(dryRunArguments());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList planned = lines.filter(QRegularExpression(QStringLiteral("^would send: ")));
        QCOMPARE(planned.size(), 2);
        const QString path = m_server.url().toString() + QStringLiteral("/rest/v1/service/svctasks/");
        QVERIFY2(planned.contains(QStringLiteral("would send: PATCH %1%2 {\"name\":\"Edited for the dry run\"}").arg(path, edited)),
                 qPrintable(planned.join('\n')));
        QVERIFY2(planned.contains(QStringLiteral("would send: PATCH %1%2 {\"name\":\"Also edited\"}").arg(path, other)),
                 qPrintable(planned.join('\n')));
        QVERIFY2(lines.last().startsWith(QLatin1String("Dry run, nothing was sent or changed. From the servers: 0 new, 0 changed")),
                 qPrintable(lines.last()));
        QVERIFY2(lines.last().contains(QLatin1String("To the servers: 0 to create, 2 to update, 0 to delete. Failed: 0, conflicts: 0, drafts not sent: 0.")),
                 qPrintable(lines.last()));
        QVERIFY2(!run.out.contains(kToken) && !run.err.contains(kToken), "the token was printed");

        QVERIFY2(writingRequests(m_server).isEmpty(), qPrintable(writingRequests(m_server).join(", ")));
        QVERIFY(m_server.stats().value(QStringLiteral("total")).toInt() > 0);
        QCOMPARE(records(m_db), before);
        QVERIFY(m_server.svctask(edited).value(QStringLiteral("name")).toString() != QLatin1String("Edited for the dry run"));
    }

    void conflictExitsTwo()
    {
        const QString id = renameFirst(2, QStringLiteral("Mine"));
        QVERIFY(!id.isEmpty());
        QVERIFY(m_server.changeSvctask(id, {{QStringLiteral("name"), QStringLiteral("Theirs")}}));
        const QStringList before = records(m_db);
        QVERIFY(m_server.resetStats());
        const Run run = taskdesk(dryRunArguments());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(QLatin1String("conflicts: 1,")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("PATCH ") + m_server.url().toString() + QStringLiteral("/rest/v1/service/svctasks/") + id),
                 qPrintable(run.out));
        QVERIFY(writingRequests(m_server).isEmpty());
        QCOMPARE(records(m_db), before);
    }

    void wrongTokenExitsThreeAndChangesNothing()
    {
        const QStringList before = records(m_db);
        QVERIFY(m_server.resetStats());
        const Run run = taskdesk(dryRunArguments(), QStringLiteral("wrong"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("refused the credentials")), qPrintable(run.err));
        QVERIFY(writingRequests(m_server).isEmpty());
        QCOMPARE(records(m_db), before);
    }

    void missingDatabaseIsAnErrorAndStaysMissing()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        QStringList arguments = dryRunArguments();
        arguments[1] = missing;
        const Run run = taskdesk(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestDryRunCli)
#include "tst_dryruncli.moc"
