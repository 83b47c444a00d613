#include "storage/ExecutionSeriesMap.h"

#include "storage/Database.h"
#include "storage/SqlErrorText.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

std::optional<QHash<QString, QString>> ExecutionSeriesMap::load()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT execution_id, series_uuid FROM execution_series"))) {
        m_error = SqlErrorText::describe(q.lastError());
        return std::nullopt;
    }
    QHash<QString, QString> map;
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toString());
    return map;
}

bool ExecutionSeriesMap::remember(const QString &executionId, const QString &seriesId)
{
    if (executionId.isEmpty() || seriesId.isEmpty())
        return true; // nothing worth keeping
    return exec(QStringLiteral("INSERT OR REPLACE INTO execution_series(execution_id, series_uuid) VALUES (?, ?)"),
                {executionId, seriesId});
}

bool ExecutionSeriesMap::forgetSeries(const QString &seriesId)
{
    return exec(QStringLiteral("DELETE FROM execution_series WHERE series_uuid=?"), {seriesId});
}

bool ExecutionSeriesMap::forget(const QStringList &executionIds)
{
    if (executionIds.isEmpty())
        return true;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_error = tx.errorString();
        return false;
    }
    for (const QString &id : executionIds)
        if (!exec(QStringLiteral("DELETE FROM execution_series WHERE execution_id=?"), {id}))
            return false;
    if (!tx.commit()) {
        m_error = tx.errorString();
        return false;
    }
    return true;
}

bool ExecutionSeriesMap::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        m_error = SqlErrorText::describe(q.lastError());
        return false;
    }
    return true;
}
