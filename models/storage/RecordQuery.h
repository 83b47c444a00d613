#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

class Database;
class QSqlQuery;

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

    // Whether every record `narrower` lets through passes `wider` too, as when one
    // more letter is typed. Then narrowed() on the ordered ids of `wider` equals ids()
    // for `narrower`, without walking a sort index again.
    static bool narrows(const RecordFilter &wider, const RecordFilter &narrower);
    // The ids of `ordered` that pass `filter`, in their order.
    QVector<qint64> narrowed(const QVector<qint64> &ordered, const RecordFilter &filter) const;
    // The ids of `localIds` that pass `filter`, ascending: rows just added, in one query.
    QVector<qint64> among(const QVector<qint64> &localIds, const RecordFilter &filter) const;
    // Changes when another connection (another process) commits to the database.
    qint64 dataVersion() const;

private:
    QString stateCondition(const RecordFilter &filter) const;
    QString whereClause(const RecordFilter &filter, QVariantList *values) const;
    QVector<qint64> shownIds(const RecordFilter &filter) const;
    QVector<qint64> searchedIds(const RecordFilter &filter, const QString &text) const;
    QVector<qint64> passingIds(const RecordFilter &filter) const;
    QSqlQuery orderedQuery(const QString &where, const QVariantList &values, const QString &key,
                           bool descending) const;
    QVector<qint64> orderedIds(const QString &where, const QVariantList &values, const QString &key,
                               bool descending) const;
    qint64 maxLocalId() const;
    QVector<qint64> select(const QString &sql, const QVariantList &values) const;
    QSqlQuery run(const QString &sql, const QVariantList &values) const;
    static QVector<qint64> read(QSqlQuery q);

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
