// Import and export through the real executable, as an operator or a script runs
// them: exit codes, messages, and a database that is never half-written.
#include "CliRun.h"

#include "domain/ServiceTask.h"
#include "domain/TaskSeries.h"
#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

using Run = CliRun;

// Runs `program` (taskdesk, or a wrapper that starts it) with no display at all:
// headless commands must not need one.
Run runProgram(const QString &program, const QStringList &arguments)
{
    return CliRun::run(program, arguments, CliRun::withoutDisplay());
}

Run taskdesk(const QStringList &arguments)
{
    return runProgram(QStringLiteral(TASKDESK_EXECUTABLE), arguments);
}

// Runs taskdesk where `folder` is mounted read-only, in a private mount namespace of
// its own (util-linux unshare), so that even root cannot write there. Returns a run
// with exit code -2 when this system does not allow that.
Run taskdeskWithReadOnlyFolder(const QString &folder, const QStringList &arguments)
{
    const QString script = QStringLiteral("mount --bind -o ro \"$1\" \"$1\" || exit 99; shift; exec \"$@\"");
    QStringList wrapper{QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                        QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), folder,
                        QStringLiteral(TASKDESK_EXECUTABLE)};
    const Run result = runProgram(QStringLiteral("unshare"), wrapper + arguments);
    if (result.exitCode == 99 || result.exitCode == -1 || result.err.startsWith(QLatin1String("unshare:")))
        return Run{-2, result.out, result.err};
    return result;
}

// The text after the last ": " of the first line that mentions `path`: what the
// message says about the file (empty for "Cannot read \"PATH\": ").
QString reasonAbout(const QString &err, const QString &path)
{
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (line.contains(path))
            return line.mid(line.lastIndexOf(QLatin1String(": ")) + 2).trimmed();
    }
    return QString();
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString data(const char *name)
{
    return QStringLiteral(TASKDESK_TEST_DATA "/") + QLatin1String(name);
}

ServiceTask decodeTask(const QJsonValue &value)
{
    DecodeError error;
    return ServiceTaskCodec::decode(value, &error).value_or(ServiceTask());
}

TaskSeries decodeSeries(const QJsonValue &value)
{
    DecodeError error;
    return TaskSeriesCodec::decode(value, &error).value_or(TaskSeries());
}

} // namespace

class TestTransferCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Exports `db` and returns the document.
    QJsonObject exported(const QString &db)
    {
        const QString out = path(QStringLiteral("export-%1.json").arg(QDateTime::currentMSecsSinceEpoch()));
        const Run run = taskdesk({QStringLiteral("--database"), db, QStringLiteral("--export"), out});
        if (run.exitCode != 0)
            qWarning("export failed: %s", qPrintable(run.err));
        return readObject(out);
    }

private slots:
    void roundTripKeepsEveryField()
    {
        const QString db = path(QStringLiteral("roundtrip.sqlite"));
        const Run imported = taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QLatin1String("3 service task")), qPrintable(imported.out));

        const QJsonObject input = readObject(data("import-both.json"));
        const QJsonObject output = exported(db);
        const QJsonArray inTasks = input.value(QStringLiteral("svctasks")).toArray();
        const QJsonArray outTasks = output.value(QStringLiteral("svctasks")).toArray();
        QCOMPARE(outTasks.size(), inTasks.size());
        // The seed record comes back byte-for-byte equal as JSON.
        QCOMPARE(outTasks.at(0).toObject(), inTasks.at(0).toObject());
        for (int i = 0; i < inTasks.size(); ++i) {
            ServiceTask expected = decodeTask(inTasks.at(i));
            const ServiceTask actual = decodeTask(outTasks.at(i));
            if (expected.id.isEmpty()) {
                QVERIFY(!actual.id.isEmpty()); // a new record got its client-side id
                expected.id = actual.id;
            }
            QCOMPARE(actual, expected);
        }
        // Unknown fields at every level survive.
        const QJsonObject second = outTasks.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("priorityHint")).toObject().value(QStringLiteral("level")).toInt(), 3);
        QCOMPARE(second.value(QStringLiteral("opts")).toObject().value(QStringLiteral("color")).toString(), QStringLiteral("#ff0000"));
        QCOMPARE(second.value(QStringLiteral("ext")).toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("admin"));
        QCOMPARE(second.value(QStringLiteral("periods")).toArray().at(0).toObject().value(QStringLiteral("tz")).toString(),
                 QStringLiteral("Europe/Moscow"));
        QCOMPARE(second.value(QStringLiteral("sites")).toString(), QStringLiteral("SITE1, SITE2"));
        QCOMPARE(second.value(QStringLiteral("isenabled")).toInt(), 1); // true went in, 1 comes out
        QVERIFY(outTasks.at(2).toObject().value(QStringLiteral("sites")).isArray());

        const QJsonArray inSeries = input.value(QStringLiteral("series")).toArray();
        const QJsonArray outSeries = output.value(QStringLiteral("series")).toArray();
        QCOMPARE(outSeries.size(), inSeries.size());
        QCOMPARE(outSeries.at(0).toObject(), inSeries.at(0).toObject());
        QCOMPARE(decodeSeries(outSeries.at(1)), decodeSeries(inSeries.at(1)));
        const QJsonObject patrol = outSeries.at(1).toObject();
        QCOMPARE(patrol.value(QStringLiteral("zone")).toString(), QStringLiteral("north"));
        QCOMPARE(patrol.value(QStringLiteral("recurrence")).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("kept"));
        const QJsonArray steps = patrol.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Склад"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("order")).toInt(), 1);
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("color")).toString(), QStringLiteral("green"));
        const QJsonObject photo = steps.at(1).toObject().value(QStringLiteral("actions")).toArray().at(1).toObject();
        QCOMPARE(photo.value(QStringLiteral("type")).toString(), QStringLiteral("PHOTO"));
        QCOMPARE(photo.value(QStringLiteral("maxCount")).toInt(), 3);
    }

    void reimportReplacesInsteadOfDuplicating()
    {
        const QString db = path(QStringLiteral("reimport.sqlite"));
        QCOMPARE(taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")}).exitCode, 0);
        const QString first = path(QStringLiteral("first.json"));
        QCOMPARE(taskdesk({QStringLiteral("--database"), db, QStringLiteral("--export"), first}).exitCode, 0);
        const Run again = taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), first});
        QCOMPARE(again.exitCode, 0);
        // Everything now has an id (the series without one got none: it is new again).
        QVERIFY2(again.out.contains(QLatin1String("(0 new, 3 replaced)")), qPrintable(again.out));
        QVERIFY2(again.out.contains(QLatin1String("(1 new, 1 replaced)")), qPrintable(again.out));
        const QJsonObject after = exported(db);
        QCOMPARE(after.value(QStringLiteral("svctasks")).toArray().size(), 3);
        QCOMPARE(after.value(QStringLiteral("series")).toArray().size(), 3);
    }

    void invalidRecordImportsNothing()
    {
        const QString db = path(QStringLiteral("invalid.sqlite"));
        QCOMPARE(taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")}).exitCode, 0);
        const QJsonObject before = exported(db);

        QJsonObject document = readObject(data("import-both.json"));
        QJsonArray tasks = document.value(QStringLiteral("svctasks")).toArray();
        QJsonObject broken = tasks.at(1).toObject();
        broken.insert(QStringLiteral("name"), QStringLiteral("Изменено"));
        tasks.replace(0, broken); // a valid change that must not land either
        QJsonObject bad = tasks.at(1).toObject();
        bad.insert(QStringLiteral("intervalsec"), 0);
        tasks.replace(1, bad);
        document.insert(QStringLiteral("svctasks"), tasks);
        const QString file = path(QStringLiteral("invalid.json"));
        writeFile(file, QJsonDocument(document).toJson());

        const Run run = taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("svctasks[1]")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("86228b15-016c-cdef-ccce-50e54938780c")));
        QVERIFY(run.err.contains(QStringLiteral("Очистка ежедневная")));
        QVERIFY(run.err.contains(QLatin1String("intervalsec")));
        QCOMPARE(exported(db), before);
    }

    void badFilesAreRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray("{\"svctasks\": [\n  {\"name\": \"x\",}\n]}") << QStringLiteral("line 2");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("string") << QByteArray("\"svctasks\"") << QStringLiteral("JSON object");
        QTest::newRow("list is object") << QByteArray("{\"svctasks\": {}}") << QStringLiteral("\"svctasks\" must be a list");
        QTest::newRow("wrong type") << QByteArray("{\"series\": [{\"name\": 5}]}") << QStringLiteral("series[0]: field \"name\"");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
        // Last one wins in QJsonDocument: this once said "Imported 0" and exit 0.
        QTest::newRow("repeated top-level key")
            << QByteArray("{\"svctasks\": [{\"name\": \"x\"}],\n \"svctasks\": []}")
            << QStringLiteral("The key \"svctasks\" appears twice at the top level of the file (line 2)");
        QTest::newRow("repeated key in a record")
            << QByteArray("{\"svctasks\": [{\"name\": \"x\", \"name\": \"y\"}]}")
            << QStringLiteral("The key \"name\" appears twice in svctasks[0]");
        QTest::newRow("id not a UUID")
            << QByteArray("{\"svctasks\": [{\"id\": \"task-1\", \"name\": \"x\"}]}")
            << QStringLiteral("svctasks[0] (id task-1, \"x\"): field \"id\": The id must be a UUID");
        QTest::newRow("series id not a UUID")
            << QByteArray("{\"series\": [{\"seriesId\": \"7\", \"name\": \"x\", \"startAt\": \"2024-01-01T00:00:00Z\","
                          " \"endAt\": \"2024-01-01T01:00:00Z\", \"steps\": [{\"seriesId\": \"s\", \"name\": \"a\"}]}]}")
            << QStringLiteral("series[0] (seriesId 7, \"x\"): field \"steps[0].seriesId\"");
        QTest::newRow("name of a zero-width space")
            << QByteArray("{\"svctasks\": [{\"name\": \"\u200b\"}]}")
            << QStringLiteral("svctasks[0] (\"\u200b\"): field \"name\": The name must not be empty.");
        QTest::newRow("name too long")
            << QByteArray("{\"svctasks\": [{\"name\": \"" + QByteArray(1001, 'n') + "\"}]}")
            << QStringLiteral("(\"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…\"): field \"name\": "
                              "Field \"name\" is too long: 1001 characters; at most 1000 are allowed.");
    }

    void badFilesAreRefusedClearly()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString db = path(QStringLiteral("bad-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QCOMPARE(taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")}).exitCode, 0);
        const QByteArray before = exported(db).isEmpty() ? QByteArray() : QJsonDocument(exported(db)).toJson();
        const QString file = path(QStringLiteral("bad.json"));
        writeFile(file, content);
        const Run run = taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(QJsonDocument(exported(db)).toJson(), before);
    }

    void hugeInputIsRefusedWithoutCrash_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("a device without end") << QStringLiteral("/dev/zero");
        QTest::newRow("a 300 MB file") << QStringLiteral("huge.json");
    }

    void hugeInputIsRefusedWithoutCrash()
    {
        QFETCH(QString, file);
        const bool made = !file.startsWith(QLatin1Char('/'));
        if (made) {
            file = path(file);
            QFile huge(file);
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(qint64(300) * 1024 * 1024)); // sparse: costs no disk
        }
        const QString db = path(QStringLiteral("huge.sqlite"));
        QCOMPARE(taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")}).exitCode, 0);
        const QJsonObject before = exported(db);
        const Run run = taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("\"%1\" is larger than 256 MB").arg(file)), qPrintable(run.err));
        QCOMPARE(exported(db), before);
        if (made)
            QFile::remove(file); // never the device
    }

    void truncatedDatabaseSaysItIsDamaged_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept of the database file
        QTest::newRow("inside the header") << 40;
        QTest::newRow("after the first page") << 4096;
        QTest::newRow("half of it") << -2;
    }

    void truncatedDatabaseSaysItIsDamaged()
    {
        QFETCH(int, keep);
        const QString db = path(QStringLiteral("cut-%1.sqlite").arg(keep));
        QCOMPARE(taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")}).exitCode, 0);
        QFile file(db);
        QVERIFY(file.resize(keep > 0 ? keep : file.size() / -keep));
        const Run run = taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!reasonAbout(run.err, db).isEmpty(), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Unable to")), qPrintable(run.err));
    }

    void databaseInReadOnlyFolderSaysSo()
    {
        const QString folder = path(QStringLiteral("read-only"));
        const QString db = folder + QStringLiteral("/taskdesk.sqlite");
        QCOMPARE(taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")}).exitCode, 0);
        const QStringList arguments{QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")};
        Run run;
        if (geteuid() != 0) {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            run = taskdesk(arguments);
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        } else {
            run = taskdeskWithReadOnlyFolder(folder, arguments); // root writes through permissions
            if (run.exitCode == -2)
                QSKIP(qPrintable(QStringLiteral("running as root, and no read-only mount here: ") + run.err));
        }
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!reasonAbout(run.err, db).isEmpty() || run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("folder")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Unable to")), qPrintable(run.err));
    }

    void missingFileIsAnError()
    {
        const Run run = taskdesk({QStringLiteral("--database"), path(QStringLiteral("missing.sqlite")),
                                  QStringLiteral("--import"), path(QStringLiteral("no-such-file.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no-such-file.json")), qPrintable(run.err));
    }

    void exportToAnUnwritablePlaceFails()
    {
        const Run run = taskdesk({QStringLiteral("--database"), path(QStringLiteral("unwritable.sqlite")),
                                  QStringLiteral("--export"), path(QStringLiteral("no/such/folder/out.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("out.json")), qPrintable(run.err));
    }

    void newerDatabaseIsRefused()
    {
        const QString db = path(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = hashOf(db);
        const Run run = taskdesk({QStringLiteral("--database"), db, QStringLiteral("--import"), data("import-both.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("newer version")), qPrintable(run.err));
        QCOMPARE(hashOf(db), before);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("--import")};
        QTest::newRow("both") << QStringList{QStringLiteral("--import"), QStringLiteral("a.json"),
                                             QStringLiteral("--export"), QStringLiteral("b.json")};
        QTest::newRow("language") << QStringList{QStringLiteral("--language"), QStringLiteral("de"),
                                                 QStringLiteral("--export"), QStringLiteral("b.json")};
        QTest::newRow("positional") << QStringList{QStringLiteral("file.json")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = taskdesk(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--help")));
    }

    void helpAndVersion()
    {
        const Run help = taskdesk({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--import")));
        QVERIFY(help.out.contains(QLatin1String("--database")));
        const Run version = taskdesk({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("taskdesk ")));
    }

    void russianMessages()
    {
        const Run run = taskdesk({QStringLiteral("--language"), QStringLiteral("ru"), QStringLiteral("--database"),
                                  path(QStringLiteral("ru.sqlite")), QStringLiteral("--import"),
                                  path(QStringLiteral("no-such-file.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Не удалось открыть")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("база данных не изменена")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestTransferCli)
#include "tst_transfercli.moc"
