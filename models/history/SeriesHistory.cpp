#include "history/SeriesHistory.h"

#include "history/SeriesItemIdentity.h"
#include "json/TaskSeriesCodec.h"

QJsonObject SeriesHistoryKind::encode(const TaskSeries &series)
{
    return TaskSeriesCodec::encode(series, TaskSeriesCodec::Keys::WithLocalKeys);
}

std::optional<TaskSeries> SeriesHistoryKind::decode(const QJsonObject &version, DecodeError *error)
{
    return TaskSeriesCodec::decode(version, error);
}

TaskSeries SeriesHistoryKind::identified(const TaskSeries &version, const StoredTaskSeries &stored,
                                         const QVector<RecordHistory::Version> &history)
{
    TaskSeries restored = SeriesItemIdentity(history, stored).restore(version);
    restored.seriesId = stored.local.seriesId;
    return restored;
}

QString SeriesHistoryKind::alreadySo()
{
    return QCoreApplication::translate("SeriesHistory", "The series already is as in this version.");
}

bool SeriesHistoryKind::apply(TaskSeriesEditor &editor, const QString &description, const StoredTaskSeries &stored,
                              const TaskSeries &restored, QString *error)
{
    QVector<TaskSeriesChange> changes{{stored.localId, stored.local, restored}};
    return editor.apply(description, changes, error);
}
