#include "storage/ServiceTaskBatch.h"

#include "json/ServiceTaskCodec.h"
#include "storage/Database.h"
#include "storage/LocalIds.h"
#include "storage/ServiceTaskColumns.h"
#include "storage/ServiceTaskStore.h"
#include "storage/SqlErrorText.h"
#include "storage/SqlValues.h"
#include "storage/SyncState.h"
#include "domain/Validator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

namespace {

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace

ServiceTaskBatch::ServiceTaskBatch(ServiceTaskStore &store, int expectedRows, Indexing indexing)
    : m_store(store)
    , m_tx(std::make_unique<Transaction>(store.database()))
    , m_bulk(store.database(), QStringLiteral("svctask"))
    , m_deferred(store.database(), QStringLiteral("svctask"))
    , m_indexes(store.database(), QStringLiteral("index"), QStringLiteral("svctask"))
    , m_modifiedAt(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{
    if (!m_tx->isActive()) {
        fail(m_tx->errorString());
        return;
    }
    const int existing = store.count(true);
    m_startedEmpty = existing == 0;
    const bool bulk = indexing == Indexing::Bulk
        || (indexing == Indexing::Automatic && expectedRows >= kBulkRows && expectedRows * 2 >= existing);
    if (bulk)
        suspendIndexing();
    if (!m_bulk.isSuspended())
        m_deferred.defer();
    enlargeCache(expectedRows);
    if (!prepare())
        m_tx->rollback();
}

ServiceTaskBatch::~ServiceTaskBatch()
{
    for (QSqlQuery *q : {&m_update, &m_current})
        q->finish();
    if (m_tx->isActive())
        m_tx->rollback();
    restoreCache();
}

// Each in a savepoint of its own: when the schema cannot change now (a statement of
// this connection still reading the table), the batch goes row by row, and a part
// rolled back is not restored at the commit.
void ServiceTaskBatch::suspendIndexing()
{
    {
        Transaction attempt(m_store.database());
        if (attempt.isActive() && m_bulk.suspend())
            attempt.commit();
    }
    Transaction attempt(m_store.database());
    if (attempt.isActive() && m_indexes.suspend())
        attempt.commit();
}

// SQLite's default page cache (2 MB) holds a few thousand rows' worth of pages: past
// that a transaction spills pages to the write-ahead log, and a page written again
// is written to the log again (most of an import's system time). Each row of a
// service task makes about 1.3 KB of pages, indexes included; the cache grows for
// the batch, up to 64 MB, and shrinks back after it.
void ServiceTaskBatch::enlargeCache(int expectedRows)
{
    constexpr qint64 kBytesPerRow = 1400;
    constexpr qint64 kMaxBytes = qint64(64) * 1024 * 1024;
    growCache(qMin(kMaxBytes, expectedRows * kBytesPerRow));
}

// Each index built at the commit reads the whole table: through a cache smaller than
// the table every page misses and is read again from the log (a scan evicts the pages
// the next scan starts with). The cache holds the table and the indexes being built,
// about twice the database before them, up to 256 MB; by then an import has let go
// of its parsed document, several times that size.
void ServiceTaskBatch::cacheWholeDatabase()
{
    constexpr qint64 kMaxBytes = qint64(256) * 1024 * 1024;
    QSqlQuery q(m_store.database().connection());
    if (q.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"))
        && q.next())
        growCache(qMin(kMaxBytes, 2 * q.value(0).toLongLong()));
}

void ServiceTaskBatch::growCache(qint64 wantedBytes)
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    const int current = q.value(0).toInt();
    // Negative sizes are KiB, positive ones pages (of 4 KiB by default).
    const qint64 currentKiB = current < 0 ? -qint64(current) : qint64(current) * 4;
    const qint64 wantedKiB = wantedBytes / 1024;
    if (wantedKiB <= currentKiB)
        return;
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(wantedKiB)) && m_savedCacheSize == 0)
        m_savedCacheSize = current;
}

void ServiceTaskBatch::restoreCache()
{
    if (m_savedCacheSize == 0)
        return;
    QSqlQuery q(m_store.database().connection());
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_savedCacheSize));
}

bool ServiceTaskBatch::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ServiceTaskBatch::failQuery(const QSqlQuery &query)
{
    return fail(SqlErrorText::describe(query.lastError()));
}

bool ServiceTaskBatch::prepare()
{
    const QSqlDatabase db = m_store.database().connection();
    const QStringList &derived = ServiceTaskColumns::names();
    m_update = QSqlQuery(db);
    m_current = QSqlQuery(db);
    QStringList assignments;
    for (const QString &name : derived)
        assignments.append(name + QStringLiteral("=?"));
    if (!m_insert.prepare(m_store.database(),
                          QStringLiteral("INSERT INTO svctask (%1, uuid, base_json, sync_state, revision, local_id)"
                                         " VALUES (%2, ?, ?, ?, 1, %3)")
                              .arg(derived.join(QLatin1Char(',')), placeholders(derived.size()),
                                   LocalIds::nextSql(QStringLiteral("svctask"))))) {
        return fail(m_insert.errorString());
    }
    if (!m_find.prepare(m_store.database(), QStringLiteral("SELECT local_id FROM svctask WHERE uuid=?")))
        return fail(m_find.errorString());
    if (!m_update.prepare(QStringLiteral("UPDATE svctask SET %1, sync_state=?, sync_error=?, revision=revision+1"
                                         " WHERE local_id=?").arg(assignments.join(QLatin1Char(',')))))
        return failQuery(m_update);
    if (!m_current.prepare(QStringLiteral("SELECT base_json, sync_state, sync_error FROM svctask WHERE local_id=?")))
        return failQuery(m_current);
    return true;
}

std::optional<qint64> ServiceTaskBatch::localIdFor(const QString &uuid)
{
    if (m_startedEmpty) {
        const auto written = m_written.constFind(uuid);
        return written == m_written.constEnd() ? std::nullopt : std::optional<qint64>(*written);
    }
    if (!m_find.bind(0, SqlValues::text(uuid)) || m_find.step() != SqliteStatement::Step::Row) {
        m_find.reset();
        return std::nullopt;
    }
    const qint64 id = m_find.int64At(0);
    m_find.reset();
    return id;
}

std::optional<qint64> ServiceTaskBatch::insert(const ServiceTask &task, const QVariantList &columns, bool clean)
{
    static const int derived = ServiceTaskColumns::names().size();
    static const int json = ServiceTaskColumns::names().indexOf(QStringLiteral("local_json"));
    bool bound = true;
    for (int i = 0; bound && i < columns.size(); ++i)
        bound = m_insert.bind(i, columns.at(i));
    // A clean record's base is its local copy.
    const bool ok = bound && m_insert.bind(derived, SqlValues::text(task.id))
        && m_insert.bind(derived + 1, clean ? columns.at(json) : QVariant())
        && m_insert.bind(derived + 2, static_cast<int>(clean ? SyncState::Clean : SyncState::New)) && m_insert.exec();
    if (!ok) {
        fail(m_insert.errorString());
        return std::nullopt;
    }
    const qint64 localId = m_insert.lastInsertId();
    if (m_startedEmpty)
        m_written.insert(task.id, localId);
    ++m_writtenCount;
    return localId;
}

// The same decisions as ServiceTaskStore::saveLocal.
bool ServiceTaskBatch::replace(qint64 localId, const ServiceTask &task, const QVariantList &columns)
{
    m_current.bindValue(0, localId);
    if (!m_current.exec() || !m_current.next())
        return m_current.lastError().isValid() ? failQuery(m_current) : fail(tr("The service task no longer exists."));
    const QVariant baseJson = m_current.value(0);
    const SyncState current = SyncStates::fromInt(m_current.value(1).toInt());
    const QString currentError = m_current.value(2).toString();
    m_current.finish();

    std::optional<ServiceTask> base;
    if (!baseJson.isNull()) {
        DecodeError ignored;
        base = ServiceTaskCodec::decode(QJsonDocument::fromJson(baseJson.toString().toUtf8()).object(), &ignored);
    }
    const bool differs = !base || ServiceTaskCodec::encode(*base) != ServiceTaskCodec::encode(task);
    const SyncState state = SyncStates::afterLocalEdit(current, base.has_value(), differs);
    const int derived = ServiceTaskColumns::names().size();
    for (int i = 0; i < columns.size(); ++i)
        m_update.bindValue(i, columns.at(i));
    m_update.bindValue(derived, static_cast<int>(state));
    m_update.bindValue(derived + 1, SqlValues::text(state == SyncState::Conflict ? currentError : QString()));
    m_update.bindValue(derived + 2, localId);
    if (!m_update.exec())
        return failQuery(m_update);
    ++m_writtenCount;
    return true;
}

ServiceTask ServiceTaskBatch::identified(const ServiceTask &task)
{
    if (!task.id.isEmpty())
        return task;
    ServiceTask withId = task;
    withId.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return withId;
}

ServiceTaskBatch::Outcome ServiceTaskBatch::writeLocal(const ServiceTask &input, bool valid)
{
    const ServiceTask task = identified(input);
    return writeLocal(task, ServiceTaskColumns::values(task, valid, m_modifiedAt));
}

ServiceTaskBatch::Outcome ServiceTaskBatch::writeLocal(const ServiceTask &task, const QVariantList &columns)
{
    if (!isActive()) {
        if (m_error.isEmpty())
            fail(tr("The batch is not open."));
        return Outcome::Failed;
    }
    if (task.id.isEmpty()) {
        fail(tr("The service task has no id."));
        return Outcome::Failed;
    }
    if (const auto existing = localIdFor(task.id))
        return replace(*existing, task, columns) ? Outcome::Replaced : Outcome::Failed;
    return insert(task, columns, false) ? Outcome::Created : Outcome::Failed;
}

std::optional<qint64> ServiceTaskBatch::insertPulled(const ServiceTask &serverCopy)
{
    if (!isActive()) {
        fail(tr("The batch is not open."));
        return std::nullopt;
    }
    const bool valid = Validator::validate(serverCopy).isEmpty();
    return insert(serverCopy, ServiceTaskColumns::values(serverCopy, valid, m_modifiedAt), true);
}

bool ServiceTaskBatch::commit()
{
    if (!isActive())
        return false;
    for (QSqlQuery *q : {&m_update, &m_current})
        q->finish();
    if (!m_deferred.finish())
        return fail(m_deferred.errorString()); // m_tx rolls back
    if (m_indexes.isSuspended())
        cacheWholeDatabase();
    if (!m_indexes.restore())
        return fail(m_indexes.errorString());
    if (!m_bulk.restore())
        return fail(m_bulk.errorString());
    if (!m_tx->commit())
        return fail(m_tx->errorString());
    if (m_writtenCount > 0)
        emit m_store.rowsChanged();
    return true;
}
