#pragma once

#include "storage/SuspendedSchema.h"

#include <QString>

class Database;

// For a write of many rows into one table: the triggers that keep its full-text index
// (`<table>_fts`) in step row by row are taken away for the write, and the index is
// rebuilt in one pass after it, inside the caller's transaction (a rollback brings the
// triggers back untouched). Any other trigger stays, so every check still runs row by
// row.
class BulkFullText
{
public:
    BulkFullText(Database &db, const QString &table);

    // Must run inside a transaction. On failure nothing is suspended.
    bool suspend() { return m_triggers.suspend(); }
    // Creates the triggers again and rebuilds the full-text index.
    bool restore();
    bool isSuspended() const { return m_triggers.isSuspended(); }
    QString errorString() const { return m_error.isEmpty() ? m_triggers.errorString() : m_error; }

private:
    Database &m_db;
    QString m_table;
    SuspendedSchema m_triggers;
    QString m_error;
};
