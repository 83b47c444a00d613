#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class Database;

// What a table shows: a search text and, for the sync issue, only the records in
// conflict. Deleted records are never shown.
struct RecordFilter
{
    QString text;
    bool conflictsOnly = false;

    bool operator==(const RecordFilter &o) const { return text == o.text && conflictsOnly == o.conflictsOnly; }
};

// The ordered, filtered list of ids behind a table, computed in SQL (partial indexes
// for sorting, a trigram full-text index `<table>_fts` on `search_text` for search)
// so 100 000 rows never need loading.
class RecordQuery
{
public:
    // `sortKeys`: the columns of `table` a caller may sort by (anything else sorts by id).
    RecordQuery(Database &db, const QString &table, const QStringList &sortKeys);

    QVector<qint64> ids(const RecordFilter &filter, const QString &sortKey, bool descending) const;
    bool matches(qint64 localId, const RecordFilter &filter) const;

private:
    QString whereClause(const RecordFilter &filter, QVariantList *values) const;

    Database &m_db;
    QString m_table;
    QStringList m_sortKeys;
};

using ServiceTaskFilter = RecordFilter;

// Service tasks: search name, script code, title and comment. sortKeys() lists the
// keys in the column order of ServiceTaskTableModel.
class ServiceTaskQuery : public RecordQuery
{
public:
    explicit ServiceTaskQuery(Database &db);
    static QStringList sortKeys();
};

// Series: search name, description and tags. sortKeys() follows the columns of
// TaskSeriesTableModel.
class TaskSeriesQuery : public RecordQuery
{
public:
    explicit TaskSeriesQuery(Database &db);
    static QStringList sortKeys();
};
