#pragma once

#include "domain/ServiceTask.h"

#include <QStringList>
#include <QVariantList>

// The columns of `svctask` derived from a record's local copy (what the views sort,
// search and show without decoding the JSON), in one fixed order, so the store's
// single-record writes and the batch writer bind exactly the same values.
class ServiceTaskColumns
{
public:
    static const QStringList &names();
    // One value per name, in the order of names(). `valid`: whether Validator found
    // nothing (the caller often knows already); `modifiedAt`: ISO text, UTC.
    static QVariantList values(const ServiceTask &task, bool valid, const QString &modifiedAt);
    // The wire JSON kept in local_json / base_json / remote_json.
    static QString json(const ServiceTask &task);
    // Lower-cased (Unicode) name, script code, title and comment: what search matches.
    static QString searchText(const ServiceTask &task);
};
