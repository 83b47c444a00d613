#include "sync/PulledTaskWriter.h"

#include "json/ServiceTaskCodec.h"
#include "storage/Database.h"
#include "storage/ServiceTaskBatch.h"
#include "storage/ServiceTaskStore.h"
#include "storage/WriteLockWait.h"
#include "sync/ThreadCpu.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

PulledTaskWriter::PulledTaskWriter(const QString &path, int budgetMs, std::function<void()> hook)
    : m_path(path)
    , m_budgetMs(budgetMs)
    , m_hook(std::move(hook))
    , m_holdTimer(new QTimer(this))
    , m_yieldTimer(new QTimer(this))
{
    qRegisterMetaType<PulledTaskWriter::Batch>();
    m_yieldTimer->setSingleShot(true);
    connect(m_yieldTimer, &QTimer::timeout, this, &PulledTaskWriter::drain);
    m_holdTimer->setSingleShot(true);
    connect(m_holdTimer, &QTimer::timeout, this, [this] {
        if (m_batch)
            finish();
    });
    m_listener = WriteLockWait::listen([this] { waitHeard(); });
}

// Runs on the worker's thread (deleted once it finished): the connection closes there. A
// batch still open rolls back; the next sync reads its records again.
PulledTaskWriter::~PulledTaskWriter()
{
    WriteLockWait::unlisten(m_listener);
    m_batch.reset();
    m_store.reset();
    m_db.reset();
}

void PulledTaskWriter::waitHeard()
{
    if (!m_commitAsked.exchange(true)) {
        QMetaObject::invokeMethod(this, [this] {
            m_commitAsked = false;
            if (m_batch)
                yield();
        }, Qt::QueuedConnection);
    }
}

bool PulledTaskWriter::open(QString *error)
{
    if (m_db && m_db->isOpen())
        return true;
    m_store.reset();
    m_db = std::make_unique<Database>();
    m_db->setWaitsAnnounced(false); // it waits for the window, not the other way round
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

void PulledTaskWriter::write(const QVector<Received> &received, bool commitAfter)
{
    m_queue += received;
    m_commitAfter = m_commitAfter || commitAfter;
    if (!m_yieldTimer->isActive())
        drain();
}

void PulledTaskWriter::drain()
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        // Interrupted: the engine is going away and waits; what is left is read again next time.
        if (QThread::currentThread()->isInterruptionRequested()) {
            m_queue.clear();
            return;
        }
        const int rest = int(m_queue.size() - i);
        if (!m_batch && !begin(rest)) {
            m_done.taken = rest;
            m_queue.clear();
            finish();
            return;
        }
        if (!take(m_queue.at(i))) {
            // The batch rolls back whole and takes the rest it was handed along: read again next time.
            m_done.taken += rest - 1;
            m_queue.clear();
            finish();
            return;
        }
        if (WriteLockWait::told() != m_waitsAtBegin) {
            m_queue.remove(0, i + 1);
            yield();
            return;
        }
        if (isSpent())
            finish();
    }
    m_queue.clear();
    if (m_batch && (m_commitAfter || m_openFor.elapsed() >= m_holdMs))
        finish();
    else if (m_batch)
        m_holdTimer->start(int(m_holdMs - m_openFor.elapsed()));
    if (!m_batch)
        m_commitAfter = false;
}

// Another connection waits for the write lock: the batch commits, and the next one waits
// long enough for that connection's next try (its sleeps are 1, 2, 5, 10 ms...) to get
// the lock first; taken again at once, the lock would stay the worker's.
void PulledTaskWriter::yield()
{
    if (m_batch)
        finish();
    m_yieldTimer->start(kYieldMs);
}

bool PulledTaskWriter::begin(int expectedRows)
{
    m_done = {};
    if (!open(&m_done.error))
        return false;
    m_waitsAtBegin = WriteLockWait::told();
    m_cpuAtBegin = threadCpuUs();
    m_openFor.start();
    m_batch = std::make_unique<ServiceTaskBatch>(*m_store, expectedRows, ServiceTaskBatch::Indexing::RowByRow);
    if (m_batch->isActive())
        return true;
    m_done.error = m_batch->errorString();
    m_batch.reset();
    return false;
}

bool PulledTaskWriter::take(const Received &received)
{
    ++m_done.taken;
    const auto task = decode(received, m_done);
    if (!task)
        return true;
    if (m_batch->localIdFor(task->id)) {
        m_done.appeared.append(*task);
    } else if (const auto localId = m_batch->insertPulled(*task)) {
        m_done.names.append(task->name);
        m_done.localIds.append(*localId);
        if (m_done.names.size() == 1 && m_hook)
            m_hook();
    } else {
        m_done.error = m_batch->errorString();
        return false;
    }
    return true;
}

// The budget and the hold time bound what a killed pull loses. Another program's writer
// gets its turn only between batches: its waits are not told here.
bool PulledTaskWriter::isSpent() const
{
    return threadCpuUs() - m_cpuAtBegin >= qint64(m_budgetMs) * 1000 || m_openFor.elapsed() >= m_holdMs;
}

void PulledTaskWriter::finish()
{
    m_holdTimer->stop();
    if (m_batch && m_done.error.isEmpty() && !m_batch->commit())
        m_done.error = m_batch->errorString();
    m_batch.reset(); // rolls back what did not commit
    if (!m_done.error.isEmpty()) {
        m_done.names.clear();
        m_done.localIds.clear();
    }
    emit written(std::exchange(m_done, {}));
}
