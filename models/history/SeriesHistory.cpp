#include "history/SeriesHistory.h"

#include "edit/TaskSeriesChange.h"
#include "history/SeriesItemIdentity.h"
#include "json/TaskSeriesCodec.h"
#include "storage/TaskSeriesStore.h"

SeriesHistory::SeriesHistory(TaskSeriesStore &store, TaskSeriesEditor &editor, qint64 localId, QObject *parent)
    : HistorySubject(store.database(), RecordHistory::Kind::Series, localId, parent)
    , m_store(store)
    , m_editor(editor)
{
    watch(store);
}

std::optional<QJsonObject> SeriesHistory::current() const
{
    const auto stored = m_store.get(localId());
    if (!stored)
        return std::nullopt;
    // As the history keeps versions: new steps and actions named by their local keys.
    return TaskSeriesCodec::encode(stored->local, TaskSeriesCodec::Keys::WithLocalKeys);
}

QVector<DiffLine> SeriesHistory::diff(const QJsonObject &older, const QJsonObject &newer) const
{
    return diffOf<TaskSeriesCodec>(older, newer);
}

std::optional<SyncState> SeriesHistory::state() const
{
    const auto stored = m_store.get(localId());
    return stored ? std::optional<SyncState>(stored->state) : std::nullopt;
}

bool SeriesHistory::restore(const QJsonObject &version, QString *error)
{
    *error = restoreRefusal();
    const auto stored = m_store.get(localId());
    if (!error->isEmpty() || !stored)
        return false;
    DecodeError decodeError;
    std::optional<TaskSeries> restored = TaskSeriesCodec::decode(version, &decodeError);
    if (!restored) {
        *error = unreadable(decodeError.toString());
        return false;
    }
    restored = SeriesItemIdentity(versions(), *stored).restore(*restored);
    restored->seriesId = stored->local.seriesId; // the series the server has now
    const auto keys = TaskSeriesCodec::Keys::WithLocalKeys;
    if (TaskSeriesCodec::encode(*restored, keys) == TaskSeriesCodec::encode(stored->local, keys)) {
        *error = tr("The series already is as in this version.");
        return false;
    }
    QVector<TaskSeriesChange> changes{{localId(), stored->local, *restored}};
    return m_editor.apply(restoreDescription(stored->local.name), changes, error);
}
