#pragma once

#include <QString>
#include <QVector>

class Database;

// For a write of many rows into one table: the triggers that keep its full-text index
// (`<table>_fts`) in step row by row are taken away for the write, and the index is
// rebuilt in one pass after it, inside the caller's transaction (a rollback brings the
// triggers back untouched). Any other trigger stays, so every check still runs row by
// row. The ordinary indexes stay too: rebuilding each one scans the whole wide table,
// which measured slower than keeping them up to date with a large page cache.
class BulkFullText
{
public:
    BulkFullText(Database &db, const QString &table);

    // Must run inside a transaction. On failure nothing is suspended.
    bool suspend();
    // Creates the triggers again and rebuilds the full-text index.
    bool restore();
    bool isSuspended() const { return m_suspended; }
    QString errorString() const { return m_error; }

private:
    struct Trigger
    {
        QString name;
        QString sql;
    };
    bool exec(const QString &sql);

    Database &m_db;
    QString m_table;
    QVector<Trigger> m_triggers;
    bool m_suspended = false;
    QString m_error;
};
