#pragma once

#include "storage/ServiceTaskHead.h"
#include "storage/RecordStore.h"
#include "storage/StoredServiceTask.h"
#include "storage/SyncWrite.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>
#include <utility>

class Database;
class QSqlQuery;

// Reads and writes service tasks. Every write is one transaction (nested in the
// caller's when there is one) and leaves the row, its derived columns and its sync
// state consistent.
class ServiceTaskStore : public RecordStore
{
    Q_OBJECT

public:
    explicit ServiceTaskStore(Database &db, QObject *parent = nullptr);

    // A record the user made: state New. A task without an id gets a fresh UUID,
    // so that a retried POST can be recognised (README "Sync with the servers").
    // `localId` re-creates a record under the id it had (undoing its delete).
    std::optional<qint64> create(const ServiceTask &task, std::optional<qint64> localId = std::nullopt);
    // A user edit of the local copy.
    bool saveLocal(qint64 localId, const ServiceTask &task);
    // New records go away; synced ones are kept as Deleted until the delete is pushed.
    bool remove(qint64 localId);
    // The server confirmed `serverCopy` for the version with `sentRevision`. It becomes
    // the base; it replaces the local copy only if nobody edited the record since
    // that version was sent, so an edit made during a sync stays dirty.
    bool markSynced(qint64 localId, qint64 sentRevision, const ServiceTask &serverCopy);

    // --- sync bookkeeping (the sync engine) ---
    // A record the server has and this database has not: stored clean.
    std::optional<qint64> insertPulled(const ServiceTask &serverCopy);
    // What the sync decided a pulled copy or a remote delete does (RemoteChangeWriter),
    // in the caller's transaction: `current` as it was read in it gets `write`; or its row goes.
    bool writeSyncState(const StoredServiceTask &current, const SyncWrite<ServiceTask> &write);
    bool deleteGone(const StoredServiceTask &current) { return deleteRow(current.localId); }
    // Before a create (POST) or an update (PATCH) is sent: the revision sent (0 clears it) and
    // what it sends; a pull merges against what it may have left on the server.
    bool setPushAttempted(qint64 localId, qint64 sentRevision, const std::optional<ServiceTask> &posted = std::nullopt);
    // The delete reached the server (or it was already gone).
    bool dropDeleted(qint64 localId);
    // The user settled a conflict: `resolved` becomes the local copy, the server's copy the base.
    bool resolveConflict(qint64 localId, const ServiceTask &resolved);

    std::optional<StoredServiceTask> get(qint64 localId) const;
    static QString goneText() { return tr("The service task no longer exists."); }
    // Several records at once, in no particular order (a page of a table).
    QVector<StoredServiceTask> getMany(const QVector<qint64> &localIds) const;
    std::optional<qint64> localIdForUuid(const QString &uuid) const;
    QVector<StoredServiceTask> all(bool includeDeleted = false) const;
    // Every record, deleted ones included, as the change scan of a sync sees it.
    QVector<ServiceTaskHead> heads() const;
    // The records of unsyncedIds() and of pushIds(), oldest first.
    // At most `limit` of them (the oldest) when limit >= 0.
    QVector<StoredServiceTask> unsynced(int limit = -1) const
    {
        QVector<qint64> ids = unsyncedIds();
        if (limit >= 0 && ids.size() > limit)
            ids.resize(limit);
        return inOrder(ids);
    }
    QVector<StoredServiceTask> toPush() const { return inOrder(pushIds()); }

    // Rows another connection only added (a pull's worker): rowsChanged() for every
    // listener, during which addedRows() names them, so that a table can insert these
    // instead of reading all its rows again.
    void announceAdded(const QVector<qint64> &localIds)
    {
        const QVector<qint64> *outer = std::exchange(m_added, &localIds);
        emit rowsChanged();
        m_added = outer;
    }
    // Within announceAdded() only; else nullptr (anything may have changed).
    const QVector<qint64> *addedRows() const { return m_added; }

private:
    QVector<StoredServiceTask> inOrder(const QVector<qint64> &localIds) const;
    StoredServiceTask read(const QSqlQuery &query) const;
    bool writeSyncState(qint64 localId, const ServiceTask &local, const std::optional<ServiceTask> &base,
                        const std::optional<ServiceTask> &remote, SyncState state, const QString &error,
                        ConflictKind conflict = ConflictKind::None);

    const QVector<qint64> *m_added = nullptr;
};
