#include "storage/SqliteIdList.h"

#include "storage/Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <memory>

namespace {

sqlite3 *handleOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::QString: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT) == SQLITE_OK;
    }
    default:
        return false; // anything else as QtSql would bind it
    }
}

} // namespace

std::optional<QVector<qint64>> SqliteIdList::read(Database &db, const QString &sql, const QVariantList &values)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return std::nullopt;
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare16_v2(handle, sql.utf16(), int(sql.size() * sizeof(QChar)), &raw, nullptr) != SQLITE_OK)
        return std::nullopt;
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i) {
        if (!bind(raw, i + 1, values.at(i)))
            return std::nullopt;
    }
    QVector<qint64> ids;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(raw, 0));
    if (step != SQLITE_DONE)
        return std::nullopt;
    return ids;
}
