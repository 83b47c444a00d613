#pragma once

#include "storage/StoredTaskSeries.h"

#include "storage/RecordTable.h"

#include <QCoreApplication>
#include <QObject>
#include <QVector>

#include <optional>

class Database;
class QSqlQuery;

// Reads and writes series with their steps and actions (child rows kept in order).
// Every write is one transaction: a series is never stored with half its steps.
class TaskSeriesStore : public QObject
{
    Q_OBJECT

public:
    explicit TaskSeriesStore(Database &db, QObject *parent = nullptr);

    // `localId` re-creates a record under the id it had (undoing its delete).
    std::optional<qint64> create(const TaskSeries &series, std::optional<qint64> localId = std::nullopt);
    bool saveLocal(qint64 localId, const TaskSeries &series);
    bool remove(qint64 localId);
    // See ServiceTaskStore::markSynced. A new seriesId (a split by PUT) replaces the
    // old one, which goes to the history.
    bool markSynced(qint64 localId, qint64 sentRevision, const TaskSeries &serverCopy);

    std::optional<StoredTaskSeries> get(qint64 localId) const;
    // Several series at once, with their steps, in no particular order (a page of a table).
    QVector<StoredTaskSeries> getMany(const QVector<qint64> &localIds) const;
    std::optional<qint64> localIdForSeriesId(const QString &seriesId) const;
    QVector<StoredTaskSeries> all(bool includeDeleted = false) const;
    int count(bool includeDeleted = false) const;

    QString errorString() const { return m_error; }
    Database &database() const { return m_db; }

signals:
    void inserted(qint64 localId);
    void changed(qint64 localId);
    void removed(qint64 localId);

private:
    bool fail(const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;
    bool writeChildren(qint64 localId, const QVector<Step> &steps);
    bool readChildren(qint64 localId, TaskSeries *series) const;
    std::optional<StoredTaskSeries> read(const QSqlQuery &query) const;

    Database &m_db;
    RecordTable m_table;
    mutable QString m_error;
};
