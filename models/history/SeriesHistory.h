#pragma once

#include "history/HistorySubject.h"

class TaskSeriesEditor;
class TaskSeriesStore;

// A series' history (the whole series with its steps and actions per version); a restore
// goes through the page's editor (undoable).
class SeriesHistory : public HistorySubject
{
    Q_OBJECT

public:
    SeriesHistory(TaskSeriesStore &store, TaskSeriesEditor &editor, qint64 localId, QObject *parent = nullptr);

    std::optional<QJsonObject> current() const override;
    QVector<DiffLine> diff(const QJsonObject &older, const QJsonObject &newer) const override;
    std::optional<SyncState> state() const override;
    bool restore(const QJsonObject &version, QString *error) override;

private:
    TaskSeriesStore &m_store;
    TaskSeriesEditor &m_editor;
};
