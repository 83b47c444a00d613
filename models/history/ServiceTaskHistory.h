#pragma once

#include "edit/ServiceTaskChange.h"
#include "history/StoreHistory.h"
#include "storage/ServiceTaskStore.h"

// A service task's history.
struct ServiceTaskHistoryKind
{
    using Store = ServiceTaskStore;
    using Editor = ServiceTaskEditor;
    static constexpr RecordHistory::Kind kind = RecordHistory::Kind::ServiceTask;

    static QJsonObject encode(const ServiceTask &task);
    static std::optional<ServiceTask> decode(const QJsonObject &version, DecodeError *error);
    // The record stays the same record, and the server's data (ext: its times) is the
    // server's now, not what it was then.
    static ServiceTask identified(const ServiceTask &version, const StoredServiceTask &stored,
                                  const QVector<RecordHistory::Version> &history);
    static bool same(const ServiceTask &a, const ServiceTask &b) { return a == b; }
    static QString alreadySo();
    static bool apply(ServiceTaskEditor &editor, const QString &description, const StoredServiceTask &stored,
                      const ServiceTask &restored, QString *error);
};

using ServiceTaskHistory = StoreHistory<ServiceTaskHistoryKind>;
