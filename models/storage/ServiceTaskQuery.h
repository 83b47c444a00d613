#pragma once

#include <QString>
#include <QVector>

class Database;

// What the service task table shows: a search text and, for the sync issue, only
// the records in conflict. Deleted records are never shown.
struct ServiceTaskFilter
{
    QString text;
    bool conflictsOnly = false;

    bool operator==(const ServiceTaskFilter &o) const { return text == o.text && conflictsOnly == o.conflictsOnly; }
};

// The ordered, filtered list of ids behind the table, computed in SQL (indexes for
// sorting, a trigram full-text index for search) so 100 000 rows never need loading.
class ServiceTaskQuery
{
public:
    // The sortable columns, named as in the svctask table.
    static QStringList sortKeys();

    explicit ServiceTaskQuery(Database &db);

    QVector<qint64> ids(const ServiceTaskFilter &filter, const QString &sortKey, bool descending) const;
    bool matches(qint64 localId, const ServiceTaskFilter &filter) const;

private:
    QString whereClause(const ServiceTaskFilter &filter, QVariantList *values) const;

    Database &m_db;
};
