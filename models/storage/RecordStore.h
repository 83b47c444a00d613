#pragma once

#include "storage/RecordTable.h"
#include "storage/SyncTransitions.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <QVector>

#include <algorithm>
#include <functional>
#include <optional>

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

    // What a write in one transaction did to its row, told once the transaction commits.
    enum class RowChange { None, Changed, Removed };
    // Runs `write` in one transaction (nested in the caller's when there is one); once it
    // commits, emits changed() or removed() as `write` said. For the sync's writes made
    // through the store's primitives (RemoteChangeWriter).
    bool writeSynced(qint64 localId, const std::function<bool(RowChange &)> &write);
    // Keeps `message` as errorString(); always false. Public for the writes of the sync.
    bool fail(const QString &message) const;

    // --- what the next push sends (pending changes, hold, sync selected) ---
    // Records not in step with the server (any state but Clean), oldest first: few, and
    // found through the state index, so asking often is cheap.
    QVector<qint64> unsyncedIds() const;
    // The first `limit` of them, and how many there are: what a list of pending changes
    // shows without reading 100 000 ids after an import.
    QVector<qint64> firstUnsyncedIds(int limit) const;
    int unsyncedCount() const;
    // Which of these records (a selection) are unsynced, or unsynced and not held: asked
    // at every selection change, so only the given rows are read, in one statement.
    QSet<qint64> unsyncedAmong(const QVector<qint64> &ids) const;
    QSet<qint64> sendableAmong(const QVector<qint64> &ids) const;
    // What a push looks at: the unsynced records less the held ones and, while a push scope
    // is set, less those outside it. Conflicts and refused records are always in: the push
    // only counts them.
    QVector<qint64> pushIds() const;
    QSet<qint64> heldIds() const;
    // How many records each kind of pending change has, counted in SQL (no record is
    // read): what the status bar shows, cheap even for 100 000 unsynced records.
    struct PendingCounts
    {
        int created = 0;
        int changed = 0;
        int deleted = 0;
        int held = 0;   // created, changed or deleted, but held back
        int drafts = 0; // created or changed, not valid: not sent until fixed
    };
    PendingCounts pendingCounts() const;
    // A held record stays pending but is not sent until released; emits changed().
    bool setHeld(qint64 localId, bool held);
    // Sync selected: only these records are pushed; nullopt: all of them.
    void setPushScope(const std::optional<QSet<qint64>> &scope) { m_pushScope = scope; }

signals:
    void inserted(qint64 localId);
    void changed(qint64 localId);
    void removed(qint64 localId);
    // Many rows written at once (a batch, see ServiceTaskBatch): anything may have
    // changed, been added or gone; views read their rows again.
    void rowsChanged();

protected:
    RecordStore(Database &db, const QString &table, QObject *parent);

    bool failQuery(const QSqlQuery &query) const;
    // Runs `write` in one transaction (nested in the caller's when there is one); when it
    // succeeds and the transaction commits, emits changed(localId).
    bool writeRecord(qint64 localId, const std::function<bool()> &write);
    // A user delete (see RecordTable::remove), committed, then removed(localId).
    bool removeRecord(qint64 localId, bool everSynced);
    // The row and what hangs off it, in the caller's transaction.
    bool deleteRow(qint64 localId);
    // Runs `sql` and hands each row to `row`; false (with the error) when it fails.
    bool forEachRow(const QString &sql, const std::function<void(const QSqlQuery &)> &row) const;
    // The row of `localId` (its `columns`) handed to `row`; false when there is none.
    bool forRowOf(qint64 localId, const QString &columns, const std::function<void(const QSqlQuery &)> &row) const;
    // A new record (New, revision 1) under `localId`, or else an id its table never gave:
    // `columns` and `values` are the kind's own (SQL lists), `bind` binds them, `after`
    // writes what belongs to the row (steps and actions). One transaction; inserted()
    // once it commits.
    std::optional<qint64> insertNew(const QString &columns, const QString &values, std::optional<qint64> localId,
                                    const std::function<void(QSqlQuery &)> &bind,
                                    const std::function<bool(qint64)> &after = {});
    // A record the server has and this database has not: `create` stores it (New), then
    // `assignments` (SQL "column=:name, ...", bound from `values`) make it Clean. One
    // transaction; changed() once it commits.
    std::optional<qint64> insertClean(const std::function<std::optional<qint64>()> &create,
                                      const QString &assignments, const QVariantMap &values = {});
    // Before a create or an update is sent: the revision sent (0 clears it) and what the
    // request sends (stored JSON; empty: nothing kept). Both tables keep the revision.
    bool writePushAttempted(qint64 localId, qint64 sentRevision, const QString &postedJson);
    // A write the user made (resolving a conflict): the revision moves on, so that a sync
    // running meanwhile does not take the record as the version it sent.
    bool bumpRevision(qint64 localId);
    template <typename Stored>
    static void sortByLocalId(QVector<Stored> &records)
    {
        std::sort(records.begin(), records.end(), [](const Stored &a, const Stored &b) { return a.localId < b.localId; });
    }

    Database &m_db;
    RecordTable m_table;

private:
    QVector<qint64> idsWhere(const QString &condition, int limit = -1) const;
    QSet<qint64> idsAmong(const QVector<qint64> &ids, const QString &condition) const;
    QVector<qint64> readIds(const QString &sql) const;

    mutable QString m_error;
    std::optional<QSet<qint64>> m_pushScope;
};
