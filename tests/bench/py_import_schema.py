#!/usr/bin/env python3
"""A second baseline: plain Python json + sqlite3 writing the same rows into Taskdesk's own
schema, the way Taskdesk's bulk import does (one transaction, the 18 ordinary indexes and the
full-text triggers dropped first and built again after the last row, a 64 MB page cache).

  py_import_schema.py DOCUMENT DATABASE TEMPLATE

TEMPLATE is an empty database made by Taskdesk itself, so the schema is exactly the one of the
build being measured. The derived columns are worked out the simple Python way (no checks, no
locale-aware sort keys), so this is the cost of the SQLite work with little else: what "at
SQLite speed" means for this schema."""
import json, os, shutil, sqlite3, sys
from datetime import datetime, timezone

COLUMNS = ("name", "isenabled", "svcscriptcode", "sitemode", "sites", "isregular", "overlap",
           "intervalsec", "dtstart", "dtstop", "schedule", "title", "comment", "created",
           "lastwrite", "local_json", "valid", "modified_at", "name_key", "title_key",
           "search_text", "uuid", "base_json", "sync_state", "revision")


def row(task, modified_at):
    opts = task.get("opts") or {}
    ext = task.get("ext") or {}
    name, title, comment = task.get("name", ""), opts.get("title", ""), opts.get("comment", "")
    local_json = json.dumps(task, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return (name, int(bool(task.get("isenabled"))), task.get("svcscriptcode", ""),
            task.get("sitemode", ""), ",".join(task.get("sites") or []),
            int(bool(task.get("isregular"))), int(bool(task.get("overlap", 1))),
            int(task.get("intervalsec") or 0), task.get("dtstart", ""), task.get("dtstop", ""),
            task.get("schedule", ""), title, comment, ext.get("ct", ""), ext.get("lwt", ""),
            local_json, 1, modified_at, name.casefold(), title.casefold(),
            "\n".join((name, task.get("svcscriptcode", ""), title, comment)).lower(),
            task.get("id"), None, 0, 1)


def main():
    document, db_path, template = sys.argv[1:4]
    doc = json.load(open(document, encoding="utf-8"))
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    shutil.copyfile(template, db_path)
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-65536")
    suspended = db.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'svctask'"
                           " AND sql IS NOT NULL AND (type = 'index' OR name LIKE 'svctask_fts_%')"
                           " AND type <> 'table'").fetchall()
    modified_at = datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    db.execute("BEGIN")
    for kind, name, _ in suspended:
        db.execute(f"DROP {kind} {name}")
    db.executemany(f"INSERT INTO svctask ({','.join(COLUMNS)}) VALUES ({','.join('?' * len(COLUMNS))})",
                   (row(t, modified_at) for t in doc.get("svctasks", [])))
    for _, _, sql in suspended:
        db.execute(sql)
    db.execute("INSERT INTO svctask_fts(svctask_fts) VALUES ('rebuild')")
    db.execute("COMMIT")
    db.close()


if __name__ == "__main__":
    main()
