#pragma once

#include "storage/RecordTable.h"
#include "storage/SyncTransitions.h"

#include <QObject>
#include <QString>

#include <functional>

class Database;
class QSqlQuery;

// What the service task store and the series store share: the change signals, the error of
// the last failed call, the frame of a write (one transaction, `changed` once committed) and
// the sync bookkeeping that is the same SQL for both tables.
class RecordStore : public QObject
{
    Q_OBJECT

public:
    QString errorString() const { return m_error; }
    Database &database() const { return m_db; }
    int count(bool includeDeleted = false) const { return m_table.count(includeDeleted); }

    // The server refused the record, or it cannot be pushed: kept as it is, with why; its
    // state follows SyncTransitions (a record deleted meanwhile stays deleted). A refused
    // create made nothing on the server: it is not looked for there next time.
    bool markFailed(qint64 localId, const QString &message, SyncEvent event = SyncEvent::Refused);

signals:
    void inserted(qint64 localId);
    void changed(qint64 localId);
    void removed(qint64 localId);
    // Many rows written at once (a batch, see ServiceTaskBatch): anything may have
    // changed, been added or gone; views read their rows again.
    void rowsChanged();

protected:
    RecordStore(Database &db, const QString &table, QObject *parent);

    bool fail(const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;
    // Runs `write` in one transaction (nested in the caller's when there is one); when it
    // succeeds and the transaction commits, emits changed(localId).
    bool writeRecord(qint64 localId, const std::function<bool()> &write);
    // A user delete (see RecordTable::remove), committed, then removed(localId).
    bool removeRecord(qint64 localId, bool everSynced);
    // The row and what hangs off it, in the caller's transaction.
    bool deleteRow(qint64 localId);
    // A write the user made (resolving a conflict): the revision moves on, so that a sync
    // running meanwhile does not take the record as the version it sent.
    bool bumpRevision(qint64 localId);

    Database &m_db;
    RecordTable m_table;

private:
    mutable QString m_error;
};
