// The local database file: creation, pragmas, migrations, refusal of files it must
// not touch, and transactions.
#include "io/DocumentImporter.h"
#include "storage/Database.h"
#include "storage/RecordQuery.h"
#include "storage/ServiceTaskBatch.h"
#include "storage/ServiceTaskStore.h"
#include "storage/SqliteIdList.h"
#include "storage/SqliteStatement.h"
#include "storage/Migrations.h"
#include "storage/SyncState.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

// A plain SQLite file made without Taskdesk, with the given user_version.
void makeRawDatabase(const QString &path, int userVersion, const QStringList &statements = {})
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Whether another process sees any lock on the file: POSIX hides a process's own locks
// from itself, so a child asks.
bool anotherProcessSeesALock(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = fork();
    if (child == 0) {
        const int fd = ::open(name.constData(), O_RDONLY);
        struct flock probe = {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET; // start 0, length 0: the whole file and beyond
        if (fd < 0 || fcntl(fd, F_GETLK, &probe) != 0)
            _exit(2);
        _exit(probe.l_type == F_UNLCK ? 1 : 0);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status))
        return false;
    return WEXITSTATUS(status) == 0;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsFileWithCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/taskdesk.sqlite"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        for (const char *table : {"svctask", "series", "step", "action"}) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                    .arg(QLatin1String(table))).toInt(), 1);
        }
    }

    // A statement inside a transaction journals the pages it changes; past 64 KiB SQLite
    // spilled that journal to a temporary file, created and written for every batch of a
    // pull. They stay in memory: no such file is open in the middle of a large transaction.
    void statementJournalsStayInMemory()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("journal.sqlite"))), qPrintable(db.errorString()));
        ServiceTaskStore store(db);
        Transaction tx(db);
        QVERIFY(tx.isActive());
        for (int i = 0; i < 1500; ++i) {
            ServiceTask task;
            task.name = QStringLiteral("Задача %1").arg(i);
            task.setComment(QString(200, QChar(u'ж')));
            QVERIFY(store.create(task));
        }
        QStringList temporary;
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            const QString target = fd.symLinkTarget();
            if (target.contains(QLatin1String("etilqs_")))
                temporary.append(target);
        }
        QVERIFY2(temporary.isEmpty(), qPrintable(temporary.join(QLatin1Char(' '))));
        QVERIFY(tx.commit());
        QCOMPARE(store.count(), 1500);
    }

    void reopensAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO svctask (uuid, local_json, sync_state, modified_at)"
                                          " VALUES ('a', '{}', 0, 'now')")));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM svctask")).toInt(), 1);
    }

    void refusesNewerSchemaAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        const int newer = Migrations::latestVersion() + 1;
        makeRawDatabase(path, newer, {QStringLiteral("CREATE TABLE future (x)")});
        const QByteArray before = fileHash(path);

        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(QLatin1String("newer version")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QString::number(newer)));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesFilesThatAreNotDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("{\"svctasks\": []}\n");
        QTest::newRow("binary") << QByteArray(4096, '\x7f');
        QTest::newRow("three bytes") << QByteArray("abc");
    }

    void refusesFilesThatAreNotDatabases()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("not a Taskdesk database")), qPrintable(db.errorString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void emptyFileBecomesADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    }

    void secondOpenKeepsTheFirstConnectionsLock()
    {
        // While a connection is open in WAL mode it holds a shared lock on the file; another
        // program that finds no lock takes itself for the last user and deletes the log.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        Database first;
        QVERIFY2(first.open(path), qPrintable(first.errorString()));
        QSqlQuery q(first.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO svctask (uuid, local_json, sync_state, modified_at)"
                                      " VALUES ('a', '{}', 0, 'now')")));
        QVERIFY(anotherProcessSeesALock(path));

        for (const Database::Schema schema : {Database::Schema::Migrate, Database::Schema::AsIs}) {
            Database second;
            QVERIFY2(second.open(path, schema), qPrintable(second.errorString()));
            QCOMPARE(scalar(second, QStringLiteral("SELECT COUNT(*) FROM svctask")).toInt(), 1);
            QVERIFY(anotherProcessSeesALock(path));
        }
        QCOMPARE(scalar(first, QStringLiteral("SELECT COUNT(*) FROM svctask")).toInt(), 1);
    }

    void refusesAFolder()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.path()));
        QVERIFY(db.errorString().contains(QLatin1String("folder")));
    }

    void failedMigrationKeepsThePreviousVersion()
    {
        // A table in the way makes migration 1 fail half-way.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
        makeRawDatabase(path, 0, {QStringLiteral("CREATE TABLE step (x)"),
                                  QStringLiteral("INSERT INTO step VALUES (42)")});
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(db.errorString().contains(QLatin1String("migration 1")));
        }
        const QString name = QStringLiteral("check");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('svctask','series')")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0); // the tables made before the failure are gone
            QVERIFY(q.exec(QStringLiteral("SELECT x FROM step")) && q.next());
            QCOMPARE(q.value(0).toInt(), 42);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void version1FileIsMigratedWithItsConflicts()
    {
        // A file written by the first release: its conflicts said their kind only in their
        // message (translated), and new steps had no local key.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        const QString deletedHereRu = QStringLiteral("Удалена здесь, изменена на сервере.");
        const QString task = QStringLiteral("{\"id\":\"%1\",\"name\":\"%2\"}");
        QStringList v1 = Migrations::statements(1);
        v1 << QStringLiteral("INSERT INTO svctask (uuid, local_json, base_json, remote_json, sync_state, sync_error, modified_at)"
                             " VALUES ('a', '%1', '%1', '%1', 4, '%2', 'now')").arg(task.arg(QLatin1String("a"), QLatin1String("A")), deletedHereRu)
           << QStringLiteral("INSERT INTO svctask (uuid, local_json, base_json, remote_json, sync_state, sync_error, modified_at)"
                             " VALUES ('b', '%1', '%1', NULL, 4, 'Changed here, deleted on the server.', 'now')")
                  .arg(task.arg(QLatin1String("b"), QLatin1String("B")))
           << QStringLiteral("INSERT INTO svctask (uuid, local_json, base_json, remote_json, sync_state, sync_error, modified_at)"
                             " VALUES ('c', '%1', '%1', '%1', 4, 'Changed here and on the server: Name', 'now')")
                  .arg(task.arg(QLatin1String("c"), QLatin1String("C")))
           << QStringLiteral("INSERT INTO svctask (uuid, local_json, sync_state, sync_error, modified_at)"
                             " VALUES ('d', '%1', 5, '%2', 'now')").arg(task.arg(QLatin1String("d"), QLatin1String("D")), deletedHereRu)
           << QStringLiteral("INSERT INTO series (local_id, series_uuid, local_json, sync_state, modified_at)"
                             " VALUES (1, 's', '{\"name\":\"S\"}', 0, 'now')")
           << QStringLiteral("INSERT INTO step (series_local_id, position, name) VALUES (1, 0, 'step')");
        makeRawDatabase(path, 1, v1);

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        auto kindOf = [&db](const char *uuid) {
            return scalar(db, QStringLiteral("SELECT conflict_kind FROM svctask WHERE uuid='%1'").arg(QLatin1String(uuid))).toInt();
        };
        QCOMPARE(kindOf("a"), static_cast<int>(ConflictKind::DeletedHere));
        QCOMPARE(kindOf("b"), static_cast<int>(ConflictKind::DeletedThere));
        QCOMPARE(kindOf("c"), static_cast<int>(ConflictKind::Edited));
        QCOMPARE(kindOf("d"), static_cast<int>(ConflictKind::None)); // not a conflict
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM step")).toString(), QStringLiteral("step"));
        QVERIFY(scalar(db, QStringLiteral("SELECT local_key FROM step")).isNull());
    }

    void version2FileGetsTheSearchIndexes()
    {
        // A file of the release before the search indexes: it opens, gains them, and a
        // one-letter search (which reads them) finds its rows.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        QStringList v2 = Migrations::statements(1) + Migrations::statements(2);
        v2 << QStringLiteral("INSERT INTO svctask (uuid, name, local_json, sync_state, modified_at, search_text)"
                             " VALUES ('a', 'Обзвон', '{\"id\":\"a\",\"name\":\"Обзвон\"}', 0, 'now', 'обзвон')")
           << QStringLiteral("INSERT INTO svctask (uuid, name, local_json, sync_state, modified_at, search_text)"
                             " VALUES ('b', 'Gone', '{\"id\":\"b\",\"name\":\"Gone\"}', 3, 'now', 'gone о')");
        makeRawDatabase(path, 2, v2);

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('svctask_search', 'series_search')")).toInt(), 2);
        QCOMPARE(ServiceTaskQuery(db).ids({QStringLiteral("О"), false}, QString(), false), QVector<qint64>{1});
        QSqlQuery plan(db.connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT local_id FROM svctask WHERE sync_state <> 3"
                                         " AND instr(search_text, 'о') > 0")));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QLatin1String("svctask_search")), qPrintable(plan.value(3).toString()));
    }

    // A file of the release before: its rows keep their ids, and from then on a new row is
    // numbered past the newest one deleted (SQLite alone gives that id again).
    void version10FileNumbersNewRowsPastDeletedOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
        QStringList v10;
        for (int version = 1; version <= 10; ++version)
            v10 += Migrations::statements(version);
        for (const char *uuid : {"a", "b", "c"}) {
            v10 << QStringLiteral("INSERT INTO svctask (uuid, local_json, sync_state, modified_at)"
                                  " VALUES ('%1', '{\"id\":\"%1\",\"name\":\"%1\"}', 1, 'now')").arg(QLatin1String(uuid));
        }
        makeRawDatabase(path, 10, v10);

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT local_id FROM svctask WHERE uuid = 'c'")).toLongLong(), 3);
        QSqlQuery drop(db.connection());
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM svctask WHERE local_id = 3")));
        ServiceTaskStore store(db);
        ServiceTask task;
        task.name = QStringLiteral("new");
        QCOMPARE(store.create(task), std::optional<qint64>(4));
        QCOMPARE(store.get(1)->local.name, QStringLiteral("a"));
    }

    // The window's start reads the pending changes' counts and the held records: from
    // narrow indexes, not from every row of a table of 100 000 records.
    void pendingCountsAndHeldRecordsAreReadFromIndexes()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("db.sqlite"))), qPrintable(db.errorString()));
        for (const QString &table : {QStringLiteral("svctask"), QStringLiteral("series")}) {
            auto plan = [&](const QString &sql) {
                QSqlQuery q(db.connection());
                if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql.arg(table)))
                    return QStringLiteral("not run");
                QStringList steps;
                while (q.next())
                    steps.append(q.value(3).toString());
                return steps.join(QLatin1Char('|'));
            };
            // The bulk of a state is counted over the index; held records and drafts are
            // found by a seek past the rest.
            const QString bulk = plan(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE sync_state = 0"));
            QVERIFY2(bulk.contains(QStringLiteral("COVERING INDEX")), qPrintable(bulk));
            const QString held = plan(QStringLiteral("SELECT sync_state, held, valid, COUNT(*) FROM %1"
                                                     " WHERE sync_state IN (0, 2, 3) AND held > 0 GROUP BY 1, 2, 3"));
            QVERIFY2(held.contains(QStringLiteral("COVERING INDEX %1_pending (sync_state=? AND held>?)").arg(table)),
                     qPrintable(held));
            const QString drafts = plan(QStringLiteral("SELECT sync_state, held, valid, COUNT(*) FROM %1"
                                                       " WHERE sync_state IN (0, 2) AND held = 0 AND valid = 0 GROUP BY 1, 2, 3"));
            QVERIFY2(drafts.contains(QStringLiteral("COVERING INDEX %1_pending (sync_state=? AND held=? AND valid=?)")
                                         .arg(table)),
                     qPrintable(drafts));
            const QString heldIds = plan(QStringLiteral("SELECT local_id FROM %1 WHERE held <> 0 ORDER BY local_id"));
            QVERIFY2(heldIds.contains(QStringLiteral("%1_held").arg(table)) && !heldIds.contains(QLatin1String("TEMP B-TREE")),
                     qPrintable(heldIds));
        }
    }

    void nestedTransactionRollsBackOnlyItsOwnWrites()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("tx.sqlite"))));
        auto insert = [&db](const QString &uuid) {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("INSERT INTO svctask (uuid, local_json, sync_state, modified_at)"
                                         " VALUES ('%1', '{}', 0, 'now')").arg(uuid));
        };
        {
            Transaction outer(db);
            QVERIFY(outer.isActive());
            QVERIFY(insert(QStringLiteral("outer")));
            {
                Transaction inner(db);
                QVERIFY(inner.isActive());
                QVERIFY(insert(QStringLiteral("inner")));
                // not committed: rolled back when it goes out of scope
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(uuid) FROM svctask")).toString(), QStringLiteral("outer"));

        {
            Transaction outer(db);
            QVERIFY(insert(QStringLiteral("second")));
            Transaction inner(db);
            QVERIFY(insert(QStringLiteral("third")));
            QVERIFY(inner.commit());
            outer.rollback();
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM svctask")).toInt(), 1);
        QCOMPARE(db.transactionDepth(), 0);
    }

    // A batch into an empty table remembers what it wrote instead of asking the table:
    // the same id twice in one batch still replaces, as it does on a table with rows.
    void batchIntoEmptyTableReplacesItsOwnRecord()
    {
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("db.sqlite"))));
        ServiceTask first;
        first.id = QStringLiteral("3f1c2b7e-0000-4000-8000-000000000001");
        first.name = QStringLiteral("Первая");
        ServiceTask again = first;
        again.name = QStringLiteral("Вторая");
        ServiceTask other;
        other.id = first.id.toUpper(); // ids are stored as given: another record
        other.name = QStringLiteral("Other");
        {
            ServiceTaskBatch batch(ws.serviceTasks(), 3);
            QCOMPARE(batch.writeLocal(first, true), ServiceTaskBatch::Outcome::Created);
            QCOMPARE(batch.writeLocal(again, true), ServiceTaskBatch::Outcome::Replaced);
            QCOMPARE(batch.writeLocal(other, true), ServiceTaskBatch::Outcome::Created);
            QVERIFY(batch.localIdFor(first.id).has_value());
            QVERIFY2(batch.commit(), qPrintable(batch.errorString()));
        }
        QCOMPARE(ws.serviceTasks().count(), 2);
        const auto id = ws.serviceTasks().localIdForUuid(first.id);
        QVERIFY(id.has_value());
        QCOMPARE(ws.serviceTasks().get(*id)->local.name, QStringLiteral("Вторая"));
        // A later batch on the filled table finds it through the table.
        ServiceTaskBatch later(ws.serviceTasks(), 1);
        QCOMPARE(later.localIdFor(first.id), id);
    }

    // A bulk batch grows the page cache for its rows and for the index builds at its
    // commit (up to 256 MB); the window's connection must not keep that afterwards,
    // whether the batch was committed or abandoned.
    void bulkBatchGivesItsPageCacheBack()
    {
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY(ws.open(dir.filePath(QStringLiteral("db.sqlite"))));
        QSqlQuery q(ws.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 100")));
        const auto write = [&](ServiceTaskBatch &batch, int count) {
            for (int i = 0; i < count; ++i) {
                ServiceTask task;
                task.name = QStringLiteral("Задача %1").arg(i);
                QCOMPARE(batch.writeLocal(task, true), ServiceTaskBatch::Outcome::Created);
            }
        };
        {
            ServiceTaskBatch abandoned(ws.serviceTasks(), 1000, ServiceTaskBatch::Indexing::Bulk);
            write(abandoned, 1000);
            QVERIFY(scalar(ws.database(), QStringLiteral("PRAGMA cache_size")).toInt() < 0); // in KiB now
        }
        QCOMPARE(scalar(ws.database(), QStringLiteral("PRAGMA cache_size")).toInt(), 100);
        QCOMPARE(ws.serviceTasks().count(), 0);
        {
            // Announced as one row: only the index builds grow the cache.
            ServiceTaskBatch batch(ws.serviceTasks(), 1, ServiceTaskBatch::Indexing::Bulk);
            write(batch, 1000);
            QVERIFY2(batch.commit(), qPrintable(batch.errorString()));
        }
        QCOMPARE(scalar(ws.database(), QStringLiteral("PRAGMA cache_size")).toInt(), 100);
        QCOMPARE(ws.serviceTasks().count(), 1000);
        QCOMPARE(scalar(ws.database(), QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"
                                                      " WHERE type='index' AND name='svctask_name_key'")).toInt(), 1);
    }

    // The bulk writers bind through SQLite itself: what they store must read back
    // through QtSql exactly, '' must stay '' (NOT NULL columns) and a failure must say why.
    void rawStatementStoresWhatQtSqlReadsBack()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("raw.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (a TEXT NOT NULL, b, c, d, e UNIQUE)")));
        SqliteStatement insert;
        QVERIFY2(insert.prepare(db, QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?)")), qPrintable(insert.errorString()));
        const QString text = QStringLiteral("Обход 🚒\u200b\u0451 \"x\"\n");
        const auto row = [&](const QVariantList &values) {
            for (int i = 0; i < values.size(); ++i) {
                if (!insert.bind(i, values.at(i)))
                    return false;
            }
            return insert.exec();
        };
        QVERIFY(!row({QString(), 1, 1, 1, QStringLiteral("j")})); // a null QString is NULL, as in QtSql
        QVERIFY2(insert.errorString().contains(QLatin1String("NOT NULL")), qPrintable(insert.errorString()));
        QVERIFY2(row({QString(QLatin1String("")), QVariant(), true, 2.5, qint64(1) << 40}), qPrintable(insert.errorString()));
        QCOMPARE(insert.lastInsertId(), 1); // the refused row took no id
        QVERIFY2(row({text, 7, false, -1.0, QStringLiteral("k")}), qPrintable(insert.errorString()));
        QVERIFY(q.exec(QStringLiteral("SELECT a, typeof(a), b IS NULL, c, d, e FROM t ORDER BY rowid")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
        QVERIFY(q.value(2).toBool());
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(4).toDouble(), 2.5);
        QCOMPARE(q.value(5).toLongLong(), qint64(1) << 40);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), text);
        QCOMPARE(q.value(3).toInt(), 0);
        q.finish();

        QVERIFY(!row({QStringLiteral("again"), 1, 1, 1, QStringLiteral("k")})); // e is UNIQUE
        QVERIFY2(insert.errorString().contains(QLatin1String("UNIQUE")), qPrintable(insert.errorString()));
        QVERIFY(!insert.bind(0, QDate(2026, 12, 6)));
        QVERIFY(!insert.errorString().isEmpty());
        QVERIFY(!insert.bind(5, 1)); // five parameters
        QVERIFY(row({QStringLiteral("next"), 1, 1, 1, QStringLiteral("m")})); // usable after a failure
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM t")).toInt(), 3);
    }

    // Id lists bypass QtSql; anything it cannot do itself is left to QtSql (nullopt).
    void idListsAreReadStraightFromSqlite()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("ids.sqlite"))));
        QSqlQuery q(db.connection());
        for (const char *name : {"Обзвон", "обход", "Zeta"}) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO svctask (uuid, name, local_json, sync_state, modified_at)"
                                          " VALUES ('%1', '%1', '{}', 0, 'now')").arg(QString::fromUtf8(name))));
        }
        const QString sql = QStringLiteral("SELECT local_id FROM svctask WHERE name <> ? AND local_id > ? ORDER BY local_id DESC");
        QCOMPARE(SqliteIdList::read(db, sql, {QStringLiteral("обход"), 0}), std::optional(QVector<qint64>{3, 1}));
        QCOMPARE(SqliteIdList::read(db, sql, {QStringLiteral("обход"), 5}), std::optional(QVector<qint64>{}));
        QCOMPARE(SqliteIdList::read(db, sql, {QVariant(), 0}), std::optional(QVector<qint64>{}));
        QCOMPARE(SqliteIdList::read(db, QStringLiteral("SELECT local_id FROM no_such_table"), {}), std::nullopt);
        QCOMPARE(SqliteIdList::read(db, sql, {QStringLiteral("x"), QDateTime::currentDateTimeUtc()}), std::nullopt);
    }

    void fullDiskIsSaidInWords()
    {
        // A database that may not grow (max_page_count) fails as a full disk does: SQLITE_FULL.
        QTemporaryDir dir;
        Workspace workspace;
        QVERIFY(workspace.open(dir.filePath(QStringLiteral("full.sqlite"))));
        const int pages = scalar(workspace.database(), QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(pages > 0);
        scalar(workspace.database(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8));

        QJsonArray tasks;
        for (int i = 0; i < 40; ++i) {
            tasks.append(QJsonObject{{"name", QStringLiteral("task %1").arg(i)},
                                     {"opts", QJsonObject{{"title", ""}, {"comment", QString(20000, QLatin1Char('c'))}}}});
        }
        DocumentImporter importer(workspace.database(), workspace.serviceTasks(), workspace.series());
        QVERIFY(!importer.importData(QJsonDocument(QJsonObject{{"svctasks", tasks}}).toJson()));
        const QString errors = importer.errors().join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(QLatin1String("The disk is full")), qPrintable(errors));
        QVERIFY2(!errors.contains(QLatin1String("Unable to")), qPrintable(errors));
        QVERIFY2(!errors.contains(QLatin1String("no transaction")), qPrintable(errors));
        QCOMPARE(workspace.serviceTasks().count(true), 0); // nothing half-written
        QCOMPARE(workspace.database().transactionDepth(), 0);
    }

    void unreadableDatabaseSaysWhy()
    {
        // A file that starts like SQLite but is cut inside its header.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(40, '\x01'));
        file.close();
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
        QVERIFY2(!db.errorString().trimmed().endsWith(QLatin1Char(':')), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QLatin1String("damaged")), qPrintable(db.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
