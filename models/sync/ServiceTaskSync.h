#pragma once

#include "domain/ServiceTask.h"
#include "sync/NewRecordLines.h"
#include "sync/PulledTaskWriter.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QVector>

#include <functional>

class ServiceTaskStore;
struct StoredServiceTask;

// The sync of the service tasks with an ERA server (the steps: SyncEngine). What is its
// own: the change scan lists `mask=id,ext.lwt` and compares `ext.lwt`; new records are
// handed to a worker thread in batches (at most kBatchRows records or kBatchMs after the
// first, while later reads are in flight) which writes them through its own connection
// (PulledTaskWriter); changed ones are written here one by one (an edited record merged
// three-way); the push, once the worker has written the last batch, POSTs new records
// (their id made here; after a lost answer the server is asked first, so a retry never
// duplicates), PATCHes changed fields only and DELETEs deleted ones, all at once.
class ServiceTaskSync : public SyncEngine
{
    Q_OBJECT

public:
    ServiceTaskSync(ServiceTaskStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                    QObject *parent = nullptr);
    // Stops the worker thread; a batch it is writing commits or rolls back whole first.
    ~ServiceTaskSync() override;

    static QString collectionPath() { return QStringLiteral("/rest/v1/service/svctasks"); }

    // Pulled records go to the worker once there are this many, or this long after the
    // first one; the worker writes them into its open batch, which commits later
    // (PulledTaskWriter says when).
    static constexpr int kBatchRows = 600;
    static constexpr int kBatchMs = 150;
    // The worker's batch stops taking records once it has used this much of its thread's
    // time (its commit follows): what another program waits for, or a killed sync loses,
    // at most. A commit writes every page its batch changed, about one per index per
    // record, most of every index in a table of 10 000: batches of 30 ms wrote 190 MB to
    // files for a pull of 10 000 tasks (the log and the checkpoints), these 90 MB.
    static constexpr int kWriteMs = 250;
    // The views are told of the worker's rows at most this often (a sorted table reads
    // its order again to place them), and at once when the pull ends.
    static constexpr int kAnnounceMs = 100;
    // For tests, before start(): 0 writes one record a batch; the hook runs on the worker
    // inside each batch's open transaction.
    void setWriteBudgetMs(int ms) { m_writeBudgetMs = ms; }
    void setBatchHook(std::function<void()> hook) { m_batchHook = std::move(hook); }

protected:
    void begin() override;
    QString stopText(Stop why, const QString &detail) const override;
    bool flush() override;

private:
    void listPage(int offset);
    void planFetches();
    void fetch(const QString &id);
    void pushAll();
    void pushOne(const StoredServiceTask &record);
    void post(const StoredServiceTask &record);
    void listed(int offset, const HttpResult &result);
    void fetched(const QString &id, const HttpResult &result);
    // Gone from the server: dropped here, or a conflict when it was changed here.
    void deletedThere(qint64 localId);
    // The server's delete written here (RemoteChangeWriter): false when it could not be;
    // `conflict` says whether the record became one (then said in the log).
    bool applyDeletedThere(qint64 localId, bool *conflict);
    // A record read that cannot be used (`answered`: the server sent it; else why not), or
    // one the server answered with another record for: counted failed, kept as it was here.
    void unread(const QString &id, const QString &why, bool answered);
    void answeredOther(const QString &id, const QString &other);
    void applyChanged(qint64 localId, const ServiceTask &task);
    // Hands the records received since the last hand-over to the worker.
    // `commit`: the worker commits what it holds after these (the pull waits for them).
    void handOver(bool commit);
    // `then` once the worker has written (or failed) everything handed to it.
    void afterWrites(std::function<void()> then);
    void written(const PulledTaskWriter::Batch &batch);
    void announceRows();
    void announcePending();
    // The new records received without a line of their own, in one line.
    void sayUnloggedNew();
    void pushed(qint64 localId, qint64 revision, const HttpResult &result, const QString &what);
    void confirmed(qint64 localId, qint64 revision, const ServiceTask &server, const QString &what,
                   const QString &name);
    void step(); // one push finished
    QUrl url(const QString &id = QString()) const;
    // A read, a list page or a DELETE: retried by the transport on transient failures.
    void request(const QByteArray &verb, const QUrl &target, const QByteArray &body, Then then)
    {
        send(verb, target, body, true, std::move(then));
    }

    ServiceTaskStore &m_store;
    QHash<QString, QString> m_remote; // id -> ext.lwt as listed
    // id -> local id of the records here when the list was compared: a read is matched
    // without a query (a record stored since then is found by the worker's batch).
    QHash<QString, qint64> m_localIds;
    // Listed as changed and not read this time (unread(), answeredOther()): a PATCH or DELETE sent now would be
    // decided against the older copy, and could put old values back over another client's.
    QSet<QString> m_unreadChanged;
    QVector<QString> m_toFetch;
    QVector<PulledTaskWriter::Received> m_pulled; // received, new here, not handed over yet
    QTimer m_batchTimer;
    QTimer m_announceTimer;
    bool m_announcePending = false;
    int m_writeBudgetMs = kWriteMs;
    std::function<void()> m_batchHook;
    QThread m_writerThread;
    PulledTaskWriter *m_writer = nullptr; // lives on m_writerThread, deleted once it finished
    QVector<qint64> m_written; // stored by the worker, not announced yet
    int m_handedOver = 0; // records the worker has not told back yet
    std::function<void()> m_afterWrites;
    NewRecordLines m_newLines;
};
