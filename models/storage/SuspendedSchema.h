#pragma once

#include <QString>
#include <QVector>

class Database;

// Schema entries of one table (its named indexes, or some of its triggers) dropped for a
// write of many rows and made again after it, inside the caller's transaction (a
// rollback brings them back as they were). Each is made again from its own text in
// sqlite_master, read before the drop, so what a later migration made comes back
// exactly. The indexes SQLite makes itself (UNIQUE, PRIMARY KEY) have no text and stay.
class SuspendedSchema
{
public:
    // `type`: 'index' or 'trigger'; `namePrefix`: only the entries whose name starts so.
    SuspendedSchema(Database &db, const QString &type, const QString &table, const QString &namePrefix = QString());

    // Must run inside a transaction. On failure the caller rolls its savepoint back.
    bool suspend();
    // Makes every suspended entry again.
    bool restore();
    bool isSuspended() const { return m_suspended; }
    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        QString name;
        QString sql;
    };
    bool exec(const QString &sql);

    Database &m_db;
    QString m_type;
    QString m_table;
    QString m_namePrefix;
    QVector<Entry> m_entries;
    bool m_suspended = false;
    QString m_error;
};
