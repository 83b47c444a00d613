#include "storage/DeferredFullText.h"

#include "storage/Database.h"
#include "storage/LocalIds.h"
#include "storage/SqlErrorText.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

DeferredFullText::DeferredFullText(Database &db, const QString &table)
    : m_db(db)
    , m_table(table)
{
}

bool DeferredFullText::defer()
{
    QSqlQuery q(m_db.connection());
    // Every new row gets an id from here on (LocalIds), and none before it is new.
    if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO fulltext_deferred(tbl, first_id) VALUES ('%1', %2)")
                    .arg(m_table, LocalIds::nextSql(m_table)))) {
        m_error = SqlErrorText::describe(q.lastError());
        return false;
    }
    m_deferred = q.numRowsAffected() == 1;
    return m_deferred;
}

bool DeferredFullText::finish()
{
    if (!m_deferred)
        return true;
    QSqlQuery q(m_db.connection());
    const bool ok =
        q.exec(QStringLiteral("INSERT INTO %1_fts(rowid, search_text) SELECT local_id, search_text FROM %1"
                              " WHERE local_id >= (SELECT first_id FROM fulltext_deferred WHERE tbl = '%1')")
                   .arg(m_table))
        && q.exec(QStringLiteral("DELETE FROM fulltext_deferred WHERE tbl = '%1'").arg(m_table));
    if (!ok) {
        m_error = SqlErrorText::describe(q.lastError());
        return false;
    }
    m_deferred = false;
    return true;
}

bool DeferredFullText::repairLeftOver(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    QStringList tables;
    if (q.exec(QStringLiteral("SELECT tbl FROM fulltext_deferred"))) {
        while (q.next())
            tables.append(q.value(0).toString());
    }
    q.finish();
    if (tables.isEmpty())
        return true;
    Transaction tx(db);
    bool ok = tx.isActive();
    for (const QString &table : {QStringLiteral("svctask"), QStringLiteral("series")}) {
        if (tables.contains(table)) // a mark naming no such table goes without more ado
            ok = ok && q.exec(QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES ('rebuild')").arg(table));
    }
    ok = ok && q.exec(QStringLiteral("DELETE FROM fulltext_deferred")) && tx.commit();
    if (!ok)
        *error = q.lastError().isValid() ? SqlErrorText::describe(q.lastError()) : tx.errorString();
    return ok;
}
