#include "storage/SuspendedSchema.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

SuspendedSchema::SuspendedSchema(Database &db, const QString &type, const QString &table, const QString &namePrefix)
    : m_db(db)
    , m_type(type)
    , m_table(table)
    , m_namePrefix(namePrefix)
{
}

bool SuspendedSchema::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(sql))
        return true;
    m_error = SqlErrorText::describe(q.lastError());
    return false;
}

bool SuspendedSchema::suspend()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL"
                             " AND substr(name, 1, length(?)) = ? ORDER BY name"));
    q.addBindValue(m_type);
    q.addBindValue(m_table);
    q.addBindValue(SqlValues::text(m_namePrefix)); // not NULL, which matches nothing
    q.addBindValue(SqlValues::text(m_namePrefix));
    if (!q.exec()) {
        m_error = SqlErrorText::describe(q.lastError());
        return false;
    }
    m_entries.clear();
    while (q.next())
        m_entries.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!exec(QStringLiteral("DROP %1 \"%2\"").arg(m_type.toUpper(), entry.name)))
            return false;
    }
    m_suspended = !m_entries.isEmpty();
    return true;
}

bool SuspendedSchema::restore()
{
    if (!m_suspended)
        return true;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!exec(entry.sql))
            return false;
    }
    m_suspended = false;
    return true;
}
