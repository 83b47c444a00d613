"""SQLite storage for svctasks, series and task executions.

One connection guarded by one re-entrant lock: simple, safe with ThreadingHTTPServer, and
the only way an in-memory database can be shared by all request threads. Records are kept
as JSON documents (unknown fields survive untouched); the columns beside them exist only
for lookups, ordering and the execution list.
"""
import contextlib
import json
import sqlite3
import threading

from .timeutil import WriteClock

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE svctasks (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,   -- insertion order = default list order
    id     TEXT NOT NULL UNIQUE,
    ct_us  INTEGER NOT NULL,                    -- ext.ct / ext.lwt as numbers: the strings
    lwt_us INTEGER NOT NULL,                    -- have 0..6 fractional digits, so sort these
    doc    TEXT NOT NULL
);
CREATE TABLE series (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    series_id         TEXT NOT NULL UNIQUE,
    scheduled_task_id TEXT NOT NULL,            -- shared by the series a split makes
    successor_id      TEXT,                     -- the series a PUT split ended this one for
    doc               TEXT NOT NULL             -- the series body, recurrence included
);
CREATE TABLE executions (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    id        TEXT NOT NULL UNIQUE,
    series_id TEXT NOT NULL REFERENCES series(series_id) ON DELETE CASCADE,
    start_at  TEXT NOT NULL,                    -- '...T..:..:..mmmZ': text order = time order
    end_at    TEXT NOT NULL,
    state     TEXT NOT NULL,
    status    TEXT NOT NULL
);
CREATE INDEX executions_by_series ON executions(series_id, start_at);
CREATE INDEX executions_by_start ON executions(start_at);
"""

# Execution list fields -> SQL over `executions e JOIN series s`.
EXECUTION_FIELDS = {
    "id": "e.id",
    "seriesId": "e.series_id",
    "scheduledTaskId": "s.scheduled_task_id",
    "startAt": "e.start_at",
    "endAt": "e.end_at",
    "state": "e.state",
    "status": "e.status",
    "name": "json_extract(s.doc, '$.name')",
    "description": "json_extract(s.doc, '$.description')",
    "priority": "json_extract(s.doc, '$.priority')",
    "locationId": "json_extract(s.doc, '$.locationId')",
}
_COMPARE = {"eq": "=", "ne": "<>", "gt": ">", "lt": "<", "gte": ">=", "lte": "<="}


def _json_value(kind, value):
    """A value as json_type / json_extract give it back to Python."""
    if kind in ("object", "array"):
        return json.loads(value)
    if kind in ("true", "false"):
        return kind == "true"
    return value


def _nested(fields, row):
    """{dotted field: value} from a row of (json_type, json_extract) pairs; a field the
    document lacks (json_type NULL) is left out, as a mask leaves it out."""
    out = {}
    for i, field in enumerate(fields):
        kind = row[2 * i]
        if kind is None:
            continue
        *parents, last = field.split(".")
        target = out
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = _json_value(kind, row[2 * i + 1])
    return out


class StorageError(Exception):
    pass


def _json_path(dotted):
    return "$" + "".join('."' + part + '"' for part in dotted.split("."))


def _casefold(text):
    # SQLite's lower() only knows ASCII; searches must also match Cyrillic in any case.
    return text.casefold() if isinstance(text, str) else text


def _dumps(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


class Storage:
    def __init__(self, path=None):
        self._lock = threading.RLock()
        self._depth = 0
        self._conn = sqlite3.connect(path or ":memory:", check_same_thread=False,
                                     isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.create_function("casefold", 1, _casefold, deterministic=True)
        self._conn.execute("PRAGMA foreign_keys = ON")
        if path:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            with self.transaction():
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        elif version != SCHEMA_VERSION:
            raise StorageError(f"database schema version {version} is not {SCHEMA_VERSION}")
        last = self._conn.execute("SELECT max(lwt_us) FROM svctasks").fetchone()[0] or 0
        self.clock = WriteClock(last)

    def close(self):
        with self._lock:
            self._conn.close()

    @contextlib.contextmanager
    def transaction(self):
        """Serialises all access; nested use joins the outer transaction."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outer:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._conn.execute("COMMIT")

    def _all(self, sql, params=()):
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def _one(self, sql, params=()):
        with self._lock:
            return self._conn.execute(sql, params).fetchone()

    def _run(self, sql, params=()):
        with self._lock:
            return self._conn.execute(sql, params).rowcount

    def _run_many(self, sql, rows):
        with self._lock:
            self._conn.executemany(sql, rows)

    def reset(self):
        with self.transaction():
            for table in ("executions", "series", "svctasks"):
                self._run(f"DELETE FROM {table}")

    # ---- svctasks -------------------------------------------------------------------------

    def get_svctask(self, task_id):
        row = self._one("SELECT doc FROM svctasks WHERE id = ?", (task_id,))
        return json.loads(row["doc"]) if row else None

    def insert_svctasks(self, records):
        """records: iterable of (doc, ct_us, lwt_us). Raises sqlite3.IntegrityError on a duplicate id."""
        self._run_many("INSERT INTO svctasks (id, ct_us, lwt_us, doc) VALUES (?, ?, ?, ?)",
                       [(doc["id"], ct, lwt, _dumps(doc)) for doc, ct, lwt in records])

    def replace_svctask(self, doc, lwt_us):
        self._run("UPDATE svctasks SET doc = ?, lwt_us = ? WHERE id = ?",
                  (_dumps(doc), lwt_us, doc["id"]))

    def delete_svctask(self, task_id):
        return self._run("DELETE FROM svctasks WHERE id = ?", (task_id,)) > 0

    @staticmethod
    def _svctask_where(equalities):
        clauses, params = [], []
        for path, value in equalities:
            expr = "json_extract(doc, ?)"
            params.append(_json_path(path))
            if value is None:
                clauses.append(f"{expr} IS NULL")
            elif isinstance(value, (dict, list)):
                clauses.append(f"{expr} = json(?)")
                params.append(_dumps(value))
            else:
                clauses.append(f"{expr} = ?")
                params.append(value)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list_svctasks(self, equalities=(), order=(), offset=0, limit=None, fields=None):
        """equalities: [(dotted field, JSON value)]; order: [(dotted field, descending)];
        fields: the (dotted) fields to return, or None for whole documents."""
        where, params = self._svctask_where(equalities)
        keys = []
        for path, desc in order:
            # The columns beside the document: an index instead of parsing every document.
            column = {"id": "id", "ext.lwt": "lwt_us", "ext.ct": "ct_us"}.get(path)
            if column is None:
                column = "json_extract(doc, ?)"
                params.append(_json_path(path))
            keys.append(column + (" DESC" if desc else " ASC"))
        keys.append("seq")  # stable pages when sort keys tie
        params += [-1 if limit is None else limit, offset]
        if fields:
            return self._svctask_fields(where, keys, params, fields)
        rows = self._all(f"SELECT doc FROM svctasks{where} ORDER BY {', '.join(keys)}"
                         " LIMIT ? OFFSET ?", params)
        return [json.loads(r["doc"]) for r in rows]

    def _svctask_fields(self, where, keys, params, fields):
        """Only `fields` of each document, nested as in the entity and picked by SQLite: a
        change scan (mask=id,ext.lwt) then never parses whole documents in Python."""
        paths = [_json_path(f) for f in fields]
        picks = ", ".join("json_type(doc, ?), json_extract(doc, ?)" for _ in paths)
        pick_params = [p for path in paths for p in (path, path)]
        rows = self._all(f"SELECT {picks} FROM svctasks{where} ORDER BY {', '.join(keys)}"
                         " LIMIT ? OFFSET ?", pick_params + params)
        return [_nested(fields, row) for row in rows]

    def lookup_svctask_ids(self, equalities):
        where, params = self._svctask_where(equalities)
        return [r["id"] for r in self._all(f"SELECT id FROM svctasks{where} ORDER BY seq", params)]

    # ---- series and executions ------------------------------------------------------------

    def get_series(self, series_id):
        row = self._one("SELECT * FROM series WHERE series_id = ?", (series_id,))
        if not row:
            return None
        return {"doc": json.loads(row["doc"]), "scheduledTaskId": row["scheduled_task_id"],
                "successorId": row["successor_id"]}

    def insert_series(self, records):
        """records: iterable of (doc, scheduled_task_id, [execution dicts])."""
        series_rows, exec_rows = [], []
        for doc, scheduled_task_id, executions in records:
            series_rows.append((doc["seriesId"], scheduled_task_id, _dumps(doc)))
            exec_rows += [(e["id"], doc["seriesId"], e["start_at"], e["end_at"], e["state"],
                           e["status"]) for e in executions]
        with self.transaction():
            self._run_many("INSERT INTO series (series_id, scheduled_task_id, doc) VALUES (?, ?, ?)",
                           series_rows)
            self._run_many("INSERT INTO executions (id, series_id, start_at, end_at, state, status)"
                           " VALUES (?, ?, ?, ?, ?, ?)", exec_rows)

    def update_series(self, series_id, doc, successor_id=None):
        self._run("UPDATE series SET doc = ?, successor_id = coalesce(?, successor_id)"
                  " WHERE series_id = ?", (_dumps(doc), successor_id, series_id))

    def delete_series(self, series_id):
        return self._run("DELETE FROM series WHERE series_id = ?", (series_id,)) > 0

    def get_execution(self, execution_id):
        row = self._one("SELECT * FROM executions WHERE id = ?", (execution_id,))
        return dict(row) if row else None

    def series_executions(self, series_id):
        return [dict(r) for r in self._all(
            "SELECT * FROM executions WHERE series_id = ? ORDER BY start_at, seq", (series_id,))]

    def update_execution(self, execution_id, **columns):
        sets = ", ".join(f"{name} = ?" for name in columns)
        self._run(f"UPDATE executions SET {sets} WHERE id = ?", (*columns.values(), execution_id))

    def delete_execution(self, execution_id):
        return self._run("DELETE FROM executions WHERE id = ?", (execution_id,)) > 0

    def query_executions(self, filters=(), text=None, sort=(), offset=0, limit=None):
        """filters: [(field, op, [values])] with op in eq/ne/gt/lt/gte/lte/in/like and field a
        key of EXECUTION_FIELDS or 'userId'; text: substring of name or description, any case;
        sort: [(field, descending)]."""
        clauses, params = [], []
        for field, op, values in filters:
            if field == "userId":
                marks = ", ".join("?" * len(values))
                clauses.append("EXISTS (SELECT 1 FROM json_each(s.doc, '$.assigneeIds')"
                               f" WHERE value IN ({marks}))")
                params += values
                continue
            expr = EXECUTION_FIELDS[field]
            if op == "in":
                clauses.append(f"{expr} IN ({', '.join('?' * len(values))})")
                params += values
            elif op == "like":
                clauses.append(f"instr(casefold(coalesce({expr}, '')), ?) > 0")
                params.append(_casefold(values[0]))
            else:
                clauses.append(f"{expr} {_COMPARE[op]} ?")
                params.append(values[0])
        if text:
            clauses.append("(instr(casefold(coalesce(json_extract(s.doc, '$.name'), '')), ?) > 0"
                           " OR instr(casefold(coalesce(json_extract(s.doc, '$.description'), '')),"
                           " ?) > 0)")
            params += [_casefold(text)] * 2
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        keys = [EXECUTION_FIELDS[f] + (" DESC" if desc else " ASC") for f, desc in sort]
        keys.append("e.seq")
        params += [-1 if limit is None else limit, offset]
        sql = ("SELECT e.id, e.series_id, e.start_at, e.end_at, e.state, e.status,"
               " s.scheduled_task_id, json_extract(s.doc, '$.name') AS name,"
               " json_extract(s.doc, '$.description') AS description,"
               " json_extract(s.doc, '$.locationId') AS location_id,"
               " json_extract(s.doc, '$.assigneeIds') AS assignee_ids,"
               " json_extract(s.doc, '$.priority') AS priority"
               " FROM executions e JOIN series s ON s.series_id = e.series_id"
               f"{where} ORDER BY {', '.join(keys)} LIMIT ? OFFSET ?")
        return [dict(r) for r in self._all(sql, params)]
