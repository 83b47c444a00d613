#include "sync/PulledTaskWriter.h"

#include "json/ServiceTaskCodec.h"
#include "storage/Database.h"
#include "storage/ServiceTaskBatch.h"
#include "storage/ServiceTaskStore.h"
#include "sync/ThreadCpu.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

PulledTaskWriter::PulledTaskWriter(const QString &path, int budgetMs, std::function<void()> hook)
    : m_path(path)
    , m_budgetMs(budgetMs)
    , m_hook(std::move(hook))
{
    qRegisterMetaType<PulledTaskWriter::Batch>();
}

// Runs on the worker's thread (deleted once it finished): the connection closes there.
PulledTaskWriter::~PulledTaskWriter()
{
    m_store.reset();
    m_db.reset();
}

bool PulledTaskWriter::open(QString *error)
{
    if (m_db && m_db->isOpen())
        return true;
    m_store.reset();
    m_db = std::make_unique<Database>();
    // The window's connection migrated the file before any sync could start.
    if (!m_db->open(m_path, Database::Schema::AsIs)) {
        *error = m_db->errorString();
        return false;
    }
    // A batch inserted into a large table changes a page of every index for each record,
    // thousands of pages; SQLite's 2 MB cache then wrote pages to the log mid-batch, and
    // again at the commit.
    QSqlQuery cache(m_db->connection());
    cache.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB));
    m_store = std::make_unique<ServiceTaskStore>(*m_db);
    return true;
}

std::optional<ServiceTask> PulledTaskWriter::decode(const Received &received, Batch &done) const
{
    DecodeError error;
    const QJsonDocument document = QJsonDocument::fromJson(received.body);
    const auto task = document.isObject() ? ServiceTaskCodec::decode(document.object(), &error) : std::nullopt;
    if (!task) {
        done.unreadable.append({received.id, error.message.isEmpty() ? QString() : error.toString()});
        return std::nullopt;
    }
    if (task->id != received.id) {
        // Stored under its own id it would replace another record, or add a stranger.
        done.strangers.append({received.id, task->id});
        return std::nullopt;
    }
    return task;
}

void PulledTaskWriter::write(const QVector<Received> &received)
{
    QVector<Received> rest = received;
    // Interrupted: the engine is going away and waits; what is left is read again next time.
    while (!rest.isEmpty() && !QThread::currentThread()->isInterruptionRequested())
        emit written(writeBatch(rest));
}

PulledTaskWriter::Batch PulledTaskWriter::writeBatch(QVector<Received> &tasks)
{
    Batch done;
    if (!open(&done.error)) {
        done.taken = int(std::exchange(tasks, {}).size());
        return done;
    }
    const qint64 started = threadCpuUs();
    ServiceTaskBatch batch(*m_store, int(tasks.size()), ServiceTaskBatch::Indexing::RowByRow);
    qsizetype i = 0;
    for (; i < tasks.size(); ++i) {
        if (i > 0 && threadCpuUs() - started >= m_budgetMs * 1000)
            break;
        const auto task = decode(tasks.at(i), done);
        if (!task) {
            continue;
        } else if (batch.localIdFor(task->id)) {
            done.appeared.append(*task);
        } else if (const auto localId = batch.insertPulled(*task)) {
            done.names.append(task->name);
            done.localIds.append(*localId);
            if (done.names.size() == 1 && m_hook)
                m_hook();
        } else {
            // The batch rolls back whole and takes what it was handed along: read again next time.
            done.error = batch.errorString();
            i = tasks.size();
            break;
        }
    }
    if (done.error.isEmpty() && !batch.commit())
        done.error = batch.errorString();
    if (!done.error.isEmpty()) {
        done.names.clear();
        done.localIds.clear();
    }
    done.taken = int(i);
    tasks.remove(0, i);
    return done;
}
