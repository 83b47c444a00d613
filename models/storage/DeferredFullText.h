#pragma once

#include <QString>

class Database;

// For a transaction that adds rows to one table (`svctask` or `series`) a few hundred at
// a time, as a sync's pull does: the full-text triggers leave the new rows alone, and
// finish() adds their entries in one statement. Row by row, FTS5 wrote an index segment
// per row (it flushes its pending terms at every statement) and merged them again: about
// two thirds of the SQLite work of a pull. Rows that were there before keep being indexed
// by the triggers (migration 12 says how). A batch nested in another one that deferred
// the same table leaves the work to the outer one.
class DeferredFullText
{
public:
    DeferredFullText(Database &db, const QString &table);
    ~DeferredFullText() = default;
    DeferredFullText(const DeferredFullText &) = delete;
    DeferredFullText &operator=(const DeferredFullText &) = delete;

    // Inside the caller's transaction, before its first new row. On failure the triggers
    // index every row as before, so the write can go on.
    bool defer();
    // Inside the same transaction, before it commits: the entries of the new rows (as they
    // are now), and the triggers work for every row again.
    bool finish();
    bool isDeferred() const { return m_deferred; }
    // At open: a mark that was committed after all (by a tool, or a build that failed to
    // finish) would keep every later row out of the search for good. Each table with one
    // gets its full-text index rebuilt from its rows, and the mark goes.
    static bool repairLeftOver(Database &db, QString *error);
    QString errorString() const { return m_error; }

private:
    Database &m_db;
    QString m_table;
    bool m_deferred = false;
    QString m_error;
};
