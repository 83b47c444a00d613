#pragma once

#include "edit/TaskSeriesChange.h"
#include "history/StoreHistory.h"
#include "storage/TaskSeriesStore.h"

// A series' history: the whole series with its steps and actions per version.
struct SeriesHistoryKind
{
    using Store = TaskSeriesStore;
    using Editor = TaskSeriesEditor;
    static constexpr RecordHistory::Kind kind = RecordHistory::Kind::Series;

    // As the history keeps versions: new steps and actions named by their local keys.
    static QJsonObject encode(const TaskSeries &series);
    static std::optional<TaskSeries> decode(const QJsonObject &version, DecodeError *error);
    // The steps and actions the server has keep their ids (SeriesItemIdentity); the series
    // is the one the server has now.
    static TaskSeries identified(const TaskSeries &version, const StoredTaskSeries &stored,
                                 const QVector<RecordHistory::Version> &history);
    static bool same(const TaskSeries &a, const TaskSeries &b) { return encode(a) == encode(b); }
    static QString alreadySo();
    static bool apply(TaskSeriesEditor &editor, const QString &description, const StoredTaskSeries &stored,
                      const TaskSeries &restored, QString *error);
};

using SeriesHistory = StoreHistory<SeriesHistoryKind>;
