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

std::optional<QSet<QString>> ExecutionSeriesMap::loadEnded()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT series_uuid FROM ended_series"))) {
        m_error = SqlErrorText::describe(q.lastError());
        return std::nullopt;
    }
    QSet<QString> ended;
    while (q.next())
        ended.insert(q.value(0).toString());
    return ended;
}

bool ExecutionSeriesMap::rememberEnded(const QStringList &seriesIds)
{
    for (const QString &id : seriesIds)
        if (!id.isEmpty() && !exec(QStringLiteral("INSERT OR IGNORE INTO ended_series(series_uuid) VALUES (?)"), {id}))
            return false;
    return true;
}

bool ExecutionSeriesMap::keepEndedOnly(const QSet<QString> &listed)
{
    const auto ended = loadEnded();
    if (!ended)
        return false;
    for (const QString &id : *ended)
        if (!listed.contains(id) && !exec(QStringLiteral("DELETE FROM ended_series WHERE series_uuid=?"), {id}))
            return false;
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
