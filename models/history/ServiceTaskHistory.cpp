#include "history/ServiceTaskHistory.h"

#include "json/ServiceTaskCodec.h"

QJsonObject ServiceTaskHistoryKind::encode(const ServiceTask &task)
{
    return ServiceTaskCodec::encode(task);
}

std::optional<ServiceTask> ServiceTaskHistoryKind::decode(const QJsonObject &version, DecodeError *error)
{
    return ServiceTaskCodec::decode(version, error);
}

ServiceTask ServiceTaskHistoryKind::identified(const ServiceTask &version, const StoredServiceTask &stored,
                                               const QVector<RecordHistory::Version> &)
{
    ServiceTask restored = version;
    restored.id = stored.local.id;
    restored.ext = stored.local.ext;
    return restored;
}

QString ServiceTaskHistoryKind::alreadySo()
{
    return QCoreApplication::translate("ServiceTaskHistory", "The record already is as in this version.");
}

bool ServiceTaskHistoryKind::apply(ServiceTaskEditor &editor, const QString &description, const StoredServiceTask &stored,
                                   const ServiceTask &restored, QString *error)
{
    return editor.apply(description, {{stored.localId, stored.local, restored}}, error);
}
