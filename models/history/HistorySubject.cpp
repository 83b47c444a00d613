#include "history/HistorySubject.h"

#include "storage/RecordStore.h"

HistorySubject::HistorySubject(Database &db, RecordHistory::Kind kind, qint64 localId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_kind(kind)
    , m_localId(localId)
{
}

QVector<RecordHistory::Version> HistorySubject::versions() const
{
    return RecordHistory(m_db).versions(m_kind, m_localId);
}

QString HistorySubject::restoreRefusal() const
{
    const std::optional<SyncState> state = this->state();
    if (!state)
        return tr("The record no longer exists.");
    if (*state == SyncState::Deleted)
        return tr("The record is deleted: undo the delete to restore a version.");
    if (*state == SyncState::Conflict)
        return tr("The record is in conflict: resolve the conflict first (Sync ▸ Resolve conflicts).");
    return QString();
}

QString HistorySubject::unreadable(const QString &why)
{
    return tr("This copy cannot be read: %1").arg(why);
}

QString HistorySubject::restoreDescription(const QString &name)
{
    return tr("Restore a version of “%1”").arg(name);
}

void HistorySubject::watch(const RecordStore &store)
{
    const auto ours = [this](qint64 localId) {
        if (localId == m_localId)
            emit changed();
    };
    connect(&store, &RecordStore::changed, this, ours);
    connect(&store, &RecordStore::removed, this, ours);
    connect(&store, &RecordStore::inserted, this, ours); // its delete undone
    connect(&store, &RecordStore::rowsChanged, this, &HistorySubject::changed);
}
