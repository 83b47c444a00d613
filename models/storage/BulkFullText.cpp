#include "storage/BulkFullText.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"

#include <QSqlError>
#include <QSqlQuery>

BulkFullText::BulkFullText(Database &db, const QString &table)
    : m_db(db)
    , m_table(table)
{
}

bool BulkFullText::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(sql))
        return true;
    m_error = SqlErrorText::describe(q.lastError());
    return false;
}

bool BulkFullText::suspend()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
                             " AND name LIKE ? ESCAPE '\\'"));
    q.addBindValue(m_table);
    q.addBindValue(QString(m_table).replace(QLatin1Char('_'), QStringLiteral("\\_")) + QStringLiteral("\\_fts\\_%"));
    if (!q.exec()) {
        m_error = SqlErrorText::describe(q.lastError());
        return false;
    }
    m_triggers.clear();
    while (q.next())
        m_triggers.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const Trigger &trigger : std::as_const(m_triggers)) {
        if (!exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger.name)))
            return false; // the caller rolls its savepoint back
    }
    m_suspended = !m_triggers.isEmpty();
    return true;
}

bool BulkFullText::restore()
{
    if (!m_suspended)
        return true;
    for (const Trigger &trigger : std::as_const(m_triggers)) {
        if (!exec(trigger.sql))
            return false;
    }
    m_suspended = false;
    // An external-content FTS5 table reads the text of every row of its table again.
    return exec(QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES('rebuild')").arg(m_table));
}
