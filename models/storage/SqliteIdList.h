#pragma once

#include <QVariantList>
#include <QVector>

#include <optional>

class Database;

// A list of ids (the rows behind a table, a search's matches) read straight through
// SQLite's own interface on the connection's handle: QtSql turns every row into a
// cached QVariant first, which was most of the cost of reading 100 000 ids (about
// 20 ms of the window's start). nullopt when the driver has no SQLite handle or the
// statement fails: the caller reads it through QtSql then, which reports the error.
class SqliteIdList
{
public:
    static std::optional<QVector<qint64>> read(Database &db, const QString &sql, const QVariantList &values);
};
