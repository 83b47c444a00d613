#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVector>

namespace {

// Version 1 in parts: the service tasks, with their sort indexes and full-text search;
QStringList serviceTaskTable()
{
    return {
        QStringLiteral(
            "CREATE TABLE svctask ("
            " local_id INTEGER PRIMARY KEY,"
            " uuid TEXT NOT NULL UNIQUE,"
            // Columns the table view sorts and searches on, derived from local_json.
            " name TEXT NOT NULL DEFAULT '',"
            " isenabled INTEGER NOT NULL DEFAULT 0,"
            " svcscriptcode TEXT NOT NULL DEFAULT '',"
            " sitemode TEXT NOT NULL DEFAULT '',"
            " sites TEXT NOT NULL DEFAULT '',"
            " isregular INTEGER NOT NULL DEFAULT 0,"
            " overlap INTEGER NOT NULL DEFAULT 1,"
            " intervalsec INTEGER NOT NULL DEFAULT 0,"
            " dtstart TEXT NOT NULL DEFAULT '',"
            " dtstop TEXT NOT NULL DEFAULT '',"
            " schedule TEXT NOT NULL DEFAULT '',"
            " title TEXT NOT NULL DEFAULT '',"
            " comment TEXT NOT NULL DEFAULT '',"
            " created TEXT NOT NULL DEFAULT '',"
            " lastwrite TEXT NOT NULL DEFAULT '',"
            // The truth: the wire entity as the user has it, and as the server had it.
            " local_json TEXT NOT NULL,"
            " base_json TEXT,"
            // During a conflict: the server's copy the user decides against.
            " remote_json TEXT,"
            // Set just before a create is sent: if its answer is lost, the next
            // sync asks the server before creating again (no duplicates).
            " push_attempted INTEGER NOT NULL DEFAULT 0,"
            " sync_state INTEGER NOT NULL,"
            " sync_error TEXT NOT NULL DEFAULT '',"
            " revision INTEGER NOT NULL DEFAULT 1,"
            " valid INTEGER NOT NULL DEFAULT 1,"
            " modified_at TEXT NOT NULL,"
            // Lower-cased (Unicode, not SQLite's ASCII lower()) for sorting and search.
            " name_key TEXT NOT NULL DEFAULT '',"
            " title_key TEXT NOT NULL DEFAULT '',"
            " search_text TEXT NOT NULL DEFAULT '')"),
        // One index per sortable column, so a sort of 100 000 rows is an index walk. They
        // leave out deleted rows (3), as the table does, so no row needs a lookup.
        QStringLiteral("CREATE INDEX svctask_name_key ON svctask(name_key) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_isenabled ON svctask(isenabled) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_svcscriptcode ON svctask(svcscriptcode) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_sitemode ON svctask(sitemode) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_sites ON svctask(sites) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_isregular ON svctask(isregular) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_overlap ON svctask(overlap) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_intervalsec ON svctask(intervalsec) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_dtstart ON svctask(dtstart) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_dtstop ON svctask(dtstop) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_schedule ON svctask(schedule) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_title_key ON svctask(title_key) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_created ON svctask(created) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_lastwrite ON svctask(lastwrite) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX svctask_state ON svctask(sync_state)"),
        // Substring search (name, script code, title, comment) through a trigram index,
        // kept in step with the table by triggers.
        QStringLiteral("CREATE VIRTUAL TABLE svctask_fts USING fts5(search_text, content='svctask',"
                       " content_rowid='local_id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER svctask_fts_insert AFTER INSERT ON svctask BEGIN"
                       " INSERT INTO svctask_fts(rowid, search_text) VALUES (new.local_id, new.search_text); END"),
        QStringLiteral("CREATE TRIGGER svctask_fts_delete AFTER DELETE ON svctask BEGIN"
                       " INSERT INTO svctask_fts(svctask_fts, rowid, search_text)"
                       " VALUES ('delete', old.local_id, old.search_text); END"),
        QStringLiteral("CREATE TRIGGER svctask_fts_update AFTER UPDATE OF search_text ON svctask BEGIN"
                       " INSERT INTO svctask_fts(svctask_fts, rowid, search_text)"
                       " VALUES ('delete', old.local_id, old.search_text);"
                       " INSERT INTO svctask_fts(rowid, search_text) VALUES (new.local_id, new.search_text); END"),
    };
}

// the series, likewise;
QStringList seriesTable()
{
    return {
        QStringLiteral(
            "CREATE TABLE series ("
            " local_id INTEGER PRIMARY KEY,"
            " series_uuid TEXT UNIQUE,"
            " name TEXT NOT NULL DEFAULT '',"
            " description TEXT,"
            " priority TEXT NOT NULL DEFAULT '',"
            " start_at TEXT NOT NULL DEFAULT '',"
            " end_at TEXT NOT NULL DEFAULT '',"
            " order_steps_required INTEGER NOT NULL DEFAULT 0,"
            " strict_time_required INTEGER NOT NULL DEFAULT 0,"
            " deadlined INTEGER NOT NULL DEFAULT 0,"
            " tags TEXT NOT NULL DEFAULT '',"
            " assignee_count INTEGER NOT NULL DEFAULT 0,"
            " location_id TEXT NOT NULL DEFAULT '',"
            " step_count INTEGER NOT NULL DEFAULT 0,"
            // Top-level fields without steps; steps and actions are child rows.
            " local_json TEXT NOT NULL,"
            " base_json TEXT,"
            " remote_json TEXT,"
            // The revision a create (POST) was sent for, 0 = none: after a lost answer the
            // next sync looks for the series on the server before posting again.
            " push_attempted INTEGER NOT NULL DEFAULT 0,"
            // The body a create sent, to recognise it on the server after a lost answer
            // even if the series was edited since.
            " posted_json TEXT,"
            " history_json TEXT NOT NULL DEFAULT '{}',"
            // The task execution the series is read through and PUT to (a series has no
            // resource of its own), and a digest of its execution ids as last listed:
            // the cheap change scan of the sync compares it with the next listing.
            " execution_id TEXT,"
            " executions_digest TEXT NOT NULL DEFAULT '',"
            " sync_state INTEGER NOT NULL,"
            " sync_error TEXT NOT NULL DEFAULT '',"
            " revision INTEGER NOT NULL DEFAULT 1,"
            " valid INTEGER NOT NULL DEFAULT 1,"
            " modified_at TEXT NOT NULL,"
            " name_key TEXT NOT NULL DEFAULT '',"
            " search_text TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX series_name_key ON series(name_key) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_priority ON series(priority) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_start_at ON series(start_at) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_end_at ON series(end_at) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_order_steps_required ON series(order_steps_required) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_strict_time_required ON series(strict_time_required) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_deadlined ON series(deadlined) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_tags ON series(tags) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_assignee_count ON series(assignee_count) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_location_id ON series(location_id) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_step_count ON series(step_count) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_state ON series(sync_state)"),
        // Search on name, description and tags, as for service tasks.
        QStringLiteral("CREATE VIRTUAL TABLE series_fts USING fts5(search_text, content='series',"
                       " content_rowid='local_id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER series_fts_insert AFTER INSERT ON series BEGIN"
                       " INSERT INTO series_fts(rowid, search_text) VALUES (new.local_id, new.search_text); END"),
        QStringLiteral("CREATE TRIGGER series_fts_delete AFTER DELETE ON series BEGIN"
                       " INSERT INTO series_fts(series_fts, rowid, search_text)"
                       " VALUES ('delete', old.local_id, old.search_text); END"),
        QStringLiteral("CREATE TRIGGER series_fts_update AFTER UPDATE OF search_text ON series BEGIN"
                       " INSERT INTO series_fts(series_fts, rowid, search_text)"
                       " VALUES ('delete', old.local_id, old.search_text);"
                       " INSERT INTO series_fts(rowid, search_text) VALUES (new.local_id, new.search_text); END"),
    };
}

// their steps and actions, stored as child rows.
QStringList stepTables()
{
    return {
        QStringLiteral(
            "CREATE TABLE step ("
            " local_id INTEGER PRIMARY KEY,"
            " series_local_id INTEGER NOT NULL REFERENCES series(local_id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " series_uuid TEXT,"
            " point_id TEXT NOT NULL DEFAULT '',"
            " name TEXT NOT NULL DEFAULT '',"
            " extra_json TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX step_series ON step(series_local_id, position)"),
        QStringLiteral(
            "CREATE TABLE action ("
            " local_id INTEGER PRIMARY KEY,"
            " step_local_id INTEGER NOT NULL REFERENCES step(local_id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " series_uuid TEXT,"
            " name TEXT NOT NULL DEFAULT '',"
            " type TEXT NOT NULL DEFAULT '',"
            " required INTEGER NOT NULL DEFAULT 0,"
            " extra_json TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX action_step ON action(step_local_id, position)"),
    };
}

// 1: service tasks, series with steps and actions, sync bookkeeping.
QStringList version1()
{
    return serviceTaskTable() + seriesTable() + stepTables();
}

// 2: why a record is in conflict, as a code (ConflictKind) instead of only in the
// message; the local keys of steps and actions the server has not numbered yet
// (LocalKeys); the latest execution of a series as last listed, to recognise its
// later part after a split made elsewhere.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE svctask ADD COLUMN conflict_kind INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE series ADD COLUMN conflict_kind INTEGER NOT NULL DEFAULT 0"),
        // Conflicts stored by version 1 said which kind only in their message, in the
        // language of the time (English or Russian).
        QStringLiteral("UPDATE svctask SET conflict_kind = CASE"
                       " WHEN sync_error IN ('Deleted here, changed on the server.',"
                       " 'Удалена здесь, изменена на сервере.') THEN 2"
                       " WHEN remote_json IS NULL THEN 3 ELSE 1 END WHERE sync_state = 4"),
        QStringLiteral("UPDATE series SET conflict_kind = CASE"
                       " WHEN sync_error IN ('Deleted here, changed on the server.',"
                       " 'Удалена здесь, изменена на сервере.') THEN 2"
                       " WHEN remote_json IS NULL THEN 3 ELSE 1 END WHERE sync_state = 4"),
        QStringLiteral("ALTER TABLE series ADD COLUMN last_execution_id TEXT"),
        QStringLiteral("ALTER TABLE step ADD COLUMN local_key TEXT"),
        QStringLiteral("ALTER TABLE action ADD COLUMN local_key TEXT"),
    };
}

// 3: one- and two-letter searches read every row's search text; from these
// narrow covering indexes (text, state, id) instead of the wide rows with their
// JSON. About 6 MB per 100 000 service tasks.
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX svctask_search ON svctask(search_text, sync_state) WHERE sync_state <> 3"),
        QStringLiteral("CREATE INDEX series_search ON series(search_text, sync_state) WHERE sync_state <> 3"),
    };
}

// 4: which series each TARGPatrol execution belongs to, learned from the execution
// read when the list items do not say it, so that a re-sync with nothing changed
// needs the list pages only.
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE execution_series ("
                       " execution_id TEXT PRIMARY KEY,"
                       " series_uuid TEXT NOT NULL) WITHOUT ROWID"),
    };
}

// 5: a record the operator holds back stays pending but is not sent until released.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE svctask ADD COLUMN held INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE series ADD COLUMN held INTEGER NOT NULL DEFAULT 0"),
    };
}

// 6: the versions a service task had here (RecordHistory). Kept by a trigger, so that
// every writer is covered; only changes of the local copy add rows, never an insert,
// so a bulk import costs nothing. The version before the first change is kept with
// it. Origin: 1 edited here, 2 received from the server, 3 a conflict resolved.
QStringList version6()
{
    return {
        QStringLiteral("CREATE TABLE record_history ("
                       " id INTEGER PRIMARY KEY,"
                       " kind INTEGER NOT NULL," // 1 service task
                       " local_id INTEGER NOT NULL,"
                       " at TEXT NOT NULL,"
                       " origin INTEGER NOT NULL,"
                       " local_json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX record_history_record ON record_history(kind, local_id, id)"),
        // How many versions a record keeps, the newest ones.
        QStringLiteral("CREATE TABLE history_limit (versions INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO history_limit VALUES (50)"),
        QStringLiteral(
            "CREATE TRIGGER svctask_history AFTER UPDATE OF local_json ON svctask"
            " WHEN new.local_json IS NOT old.local_json BEGIN"
            " INSERT INTO record_history(kind, local_id, at, origin, local_json)"
            "  SELECT 1, old.local_id, old.modified_at,"
            "   CASE WHEN old.local_json IS old.base_json THEN 2 ELSE 1 END, old.local_json"
            "  WHERE NOT EXISTS (SELECT 1 FROM record_history WHERE kind = 1 AND local_id = old.local_id);"
            // A pull or a push answer replaces the base; an edit never does.
            " INSERT INTO record_history(kind, local_id, at, origin, local_json)"
            "  VALUES (1, new.local_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
            "   CASE WHEN old.sync_state = 4 AND new.sync_state <> 4 THEN 3"
            "    WHEN new.base_json IS NOT old.base_json THEN 2 ELSE 1 END, new.local_json);"
            // Older than the newest `versions`: one index probe; none past the bound, no delete.
            " DELETE FROM record_history WHERE kind = 1 AND local_id = new.local_id AND id <="
            "  (SELECT id FROM record_history WHERE kind = 1 AND local_id = new.local_id ORDER BY id DESC"
            "   LIMIT 1 OFFSET max(2, coalesce((SELECT versions FROM history_limit), 50)));"
            " END"),
        QStringLiteral("CREATE TRIGGER svctask_history_drop AFTER DELETE ON svctask BEGIN"
                       " DELETE FROM record_history WHERE kind = 1 AND local_id = old.local_id; END"),
    };
}

// 7: what a service task's unanswered POST or PATCH sent (push_attempted now holds the
// revision sent), as for series: an edit back to the synced copy after a PATCH that
// may have reached the server is then not taken for "no change here".
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE svctask ADD COLUMN posted_json TEXT"),
    };
}

// 8: a limit of 0 keeps no versions at all (the trigger of 6 kept two at least), and a
// series' versions (kind 2, written by its store: a trigger on one table never sees a
// series whole) go with the series.
QStringList version8()
{
    return {
        QStringLiteral("DROP TRIGGER svctask_history"),
        QStringLiteral(
            "CREATE TRIGGER svctask_history AFTER UPDATE OF local_json ON svctask"
            " WHEN new.local_json IS NOT old.local_json"
            "  AND coalesce((SELECT versions FROM history_limit), 50) > 0 BEGIN"
            " INSERT INTO record_history(kind, local_id, at, origin, local_json)"
            "  SELECT 1, old.local_id, old.modified_at,"
            "   CASE WHEN old.local_json IS old.base_json THEN 2 ELSE 1 END, old.local_json"
            "  WHERE NOT EXISTS (SELECT 1 FROM record_history WHERE kind = 1 AND local_id = old.local_id);"
            " INSERT INTO record_history(kind, local_id, at, origin, local_json)"
            "  VALUES (1, new.local_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
            "   CASE WHEN old.sync_state = 4 AND new.sync_state <> 4 THEN 3"
            "    WHEN new.base_json IS NOT old.base_json THEN 2 ELSE 1 END, new.local_json);"
            " DELETE FROM record_history WHERE kind = 1 AND local_id = new.local_id AND id <="
            "  (SELECT id FROM record_history WHERE kind = 1 AND local_id = new.local_id ORDER BY id DESC"
            "   LIMIT 1 OFFSET coalesce((SELECT versions FROM history_limit), 50));"
            " END"),
        QStringLiteral("CREATE TRIGGER series_history_drop AFTER DELETE ON series BEGIN"
                       " DELETE FROM record_history WHERE kind = 2 AND local_id = old.local_id; END"),
    };
}

// 9: the seriesIds a split left behind (the ended part, still listed by the server)
// of series since deleted on the server: without their record nothing else says that
// they are no series of their own to pull.
QStringList version9()
{
    return {
        QStringLiteral("CREATE TABLE ended_series (series_uuid TEXT PRIMARY KEY) WITHOUT ROWID"),
    };
}

// 10: what the window reads at start without reading every row: the pending changes'
// counts (state, held, valid: a covering index) and the held records (a partial
// index, empty while nothing is held). 100 000 new tasks opened in 2.0 s, 0.8 s of
// it in these two scans of the table.
QStringList version10()
{
    return {
        QStringLiteral("CREATE INDEX svctask_pending ON svctask(sync_state, held, valid)"),
        QStringLiteral("CREATE INDEX svctask_held ON svctask(local_id) WHERE held <> 0"),
        QStringLiteral("CREATE INDEX series_pending ON series(sync_state, held, valid)"),
        QStringLiteral("CREATE INDEX series_held ON series(local_id) WHERE held <> 0"),
    };
}

// 11: a local id is never given twice. SQLite numbers a new row one past the highest id
// in the table, so after the newest record is deleted (a sync drops it) the next record
// would get its id, and an undo step or a history entry naming the old record would find
// the new one. The highest id each table ever deleted is kept here, and new rows are
// numbered past it (LocalIds). Kept on delete rather than on insert, since an import
// inserts many rows and deletes none; AUTOINCREMENT would need the tables rebuilt.
QStringList version11()
{
    return {
        QStringLiteral("CREATE TABLE local_id_high (tbl TEXT PRIMARY KEY, high INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TRIGGER svctask_id_high AFTER DELETE ON svctask BEGIN"
                       " INSERT OR REPLACE INTO local_id_high(tbl, high) VALUES ('svctask',"
                       "  max(old.local_id, coalesce((SELECT high FROM local_id_high WHERE tbl = 'svctask'), 0))); END"),
        QStringLiteral("CREATE TRIGGER series_id_high AFTER DELETE ON series BEGIN"
                       " INSERT OR REPLACE INTO local_id_high(tbl, high) VALUES ('series',"
                       "  max(old.local_id, coalesce((SELECT high FROM local_id_high WHERE tbl = 'series'), 0))); END"),
    };
}

// 12: a batch of new rows gets its full-text entries in one statement at its end
// (DeferredFullText) instead of a trigger per row: FTS5 writes its pending terms at
// every statement's savepoint, so row by row each row made an index segment of its
// own, then merged. The batch notes its first local id here inside its transaction
// (never committed: the batch removes it before its COMMIT, a rollback takes it away),
// and the triggers leave the rows from that id on to it. No other connection can write
// while the batch holds the write lock, so no other row is ever left out.
QStringList fullTextTriggers(const QString &table)
{
    const QString skip = QStringLiteral(" WHEN NOT EXISTS (SELECT 1 FROM fulltext_deferred WHERE tbl = '%1'"
                                        " AND %2.local_id >= first_id)");
    return {
        QStringLiteral("DROP TRIGGER %1_fts_insert").arg(table),
        QStringLiteral("DROP TRIGGER %1_fts_delete").arg(table),
        QStringLiteral("DROP TRIGGER %1_fts_update").arg(table),
        QStringLiteral("CREATE TRIGGER %1_fts_insert AFTER INSERT ON %1%2 BEGIN"
                       " INSERT INTO %1_fts(rowid, search_text) VALUES (new.local_id, new.search_text); END")
            .arg(table, skip.arg(table, QStringLiteral("new"))),
        QStringLiteral("CREATE TRIGGER %1_fts_delete AFTER DELETE ON %1%2 BEGIN"
                       " INSERT INTO %1_fts(%1_fts, rowid, search_text)"
                       " VALUES ('delete', old.local_id, old.search_text); END")
            .arg(table, skip.arg(table, QStringLiteral("old"))),
        QStringLiteral("CREATE TRIGGER %1_fts_update AFTER UPDATE OF search_text ON %1%2 BEGIN"
                       " INSERT INTO %1_fts(%1_fts, rowid, search_text)"
                       " VALUES ('delete', old.local_id, old.search_text);"
                       " INSERT INTO %1_fts(rowid, search_text) VALUES (new.local_id, new.search_text); END")
            .arg(table, skip.arg(table, QStringLiteral("old"))),
    };
}

QStringList version12()
{
    return QStringList{QStringLiteral("CREATE TABLE fulltext_deferred (tbl TEXT PRIMARY KEY,"
                                      " first_id INTEGER NOT NULL) WITHOUT ROWID")}
        + fullTextTriggers(QStringLiteral("svctask")) + fullTextTriggers(QStringLiteral("series"));
}

// One function per version, in order. Append only: a released migration is never
// edited, a change is a new one.
const QVector<QStringList (*)()> &migrations()
{
    static const QVector<QStringList (*)()> steps = {
        version1,
        version2,
        version3,
        version4,
        version5,
        version6,
        version7,
        version8,
        version9,
        version10,
        version11,
        version12,
    };
    return steps;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().size();
}

QStringList Migrations::statements(int version)
{
    return version >= 1 && version <= latestVersion() ? migrations().at(version - 1)() : QStringList();
}

bool Migrations::apply(Database &db, QString *error)
{
    for (int version = db.schemaVersion() + 1; version <= latestVersion(); ++version) {
        Transaction tx(db);
        if (!tx.isActive()) {
            *error = tx.errorString();
            return false;
        }
        QSqlQuery query(db.connection());
        const QStringList statements = migrations().at(version - 1)()
            + QStringList{QStringLiteral("PRAGMA user_version = %1").arg(version)};
        for (const QString &sql : statements) {
            if (!query.exec(sql)) {
                *error = QStringLiteral("migration %1: %2").arg(version).arg(SqlErrorText::describe(query.lastError()));
                return false; // tx rolls back
            }
        }
        if (!tx.commit()) {
            *error = tx.errorString();
            return false;
        }
    }
    return true;
}
