#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_level(db.transactionDepth())
{
    const QString sql = m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    if (exec(sql)) {
        m_active = true;
        ++m_db.transactionDepth();
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery query(m_db.connection());
    if (query.exec(sql))
        return true;
    m_error = SqlErrorText::describe(query.lastError());
    return false;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const QString sql = m_level == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE sp%1").arg(m_level);
    if (!exec(sql)) {
        rollback();
        return false;
    }
    m_active = false;
    --m_db.transactionDepth();
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    // After a disk-full or I/O error SQLite has often rolled back already, and the
    // ROLLBACK fails with "no transaction is active": that must not replace the error
    // that tells the user what went wrong.
    const QString why = m_error;
    if (m_level == 0) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
        exec(QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    m_error = why;
    m_active = false;
    --m_db.transactionDepth();
}
