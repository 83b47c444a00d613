// `taskdesk --status`: what the next sync would send, read from the database alone,
// checked against what a real sync with the reference server leaves behind.
#include "CliRun.h"
#include "SyncedFileTest.h"

#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

using Run = CliRun;

Run taskdesk(const QStringList &arguments)
{
    return CliRun::taskdesk(arguments);
}

QJsonObject byName(const QJsonArray &items, const QString &name)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QStringLiteral("name")).toString() == name)
            return item.toObject();
    }
    return {};
}

} // namespace

class TestStatusCli : public SyncedFileTest
{
    Q_OBJECT

public:
    TestStatusCli() : SyncedFileTest(QStringLiteral("status.sqlite")) {}

private slots:
    void nothingToSendAfterASync()
    {
        const Run run = taskdesk({QStringLiteral("--database"), m_db, QStringLiteral("--status")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().count(QLatin1Char('\n')), 0); // the summary line only
        QVERIFY2(run.out.contains(QLatin1String("create 0, change 0, delete 0")), qPrintable(run.out));
    }

    void listsEachKindWithItsFieldsWithoutTheNetwork()
    {
        {
            Workspace ws;
            QVERIFY(ws.open(m_db));
            const auto tasks = ws.serviceTasks().all();
            QVERIFY(tasks.size() >= 2);
            ServiceTask renamed = tasks.at(0).local;
            const QString oldName = renamed.name;
            renamed.name = QStringLiteral("Переименована");
            renamed.setTitle(QStringLiteral("Новый заголовок"));
            QVERIFY(ws.serviceTasks().saveLocal(tasks.at(0).localId, renamed));
            QVERIFY(ws.serviceTasks().remove(tasks.at(1).localId));
            ServiceTask fresh;
            fresh.name = QStringLiteral("Совсем новая");
            QVERIFY(ws.serviceTasks().create(fresh));
            ServiceTask draft;
            draft.name = QStringLiteral("Черновик");
            draft.scriptCode.clear();
            draft.intervalSec = -5;
            QVERIFY(ws.serviceTasks().create(draft));
            TaskSeries series = ws.series().all().at(0).local;
            QVERIFY(!series.steps.isEmpty());
            series.steps[0].name = QStringLiteral("Шаг переименован");
            QVERIFY(ws.series().saveLocal(ws.series().all().at(0).localId, series));
        }
        m_server.stop(); // --status never needs a server

        const Run run = taskdesk({QStringLiteral("--database"), m_db, QStringLiteral("--status"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
        const QJsonArray tasks = doc.value(QStringLiteral("svctasks")).toArray();

        const QJsonObject changed = byName(tasks, QStringLiteral("Переименована"));
        QCOMPARE(changed.value(QStringLiteral("kind")).toString(), QStringLiteral("change"));
        QStringList fields;
        for (const QJsonValue &field : changed.value(QStringLiteral("fields")).toArray())
            fields << field.toObject().value(QStringLiteral("field")).toString();
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("opts.title")}));
        QCOMPARE(changed.value(QStringLiteral("fields")).toArray().at(0).toObject().value(QStringLiteral("local")).toString(),
                 QStringLiteral("Переименована"));

        QCOMPARE(byName(tasks, QStringLiteral("Совсем новая")).value(QStringLiteral("kind")).toString(), QStringLiteral("create"));
        const QJsonObject draft = byName(tasks, QStringLiteral("Черновик"));
        QCOMPARE(draft.value(QStringLiteral("kind")).toString(), QStringLiteral("draft"));
        QVERIFY(!draft.value(QStringLiteral("reasons")).toArray().isEmpty()); // says why it is not sent
        const QJsonObject counts = doc.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("delete")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("change")).toInt(), 2);

        // The series: the step is named by its name, the field is the step's.
        const QJsonObject series = doc.value(QStringLiteral("series")).toArray().at(0).toObject();
        const QJsonObject stepField = series.value(QStringLiteral("fields")).toArray().at(0).toObject();
        QVERIFY2(stepField.value(QStringLiteral("field")).toString().endsWith(QLatin1String("].name")),
                 qPrintable(stepField.value(QStringLiteral("field")).toString()));
        QCOMPARE(stepField.value(QStringLiteral("local")).toString(), QStringLiteral("Шаг переименован"));

        // For people: one line per record, the fields under it, then the counts.
        const Run text = taskdesk({QStringLiteral("--database"), m_db, QStringLiteral("--status")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLatin1String("name: ")) && text.out.contains(QStringLiteral(" → Переименована")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("create 1, change 2, delete 1")));
        QVERIFY(text.out.contains(QLatin1String("drafts 1")));
    }

    void jsonOnlyWithStatus()
    {
        const Run run = taskdesk({QStringLiteral("--database"), m_db, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--json")));
    }
};

QTEST_GUILESS_MAIN(TestStatusCli)
#include "tst_statuscli.moc"
