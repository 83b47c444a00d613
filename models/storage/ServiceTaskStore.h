#pragma once

#include "storage/StoredServiceTask.h"

#include "storage/RecordTable.h"

#include <QCoreApplication>
#include <QObject>
#include <QVector>

#include <optional>

class Database;
class QSqlQuery;

// Reads and writes service tasks. Every write is one transaction (nested in the
// caller's when there is one) and leaves the row, its derived columns and its sync
// state consistent.
class ServiceTaskStore : public QObject
{
    Q_OBJECT

public:
    explicit ServiceTaskStore(Database &db, QObject *parent = nullptr);

    // A record the user made: state New. A task without an id gets a fresh UUID,
    // so that a retried POST can be recognised (DESIGN.md, Sync).
    std::optional<qint64> create(const ServiceTask &task);
    // A user edit of the local copy.
    bool saveLocal(qint64 localId, const ServiceTask &task);
    // New records go away; synced ones are kept as Deleted until the delete is pushed.
    bool remove(qint64 localId);
    // The server confirmed `serverCopy` for the version with `sentRevision`. It becomes
    // the base; it replaces the local copy only if nobody edited the record since
    // that version was sent, so an edit made during a sync stays dirty.
    bool markSynced(qint64 localId, qint64 sentRevision, const ServiceTask &serverCopy);

    std::optional<StoredServiceTask> get(qint64 localId) const;
    // Several records at once, in no particular order (a page of a table).
    QVector<StoredServiceTask> getMany(const QVector<qint64> &localIds) const;
    std::optional<qint64> localIdForUuid(const QString &uuid) const;
    QVector<StoredServiceTask> all(bool includeDeleted = false) const;
    int count(bool includeDeleted = false) const;

    QString errorString() const { return m_error; }
    Database &database() const { return m_db; }

signals:
    void inserted(qint64 localId);
    void changed(qint64 localId);
    void removed(qint64 localId);

private:
    bool fail(const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;
    StoredServiceTask read(const QSqlQuery &query) const;

    Database &m_db;
    RecordTable m_table;
    mutable QString m_error;
};
