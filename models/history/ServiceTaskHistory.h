#pragma once

#include "history/HistorySubject.h"

class ServiceTaskEditor;
class ServiceTaskStore;

// A service task's history; a restore goes through the page's editor (undoable).
class ServiceTaskHistory : public HistorySubject
{
    Q_OBJECT

public:
    ServiceTaskHistory(ServiceTaskStore &store, ServiceTaskEditor &editor, qint64 localId, QObject *parent = nullptr);

    std::optional<QJsonObject> current() const override;
    QVector<DiffLine> diff(const QJsonObject &older, const QJsonObject &newer) const override;
    std::optional<SyncState> state() const override;
    bool restore(const QJsonObject &version, QString *error) override;

private:
    ServiceTaskStore &m_store;
    ServiceTaskEditor &m_editor;
};
