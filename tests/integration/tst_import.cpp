// The import of a document from bytes or a file, as the command line and the window run
// it: records are read and checked on one thread and written on another, in chunks.
// What a user relies on: every record lands, in the order of the file, or none does;
// every problem is listed with its place; a file that is no JSON is refused at once.
#include "DatabaseTest.h"

#include "io/DocumentImporter.h"
#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

namespace {

QString uuidOf(int i)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QJsonObject task(int i)
{
    return QJsonObject{{QStringLiteral("id"), uuidOf(i)},
                       {QStringLiteral("name"), QStringLiteral("Задача %1 обзвон").arg(i)},
                       {QStringLiteral("isenabled"), i % 2},
                       {QStringLiteral("svcscriptcode"), QStringLiteral("dialByCallList")},
                       {QStringLiteral("intervalsec"), 3600 + i},
                       {QStringLiteral("dtstart"), QStringLiteral("2024-01-01T00:00:00Z")},
                       {QStringLiteral("opts"), QJsonObject{{QStringLiteral("title"), QStringLiteral("t%1").arg(i)},
                                                            {QStringLiteral("comment"), QString()}}}};
}

QJsonArray tasks(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(task(i));
    return list;
}

QByteArray documentOf(const QJsonArray &svctasks)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("svctasks"), svctasks}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestImport : public DatabaseTest
{
    Q_OBJECT

    DocumentImporter importer() { return DocumentImporter(m_ws->database(), m_ws->serviceTasks(), m_ws->series()); }

    int storedRows()
    {
        QSqlQuery q(m_ws->database().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM svctask")) && q.next() ? q.value(0).toInt() : -1;
    }

    // Every index, trigger and table of svctask with its text: what a bulk import may
    // take away for a while but must leave as it found it.
    QStringList schemaOfServiceTasks()
    {
        QStringList schema;
        QSqlQuery q(m_ws->database().connection());
        if (q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"
                                  " WHERE tbl_name IN ('svctask', 'svctask_fts') ORDER BY type, name"))) {
            while (q.next())
                schema.append(QStringLiteral("%1 %2: %3").arg(q.value(0).toString(), q.value(1).toString(),
                                                            q.value(2).toString()));
        }
        return schema;
    }

    int matches(const QString &word)
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM svctask_fts WHERE svctask_fts MATCH ?"));
        q.addBindValue(QStringLiteral("\"%1\"").arg(word));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // Names by local id: the order in which the records were written.
    QStringList namesInWrittenOrder()
    {
        QStringList names;
        QSqlQuery q(m_ws->database().connection());
        if (q.exec(QStringLiteral("SELECT name FROM svctask ORDER BY local_id"))) {
            while (q.next())
                names.append(q.value(0).toString());
        }
        return names;
    }

private slots:
    void everyRecordLandsInTheOrderOfTheFile()
    {
        // Many chunks of records, and a record with no id, which gets one.
        QJsonArray list = tasks(3001);
        QJsonObject noId = task(3001);
        noId.remove(QStringLiteral("id"));
        list.append(noId);
        DocumentImporter in = importer();
        QVERIFY2(in.importData(documentOf(list)), qPrintable(in.errors().join(QLatin1Char('\n'))));
        QCOMPARE(in.counts().svctasksCreated, 3002);
        const QStringList names = namesInWrittenOrder();
        QCOMPARE(names.size(), 3002);
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(names.at(i), QStringLiteral("Задача %1 обзвон").arg(i));
        const auto stored = m_ws->serviceTasks().get(*m_ws->serviceTasks().localIdForUuid(uuidOf(1234)));
        QCOMPARE(stored->local.intervalSec, 3600 + 1234);
        QCOMPARE(stored->local.title(), QStringLiteral("t1234"));
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM svctask WHERE name = 'Задача 3001 обзвон'")) && q.next());
        QVERIFY(!q.value(0).toString().isEmpty());
    }

    void aBulkImportIsFoundBySearch()
    {
        // Past the size where the full-text index is rebuilt once at the end.
        QJsonArray list = tasks(6000);
        QJsonObject odd = task(6000);
        odd.insert(QStringLiteral("name"), QStringLiteral("Особенная проверка"));
        list.append(odd);
        QFile file(m_dir.filePath(QStringLiteral("bulk.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(documentOf(list));
        file.close();
        DocumentImporter in = importer();
        QVERIFY2(in.importFile(file.fileName()), qPrintable(in.errors().join(QLatin1Char('\n'))));
        QCOMPARE(storedRows(), 6001);
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM svctask_fts WHERE svctask_fts MATCH '\"особенная\"'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aLargeImportBuildsTheIndexesOnceAtTheEnd()
    {
        // A record in the middle of the file notes how many ordinary indexes svctask has
        // while it is written: none, when they are built after the last record.
        const QStringList before = schemaOfServiceTasks();
        QVERIFY(before.size() > 15);
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE probe (indexes INTEGER)")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER probe_insert AFTER INSERT ON svctask WHEN new.name = 'Задача 3000 обзвон' BEGIN"
            " INSERT INTO probe SELECT COUNT(*) FROM sqlite_master"
            "  WHERE type = 'index' AND tbl_name = 'svctask' AND sql IS NOT NULL; END")));
        DocumentImporter in = importer();
        QVERIFY2(in.importData(documentOf(tasks(6000))), qPrintable(in.errors().join(QLatin1Char('\n'))));
        QVERIFY(q.exec(QStringLiteral("SELECT indexes FROM probe")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER probe_insert")));
        QCOMPARE(schemaOfServiceTasks(), before);
        // The indexes made again hold every row: a sort by name reads them from one.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM svctask INDEXED BY svctask_name_key WHERE sync_state <> 3")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 6000);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(matches(QStringLiteral("задача 5999")), 1);
    }

    void aLargeImportRefusedAtItsLastRecordLeavesIndexesAndSearchAsTheyWere()
    {
        ServiceTask existing;
        existing.name = QStringLiteral("Особенная проверка");
        QVERIFY(m_ws->serviceTasks().create(existing));
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON svctask WHEN NEW.name = 'Задача 5999 обзвон'"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        const QStringList before = schemaOfServiceTasks();
        DocumentImporter in = importer();
        QVERIFY(!in.importData(documentOf(tasks(6000))));
        QCOMPARE(in.errors().size(), 1);
        QVERIFY2(in.errors().at(0).startsWith(QLatin1String("svctasks[5999]")), qPrintable(in.errors().at(0)));
        QCOMPARE(schemaOfServiceTasks(), before);
        QCOMPARE(storedRows(), 1);
        QCOMPARE(matches(QStringLiteral("особенная")), 1);
        QCOMPARE(matches(QStringLiteral("задача")), 0);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void aRecordTheDatabaseRefusesStopsTheWritingAndTheChecksGoOn()
    {
        ServiceTask existing;
        existing.name = QStringLiteral("there before");
        QVERIFY(m_ws->serviceTasks().create(existing));
        const int before = storedRows();
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON svctask WHEN NEW.name = 'boom'"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        QJsonArray list = tasks(2600);
        QJsonObject boom = task(1000);
        boom.insert(QStringLiteral("name"), QStringLiteral("boom"));
        list[1000] = boom;
        QJsonObject negative = task(2500);
        negative.insert(QStringLiteral("intervalsec"), -5);
        list[2500] = negative;
        DocumentImporter in = importer();
        QVERIFY(!in.importData(documentOf(list)));
        const QStringList errors = in.errors();
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(QLatin1String("svctasks[1000]: cannot be stored"))
                     && errors.at(0).contains(QLatin1String("refused by test")), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(QLatin1String("svctasks[2500]"))
                     && errors.at(1).contains(QLatin1String("intervalsec")), qPrintable(errors.at(1)));
        QCOMPARE(storedRows(), before);
        QCOMPARE(in.counts().svctasksCreated, 0);
        QCOMPARE(m_ws->database().transactionDepth(), 0);
    }

    void everyProblemIsListedAndNothingIsWritten()
    {
        QJsonArray list = tasks(2000);
        QJsonObject blank = task(3);
        blank.insert(QStringLiteral("name"), QStringLiteral(" "));
        list[3] = blank;
        list[1500] = task(700); // the same id as an earlier record
        QJsonObject wrongType = task(1999);
        wrongType.insert(QStringLiteral("intervalsec"), QStringLiteral("often"));
        list[1999] = wrongType;
        DocumentImporter in = importer();
        QVERIFY(!in.importData(documentOf(list)));
        const QStringList errors = in.errors();
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors.at(0).startsWith(QLatin1String("svctasks[3]")) && errors.at(0).contains(QLatin1String("name")),
                 qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(QLatin1String("svctasks[1500]"))
                     && errors.at(1).contains(QLatin1String("earlier in the file")), qPrintable(errors.at(1)));
        QVERIFY2(errors.at(2).startsWith(QLatin1String("svctasks[1999]"))
                     && errors.at(2).contains(QLatin1String("intervalsec")), qPrintable(errors.at(2)));
        QCOMPARE(storedRows(), 0);
    }

    void aKeyWrittenTwiceIsRefused()
    {
        QByteArray json = documentOf(tasks(300));
        const QByteArray name = "\"name\":\"Задача 250 обзвон\"";
        QVERIFY(json.contains(name));
        json.replace(name, name + ",\"name\":\"other\"");
        DocumentImporter in = importer();
        QVERIFY(!in.importData(json));
        QCOMPARE(in.errors().size(), 1);
        QVERIFY2(in.errors().at(0).contains(QLatin1String("svctasks[250]"))
                     && in.errors().at(0).contains(QLatin1String("\"name\" appears twice")),
                 qPrintable(in.errors().at(0)));
        QCOMPARE(storedRows(), 0);
    }

    void brokenJsonIsRefusedWhateverItsShape_data()
    {
        QTest::addColumn<QByteArray>("json");
        // Nested far deeper than any parser takes, never closed, or closed wrong.
        QTest::newRow("deep") << QByteArray(8 * 1024 * 1024, '[');
        QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(200000);
        QTest::newRow("unclosed string") << QByteArray("{\"svctasks\": [{\"id\": \"abc");
        QTest::newRow("stray closers") << QByteArray("]]]}}}{\"svctasks\": []}");
        QTest::newRow("lone backslash") << QByteArray("{\"sv\\");
        // Well formed but deeper than the parser takes: the search for keys written twice
        // stops at a depth the parser never accepts.
        QTest::newRow("deep but closed") << "{\"svctasks\":[{\"x\":" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}]}";
    }

    void brokenJsonIsRefusedWhateverItsShape()
    {
        QFETCH(QByteArray, json);
        DocumentImporter in = importer();
        QVERIFY(!in.importData(json));
        QCOMPARE(in.errors().size(), 1);
        QVERIFY2(in.errors().at(0).contains(QLatin1String("JSON")), qPrintable(in.errors().at(0)));
        QCOMPARE(storedRows(), 0);
    }

    void seriesFollowTheServiceTasks()
    {
        const QJsonObject series{{QStringLiteral("seriesId"), QStringLiteral("10000000-0000-4000-8000-000000000001")},
                                 {QStringLiteral("name"), QStringLiteral("Patrol")},
                                 {QStringLiteral("startAt"), QStringLiteral("2024-01-01T08:00:00Z")},
                                 {QStringLiteral("endAt"), QStringLiteral("2024-01-01T18:00:00Z")}};
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("svctasks"), tasks(600)},
                                                          {QStringLiteral("series"), QJsonArray{series}}})
                                    .toJson(QJsonDocument::Compact);
        DocumentImporter in = importer();
        QVERIFY2(in.importData(json), qPrintable(in.errors().join(QLatin1Char('\n'))));
        QCOMPARE(in.counts().svctasksCreated, 600);
        QCOMPARE(in.counts().seriesCreated, 1);
        QCOMPARE(m_ws->series().count(true), 1);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
