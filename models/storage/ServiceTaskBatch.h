#pragma once

#include "domain/ServiceTask.h"
#include "storage/BulkFullText.h"
#include "storage/DeferredFullText.h"
#include "storage/SqliteStatement.h"
#include "storage/SuspendedSchema.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <memory>
#include <optional>

class ServiceTaskStore;

// Many service tasks written in one transaction (nested in the caller's when there is
// one): the import, and a sync applying a page of records. Statements are prepared
// once, the time stamp is taken once, and the store announces one rowsChanged() after
// the commit instead of a signal per record. Nothing is written unless commit()
// succeeds; the destructor rolls back an uncommitted batch.
//
// A batch of at least kBulkRows that also makes up at least half the table suspends
// the full-text triggers (BulkFullText) and the ordinary indexes (SuspendedSchema), and
// builds them again once at the commit: one sort per index instead of a B-tree insert
// per row and index (about a tenth of an import's CPU for 100 000 records). A smaller
// batch adds the full-text entries of its new rows in one statement at the commit
// (DeferredFullText).
class ServiceTaskBatch
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTaskBatch)

public:
    enum class Indexing { Automatic, RowByRow, Bulk };
    static constexpr int kBulkRows = 5000;

    // `expectedRows`: how many records the caller means to write (decides Indexing::Automatic).
    ServiceTaskBatch(ServiceTaskStore &store, int expectedRows, Indexing indexing = Indexing::Automatic);
    ~ServiceTaskBatch();
    ServiceTaskBatch(const ServiceTaskBatch &) = delete;
    ServiceTaskBatch &operator=(const ServiceTaskBatch &) = delete;

    bool isActive() const { return m_tx && m_tx->isActive(); }
    bool isBulk() const { return m_bulk.isSuspended() || m_indexes.isSuspended(); }

    enum class Outcome { Failed, Created, Replaced };
    // An import: a record whose id is known replaces its local copy (a local edit,
    // pushed by the next sync, the revision moves on); any other is created as New
    // (with a fresh UUID when it has none). `valid`: what Validator said of it.
    Outcome writeLocal(const ServiceTask &task, bool valid);
    // The same for a record already given its id (identified()) whose column values were
    // worked out elsewhere, as on the import's reading thread.
    Outcome writeLocal(const ServiceTask &task, const QVariantList &columns);
    // The record as writeLocal() stores it: with a fresh UUID when it has no id.
    static ServiceTask identified(const ServiceTask &task);
    // The time stamp every record of the batch gets, for ServiceTaskColumns::values().
    QString modifiedAt() const { return m_modifiedAt; }
    // A sync: a record the server has and this database has not, stored clean.
    std::optional<qint64> insertPulled(const ServiceTask &serverCopy);

    bool commit();
    QString errorString() const { return m_error; }
    // The record stored under this server id, if any (written in this batch included).
    std::optional<qint64> localIdFor(const QString &uuid);

private:
    bool prepare();
    void suspendIndexing();
    void enlargeCache(int expectedRows);
    void cacheWholeDatabase();
    void growCache(qint64 wantedBytes);
    void restoreCache();
    bool fail(const QString &message);
    bool failQuery(const QSqlQuery &query);
    std::optional<qint64> insert(const ServiceTask &task, const QVariantList &columns, bool clean);
    bool replace(qint64 localId, const ServiceTask &task, const QVariantList &columns);

    ServiceTaskStore &m_store;
    std::unique_ptr<Transaction> m_tx;
    BulkFullText m_bulk;
    DeferredFullText m_deferred; // when not m_bulk
    SuspendedSchema m_indexes; // the ordinary ones, built by one sort each at the commit
    QString m_modifiedAt;
    SqliteStatement m_insert; // the hot two bypass QtSql
    SqliteStatement m_find;
    QSqlQuery m_update;
    QSqlQuery m_current;
    int m_writtenCount = 0;
    // A batch into an empty table finds the records it wrote itself here instead of
    // asking the table once per record.
    bool m_startedEmpty = false;
    QHash<QString, qint64> m_written; // server id -> local id, while m_startedEmpty
    int m_savedCacheSize = 0; // PRAGMA cache_size before the batch, 0: unchanged
    QString m_error;
};
