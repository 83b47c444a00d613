#pragma once

#include "domain/ServiceTask.h"

#include <QJsonValue>
#include <QString>

// The text QJsonDocument::toJson(QJsonDocument::Compact) makes, written straight into a
// QString: the stored JSON of every record is built this way, and going through a
// QJsonObject, UTF-8 and back cost about a fifth of an import's CPU. Each function says
// false (leaving `out` in an unspecified state) where it cannot promise the same text, and
// the caller takes the slow way then.
class CompactJson
{
public:
    // ServiceTaskCodec::encode(task), serialized. False for a record with unknown
    // top-level fields (their keys would have to be merged into the sorted ones).
    static bool appendServiceTask(QString &out, const ServiceTask &task);
    static bool appendValue(QString &out, const QJsonValue &value);
    // A JSON string with its quotes. False for a lone surrogate (Qt escapes it).
    static bool appendString(QString &out, QStringView text);
};
