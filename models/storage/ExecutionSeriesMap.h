#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class Database;

// Which series each TARGPatrol task execution belongs to, as the execution read
// (GET /task-executions/{id}) told it: list items need not carry `seriesId`, and a re-sync
// with nothing changed must not read every execution again. A cache only: an entry may be
// stale after a split, so nothing is ever deleted on its word alone.
// It also keeps the ended parts of splits whose series was deleted on the server: the
// server still lists them, and with their record gone only this says they are no series.
class ExecutionSeriesMap
{
public:
    explicit ExecutionSeriesMap(Database &db) : m_db(db) {}

    // Every stored pair, execution id -> seriesId; nullopt when the table cannot be read.
    std::optional<QHash<QString, QString>> load();
    bool remember(const QString &executionId, const QString &seriesId);
    // After a split, a series' executions may belong to another one: learned again.
    bool forgetSeries(const QString &seriesId);
    // Executions no longer listed (deleted on the server).
    bool forget(const QStringList &executionIds);

    // The seriesIds that are only the ended part of a split series deleted since.
    std::optional<QSet<QString>> loadEnded();
    bool rememberEnded(const QStringList &seriesIds);
    // After a complete listing: an ended part no longer listed is gone from the server too.
    bool keepEndedOnly(const QSet<QString> &listed);
    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values);

    Database &m_db;
    QString m_error;
};
