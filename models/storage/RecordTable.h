#pragma once

#include <QString>
#include <QVector>

class Database;

// The SQL both stores share, for a table of records with local_id and sync_state.
class RecordTable
{
public:
    RecordTable(Database &db, const QString &table);

    // A record never synced goes away; a synced one is kept as Deleted (the delete is
    // still to be sent). Part of the caller's transaction.
    bool remove(qint64 localId, bool everSynced, QString *error) const;
    int count(bool includeDeleted) const;
    const QString &name() const { return m_table; }

    // "SELECT <columns> FROM <table> WHERE local_id IN (…)"
    QString selectByIds(const QString &columns, const QVector<qint64> &ids) const;
    // Every record (but the deleted ones unless asked), oldest first.
    QString selectAll(const QString &columns, bool includeDeleted) const;

private:
    QString notDeleted() const;

    Database &m_db;
    QString m_table;
};
