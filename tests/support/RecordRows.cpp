#include "RecordRows.h"

#include "storage/Workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>

QStringList recordRows(Workspace &workspace)
{
    QStringList rows;
    for (const char *table : {"svctask", "series", "step", "action"}) {
        QSqlQuery query(workspace.database().connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY local_id").arg(QLatin1String(table))))
            return {QStringLiteral("unreadable")};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}
