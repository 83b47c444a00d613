// The history of a service task: every change of its local copy is a version with its
// origin, whoever wrote it (an edit, a pull, a resolved conflict), bounded per record.
#include "io/DocumentImporter.h"
#include "settings/Settings.h"
#include "storage/RecordHistory.h"
#include "storage/SyncState.h"
#include "storage/Workspace.h"
#include "sync/RemoteChangeWriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

ServiceTask task(const QString &name)
{
    ServiceTask t;
    t.name = name;
    t.scriptCode = QStringLiteral("dialByCallList");
    t.intervalSec = 3600;
    return t;
}

QStringList names(const QVector<RecordHistory::Version> &versions)
{
    QStringList result;
    for (const auto &v : versions)
        result << v.record.value(QStringLiteral("name")).toString();
    return result;
}

int historyRows(Workspace &ws)
{
    QSqlQuery q(ws.database().connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM record_history")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestRecordHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_count)); }

private slots:
    void editsAreVersionsNewestFirst()
    {
        Workspace ws;
        QVERIFY(ws.open(freshPath()));
        const auto id = ws.serviceTasks().create(task(QStringLiteral("First")));
        QVERIFY(id);
        RecordHistory history(ws.database());
        QVERIFY(history.serviceTask(*id).isEmpty()); // a create alone costs no row
        ServiceTask t = ws.serviceTasks().get(*id)->local;
        t.name = QStringLiteral("Second");
        QVERIFY(ws.serviceTasks().saveLocal(*id, t));
        t.name = QStringLiteral("Third");
        QVERIFY(ws.serviceTasks().saveLocal(*id, t));
        QVERIFY(ws.serviceTasks().saveLocal(*id, t)); // the same again: no new version
        const auto versions = history.serviceTask(*id);
        QCOMPARE(names(versions), (QStringList{QStringLiteral("Third"), QStringLiteral("Second"), QStringLiteral("First")}));
        for (const auto &v : versions) {
            QCOMPARE(v.origin, RecordHistory::Origin::EditedHere);
            QVERIFY(v.at.isValid());
            QVERIFY(qAbs(v.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }
        QVERIFY(ws.serviceTasks().remove(*id)); // never synced: it goes, and its history with it
        QCOMPARE(historyRows(ws), 0);
    }

    void pullsAndResolutionsSayWhereTheyCameFrom()
    {
        Workspace ws;
        QVERIFY(ws.open(freshPath()));
        ServiceTask server = task(QStringLiteral("From the server"));
        server.id = QStringLiteral("6d0f3c52-7a4e-4a57-9f0a-0a4a3b7d2c11");
        const auto id = ws.serviceTasks().insertPulled(server);
        QVERIFY(id);
        server.name = QStringLiteral("Changed there");
        QVERIFY(RemoteChangeWriter::applyPulled(ws.serviceTasks(), *id, server));
        ServiceTask mine = ws.serviceTasks().get(*id)->local;
        mine.name = QStringLiteral("Mine");
        QVERIFY(ws.serviceTasks().saveLocal(*id, mine));
        server.name = QStringLiteral("Theirs");
        QVERIFY(RemoteChangeWriter::applyPulled(ws.serviceTasks(), *id, server));
        QCOMPARE(ws.serviceTasks().get(*id)->state, SyncState::Conflict);
        mine.name = QStringLiteral("Settled");
        QVERIFY(ws.serviceTasks().resolveConflict(*id, mine));

        const auto versions = RecordHistory(ws.database()).serviceTask(*id);
        QCOMPARE(names(versions), (QStringList{QStringLiteral("Settled"), QStringLiteral("Mine"), QStringLiteral("Changed there"),
                                               QStringLiteral("From the server")}));
        QCOMPARE(versions.at(0).origin, RecordHistory::Origin::Resolved);
        QCOMPARE(versions.at(1).origin, RecordHistory::Origin::EditedHere);
        QCOMPARE(versions.at(2).origin, RecordHistory::Origin::Received);
        QCOMPARE(versions.at(3).origin, RecordHistory::Origin::Received);
    }

    void keepsTheNewestVersionsOnly()
    {
        Workspace ws;
        QVERIFY(ws.open(freshPath()));
        RecordHistory history(ws.database());
        QCOMPARE(history.limit(), RecordHistory::kDefaultLimit);
        QVERIFY(history.setLimit(3));
        QCOMPARE(history.limit(), 3);
        const auto id = ws.serviceTasks().create(task(QStringLiteral("v0")));
        const auto other = ws.serviceTasks().create(task(QStringLiteral("other")));
        ServiceTask t = ws.serviceTasks().get(*id)->local;
        for (int i = 1; i <= 6; ++i) {
            t.name = QStringLiteral("v%1").arg(i);
            QVERIFY(ws.serviceTasks().saveLocal(*id, t));
        }
        ServiceTask o = ws.serviceTasks().get(*other)->local;
        o.name = QStringLiteral("other 2");
        QVERIFY(ws.serviceTasks().saveLocal(*other, o));
        QCOMPARE(names(history.serviceTask(*id)), (QStringList{QStringLiteral("v6"), QStringLiteral("v5"), QStringLiteral("v4")}));
        QCOMPARE(history.serviceTask(*other).size(), 2); // another record's bound is its own
        QVERIFY(history.setLimit(1)); // one version alone would be the copy now
        QCOMPARE(history.limit(), RecordHistory::kMinimumLimit);
        QVERIFY(history.setLimit(-7)); // nonsense is clamped: none kept
        QCOMPARE(history.limit(), 0);
        QVERIFY(history.setLimit(1 << 30));
        QCOMPARE(history.limit(), RecordHistory::kMaximumLimit);
    }

    // Lowering the limit trims every record at once, not only from its next change; 0 keeps
    // none, and no new ones, until raised again.
    void loweringTheLimitTrimsAtOnce()
    {
        Workspace ws;
        QVERIFY(ws.open(freshPath()));
        RecordHistory history(ws.database());
        const auto id = ws.serviceTasks().create(task(QStringLiteral("v0")));
        const auto other = ws.serviceTasks().create(task(QStringLiteral("w0")));
        for (int i = 1; i <= 5; ++i) {
            for (qint64 record : {*id, *other}) {
                ServiceTask t = ws.serviceTasks().get(record)->local;
                t.name = t.name.left(1) + QString::number(i);
                QVERIFY(ws.serviceTasks().saveLocal(record, t));
            }
        }
        QCOMPARE(history.serviceTask(*id).size(), 6);
        QVERIFY(history.setLimit(3));
        QCOMPARE(names(history.serviceTask(*id)), (QStringList{QStringLiteral("v5"), QStringLiteral("v4"), QStringLiteral("v3")}));
        QCOMPARE(names(history.serviceTask(*other)), (QStringList{QStringLiteral("w5"), QStringLiteral("w4"), QStringLiteral("w3")}));
        QVERIFY(history.setLimit(10)); // raising brings nothing back, and drops nothing
        QCOMPARE(historyRows(ws), 6);

        QVERIFY(history.setLimit(0));
        QCOMPARE(historyRows(ws), 0);
        ServiceTask t = ws.serviceTasks().get(*id)->local;
        t.name = QStringLiteral("v6");
        QVERIFY(ws.serviceTasks().saveLocal(*id, t));
        QCOMPARE(historyRows(ws), 0);
        QCOMPARE(ws.serviceTasks().get(*id)->local.name, QStringLiteral("v6")); // the edit itself is kept
    }

    // The operator's setting (versions kept per record) is applied when a database opens.
    void theSettingAppliesAtOpen()
    {
        const QString path = freshPath();
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            const auto id = ws.serviceTasks().create(task(QStringLiteral("v0")));
            for (int i = 1; i <= 4; ++i) {
                ServiceTask t = ws.serviceTasks().get(*id)->local;
                t.name = QStringLiteral("v%1").arg(i);
                QVERIFY(ws.serviceTasks().saveLocal(*id, t));
            }
            QCOMPARE(historyRows(ws), 5);
        }
        Settings::historyVersions.set(2);
        Workspace ws;
        QVERIFY(ws.open(path));
        Settings::historyVersions.reset();
        QCOMPARE(RecordHistory(ws.database()).limit(), 2);
        QCOMPARE(historyRows(ws), 2);
    }
};

QTEST_GUILESS_MAIN(TestRecordHistory)
#include "tst_recordhistory.moc"
