#include "storage/SqliteIdList.h"

#include "storage/SqliteStatement.h"

std::optional<QVector<qint64>> SqliteIdList::read(Database &db, const QString &sql, const QVariantList &values)
{
    SqliteStatement statement;
    if (!statement.prepare(db, sql))
        return std::nullopt;
    for (int i = 0; i < values.size(); ++i) {
        if (!statement.bind(i, values.at(i)))
            return std::nullopt;
    }
    QVector<qint64> ids;
    SqliteStatement::Step step = SqliteStatement::Step::Row;
    while ((step = statement.step()) == SqliteStatement::Step::Row)
        ids.append(statement.int64At(0));
    if (step != SqliteStatement::Step::Done)
        return std::nullopt;
    return ids;
}
