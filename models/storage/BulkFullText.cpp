#include "storage/BulkFullText.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"

#include <QSqlError>
#include <QSqlQuery>

BulkFullText::BulkFullText(Database &db, const QString &table)
    : m_db(db)
    , m_table(table)
    , m_triggers(db, QStringLiteral("trigger"), table, table + QStringLiteral("_fts_"))
{
}

bool BulkFullText::restore()
{
    if (!m_triggers.isSuspended())
        return true;
    if (!m_triggers.restore()) {
        m_error = m_triggers.errorString();
        return false;
    }
    // An external-content FTS5 table reads the text of every row of its table again.
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES('rebuild')").arg(m_table)))
        return true;
    m_error = SqlErrorText::describe(q.lastError());
    return false;
}
