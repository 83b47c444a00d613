#pragma once

#include "domain/ServiceTask.h"
#include "json/DecodeError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// The ERA wire format of a service task (docs/api-contract.md §1.1) to and from ServiceTask.
class ServiceTaskCodec
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTaskCodec)

public:
    // `path` prefixes field names in the error ("svctasks[3]").
    static std::optional<ServiceTask> decode(const QJsonValue &value, DecodeError *error,
                                             const QString &path = QString());
    // The full entity; intbools as integers, sites in the shape the server used.
    static QJsonObject encode(const ServiceTask &task);
};
