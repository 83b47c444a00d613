#include "storage/RecordStore.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"
#include "storage/SqlValues.h"
#include "storage/SyncState.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

RecordStore::RecordStore(Database &db, const QString &table, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_table(db, table)
{
}

bool RecordStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool RecordStore::failQuery(const QSqlQuery &query) const
{
    return fail(SqlErrorText::describe(query.lastError()));
}

bool RecordStore::writeRecord(qint64 localId, const std::function<bool()> &write)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.errorString());
    if (!write())
        return false; // rolled back by tx
    if (!tx.commit())
        return fail(tx.errorString());
    emit changed(localId);
    return true;
}

bool RecordStore::removeRecord(qint64 localId, bool everSynced)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.errorString());
    QString error;
    if (!m_table.remove(localId, everSynced, &error))
        return fail(error);
    if (!tx.commit())
        return fail(tx.errorString());
    emit removed(localId);
    return true;
}

bool RecordStore::deleteRow(qint64 localId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE local_id=:id").arg(m_table.name()));
    q.bindValue(QStringLiteral(":id"), localId);
    return q.exec() || failQuery(q);
}

bool RecordStore::bumpRevision(qint64 localId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET revision=revision+1 WHERE local_id=:id").arg(m_table.name()));
    q.bindValue(QStringLiteral(":id"), localId);
    return q.exec() || failQuery(q);
}

bool RecordStore::markFailed(qint64 localId, const QString &message, SyncEvent event)
{
    QSqlQuery read(m_db.connection());
    read.prepare(QStringLiteral("SELECT sync_state FROM %1 WHERE local_id=:id").arg(m_table.name()));
    read.bindValue(QStringLiteral(":id"), localId);
    if (!read.exec())
        return failQuery(read);
    if (!read.next())
        return true; // gone meanwhile: nothing left to mark
    const SyncState state = SyncTransitions::after(SyncStates::fromInt(read.value(0).toInt()), event);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET sync_state=:state, sync_error=:error, push_attempted=0"
                             " WHERE local_id=:id").arg(m_table.name()));
    q.bindValue(QStringLiteral(":state"), static_cast<int>(state));
    q.bindValue(QStringLiteral(":error"), SqlValues::text(message));
    q.bindValue(QStringLiteral(":id"), localId);
    if (!q.exec())
        return failQuery(q);
    emit changed(localId);
    return true;
}
