#pragma once

#include "sync/SyncEngine.h"

#include <QHash>
#include <QTimer>
#include <QVector>

class ServiceTaskStore;
struct StoredServiceTask;
struct ServiceTask;

// The sync of the service tasks with an ERA server (the steps: SyncEngine). What is its
// own: the change scan lists `mask=id,ext.lwt` and compares `ext.lwt`; new records are
// written in batches (one transaction each, at most kBatchRows records or kBatchMs after
// the first, while later reads are in flight), changed ones one by one (an edited record
// merged three-way); the push POSTs new records (their id made here; after a lost answer
// the server is asked first, so a retry never duplicates), PATCHes changed fields only
// and DELETEs deleted ones, all at once.
class ServiceTaskSync : public SyncEngine
{
    Q_OBJECT

public:
    ServiceTaskSync(ServiceTaskStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                    QObject *parent = nullptr);

    static QString collectionPath() { return QStringLiteral("/rest/v1/service/svctasks"); }

    // A batch of pulled records is written once it has this many records, or this long
    // after its first one: a killed sync loses at most one batch, and the window waits
    // for no more than one batch's write.
    static constexpr int kBatchRows = 200;
    static constexpr int kBatchMs = 50;
    // A batch stops taking records once it has used this much of the thread's time (its
    // commit follows): the event loop turns between batches; the rest goes in the next.
    static constexpr int kWriteMs = 20;
    void setWriteBudgetMs(int ms) { m_writeBudgetMs = ms; } // for tests: 0 writes one record a batch

protected:
    void begin() override;
    QString stopText(Stop why, const QString &detail) const override;
    void flush() override { writePulled(); }

private:
    void listPage(int offset);
    void planFetches();
    void fetch(const QString &id);
    void pushAll();
    void pushOne(const StoredServiceTask &record);
    void post(const StoredServiceTask &record);
    void listed(int offset, const HttpResult &result);
    void fetched(const QString &id, const HttpResult &result);
    void applyChanged(qint64 localId, const ServiceTask &task);
    // Writes the records received since the last batch: one transaction of at most the write
    // budget, the rest a turn of the event loop later; `all`: every one now, batch after batch.
    void writePulled(bool all = true);
    bool writeBatch();
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
    QVector<QString> m_toFetch;
    QVector<ServiceTask> m_pulled; // received, new here, not written yet
    QTimer m_batchTimer;
    int m_writeBudgetMs = kWriteMs;
};
