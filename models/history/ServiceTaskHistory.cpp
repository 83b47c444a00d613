#include "history/ServiceTaskHistory.h"

#include "edit/ServiceTaskChange.h"
#include "json/ServiceTaskCodec.h"
#include "storage/ServiceTaskStore.h"

ServiceTaskHistory::ServiceTaskHistory(ServiceTaskStore &store, ServiceTaskEditor &editor, qint64 localId,
                                       QObject *parent)
    : HistorySubject(store.database(), RecordHistory::Kind::ServiceTask, localId, parent)
    , m_store(store)
    , m_editor(editor)
{
    watch(store);
}

std::optional<QJsonObject> ServiceTaskHistory::current() const
{
    const auto stored = m_store.get(localId());
    if (!stored)
        return std::nullopt;
    return ServiceTaskCodec::encode(stored->local);
}

QVector<DiffLine> ServiceTaskHistory::diff(const QJsonObject &older, const QJsonObject &newer) const
{
    return diffOf<ServiceTaskCodec>(older, newer);
}

std::optional<SyncState> ServiceTaskHistory::state() const
{
    const auto stored = m_store.get(localId());
    return stored ? std::optional<SyncState>(stored->state) : std::nullopt;
}

bool ServiceTaskHistory::restore(const QJsonObject &version, QString *error)
{
    *error = restoreRefusal();
    const auto stored = m_store.get(localId());
    if (!error->isEmpty() || !stored)
        return false;
    DecodeError decodeError;
    std::optional<ServiceTask> restored = ServiceTaskCodec::decode(version, &decodeError);
    if (!restored) {
        *error = unreadable(decodeError.toString());
        return false;
    }
    // The record stays the same record, and the server's data (ext: its times) is the
    // server's now, not what it was then.
    restored->id = stored->local.id;
    restored->ext = stored->local.ext;
    if (*restored == stored->local) {
        *error = tr("The record already is as in this version.");
        return false;
    }
    return m_editor.apply(restoreDescription(stored->local.name), {{stored->local, *restored}}, error);
}
