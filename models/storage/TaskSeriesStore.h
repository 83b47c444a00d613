#pragma once

#include "storage/RecordHistory.h"
#include "storage/RecordStore.h"
#include "storage/StoredTaskSeries.h"
#include "storage/SyncWrite.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class Database;
class QSqlQuery;

// Reads and writes series with their steps and actions (child rows kept in order).
// Every write is one transaction: a series is never stored with half its steps.
class TaskSeriesStore : public RecordStore
{
    Q_OBJECT

public:
    explicit TaskSeriesStore(Database &db, QObject *parent = nullptr);

    // `localId` re-creates a record under the id it had (undoing its delete).
    std::optional<qint64> create(const TaskSeries &series, std::optional<qint64> localId = std::nullopt);
    bool saveLocal(qint64 localId, const TaskSeries &series);
    bool remove(qint64 localId);
    // See ServiceTaskStore::markSynced. A new seriesId (a split by PUT) replaces the
    // old one, which goes to the history. `ref`, when given, is where the server keeps it.
    // `sent`: what the request sent (local keys included); when the series was edited
    // since, its new steps and actions still get the ids the server gave them.
    bool markSynced(qint64 localId, qint64 sentRevision, const TaskSeries &serverCopy,
                    const std::optional<SeriesRemoteRef> &ref = std::nullopt,
                    const std::optional<TaskSeries> &sent = std::nullopt);

    // --- sync bookkeeping (the sync engine); each call is one transaction ---
    // A series the server has and this database has not: stored clean.
    std::optional<qint64> insertPulled(const TaskSeries &serverCopy, const SeriesRemoteRef &ref);
    // What the sync decided a pulled copy or a remote delete does (RemoteChangeWriter),
    // in the caller's transaction: `current` as it was read in it gets `write` (a changed
    // seriesId sends the old one to the history; `ref` empty: the stored one stays); or
    // its row goes, with its steps and actions.
    bool writeSyncState(const StoredTaskSeries &current, const SyncWrite<TaskSeries> &write,
                        const std::optional<SeriesRemoteRef> &ref = std::nullopt);
    bool deleteGone(const StoredTaskSeries &current);
    // Before a create (POST) or an update (PUT) is sent: the revision sent (0 clears it).
    // `posted`: the series as the request sends it (looked for on the server next time).
    bool setPushAttempted(qint64 localId, qint64 sentRevision, const std::optional<TaskSeries> &posted = std::nullopt);
    // The user settled a conflict: `resolved` becomes the local copy, the server's copy the
    // base. When the server had deleted the series, keeping it means creating it again: it
    // becomes New (its old ids go to the history; steps and actions get new ones on POST).
    bool resolveConflict(qint64 localId, const TaskSeries &resolved);

    std::optional<StoredTaskSeries> get(qint64 localId) const;
    static QString goneText() { return tr("The series no longer exists."); }
    // Several series at once, with their steps, in no particular order (a page of a table).
    QVector<StoredTaskSeries> getMany(const QVector<qint64> &localIds) const;
    std::optional<qint64> localIdForSeriesId(const QString &seriesId) const;
    QVector<StoredTaskSeries> all(bool includeDeleted = false) const;
    // The records of unsyncedIds() and of pushIds(), oldest first.
    // At most `limit` of them (the oldest) when limit >= 0.
    QVector<StoredTaskSeries> unsynced(int limit = -1) const
    {
        QVector<qint64> ids = unsyncedIds();
        if (limit >= 0 && ids.size() > limit)
            ids.resize(limit);
        return inOrder(ids);
    }
    QVector<StoredTaskSeries> toPush() const { return inOrder(pushIds()); }

private:
    QVector<StoredTaskSeries> inOrder(const QVector<qint64> &localIds) const;
    bool writeChildren(qint64 localId, QVector<Step> steps);
    bool readChildren(qint64 localId, TaskSeries *series) const;
    bool readChildren(QVector<StoredTaskSeries> &records) const;
    // `withChildren` false: the steps are left empty, for readChildren() of many at once.
    std::optional<StoredTaskSeries> read(const QSqlQuery &query, bool withChildren = true) const;
    // Rewrites a record's copies and sync state (and its child rows) in the caller's
    // transaction; clears push_attempted. `ref` empty: the stored one stays.
    bool writeSyncState(const StoredTaskSeries &current, const TaskSeries &local, const std::optional<TaskSeries> &base,
                        const std::optional<TaskSeries> &remote, SyncState state, const QString &error,
                        const QStringList &history, const std::optional<SeriesRemoteRef> &ref,
                        ConflictKind conflict = ConflictKind::None);
    // The history of a series (RecordHistory): its copy before a write, read before it, and
    // the copy written, kept as a version when the two differ.
    RecordHistory::Entry versionBefore(const StoredTaskSeries &current) const;
    bool keepVersion(const RecordHistory::Entry &was, const TaskSeries &now, RecordHistory::Origin origin);
};
