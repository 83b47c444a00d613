#pragma once

#include "sync/ListingGuard.h"
#include "sync/SyncLogLevel.h"
#include "sync/SyncReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVector>

#include <functional>

class HttpClient;
class ServiceTaskStore;
struct HttpResult;
struct StoredServiceTask;
struct ServiceTask;

// One sync of the service tasks with an ERA server (README "Sync with the servers"):
//   1. the change scan: list pages of `mask=id,ext.lwt`;
//   2. full reads of the new and changed records only: new ones written in batches (one
//      transaction each, at most kBatchRows records or kBatchMs after the first, while
//      later reads are in flight), changed ones applied one by one (an edited record is
//      merged three-way);
//   3. records gone from the server are remote deletes (never because a page failed);
//   4. the push: POST new records (their id made here; after a lost answer the
//      server is asked first, so a retry never duplicates), PATCH changed fields
//      only, DELETE deleted ones. Conflicts and invalid drafts are not pushed.
class ServiceTaskSync : public QObject
{
    Q_OBJECT

public:
    ServiceTaskSync(ServiceTaskStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                    QObject *parent = nullptr);

    // Caps of the listing (pages, records); the defaults are far above any real server.
    void setListingLimits(const ListingGuard::Limits &limits) { m_guard = ListingGuard(limits); }
    void start();
    void cancel();
    const SyncReport &report() const { return m_report; }

    static QString collectionPath() { return QStringLiteral("/rest/v1/service/svctasks"); }

    // A batch of pulled records is written once it has this many records, or this long
    // after its first one: a killed sync loses at most one batch, and the window waits
    // for no more than one batch's write.
    static constexpr int kBatchRows = 200;
    static constexpr int kBatchMs = 50;

signals:
    void phaseChanged(const QString &phase);
    void progress(int done, int total);
    void logLine(SyncLogLevel level, const QString &line);
    void finished(const SyncReport &report);

private:
    void log(SyncLogLevel level, const QString &line) { emit logLine(level, line); }
    void listPage(int offset);
    void planFetches();
    void fetchNext();
    void pushAll();
    void pushOne(const StoredServiceTask &record);
    void post(const StoredServiceTask &record);
    void listed(int offset, const HttpResult &result);
    void fetched(const QString &id, const HttpResult &result);
    void applyChanged(qint64 localId, const ServiceTask &task);
    // Writes the records received since the last batch, in one transaction.
    void writePulled();
    void pushed(qint64 localId, qint64 revision, const HttpResult &result, const QString &what);
    void confirmed(qint64 localId, qint64 revision, const ServiceTask &server, const QString &what,
                   const QString &name);
    void step(); // one push finished
    bool handleFatal(const HttpResult &result);
    void done();
    QUrl url(const QString &id = QString()) const;
    // m_http.send(), with the callback dropped once this engine is gone.
    void send(const QByteArray &verb, const QUrl &target, const QByteArray &body,
              std::function<void(const HttpResult &)> handle);

    ServiceTaskStore &m_store;
    HttpClient &m_http;
    QUrl m_base;
    int m_pageSize;
    SyncReport m_report;
    ListingGuard m_guard;
    QHash<QString, QString> m_remote; // id -> ext.lwt as listed
    QVector<QString> m_toFetch;
    QVector<ServiceTask> m_pulled; // received, new here, not written yet
    QTimer m_batchTimer;
    int m_fetchDone = 0;
    int m_fetchRunning = 0;
    int m_pushTotal = 0;
    int m_pushDone = 0;
    bool m_stopped = false;
    bool m_finished = false;
};
