#pragma once

#include <QString>

// The local id of a new service task or series: one past every id its table ever had,
// deleted rows included (migration 11 keeps the highest deleted one), so that an id
// names one record for the life of the file.
class LocalIds
{
public:
    // An SQL expression for an INSERT into `table` ("svctask" or "series"), evaluated
    // per row: two index probes.
    static QString nextSql(const QString &table)
    {
        return QStringLiteral("(max(coalesce((SELECT max(local_id) FROM %1), 0),"
                              " coalesce((SELECT high FROM local_id_high WHERE tbl = '%1'), 0)) + 1)")
            .arg(table);
    }
};
