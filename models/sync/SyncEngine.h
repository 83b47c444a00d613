#pragma once

#include "storage/SyncState.h"
#include "sync/HttpClient.h"
#include "sync/ListingGuard.h"
#include "sync/SyncLogLevel.h"
#include "sync/SyncReport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QTimer;

// Every sync runs the same way (README "Sync with the servers"): the change scan lists
// every page (only an empty page ends it); the records new there or changed since the
// base are read in full (readEach); a record gone from a complete listing is a remote
// delete, never because a page failed; then the push sends each pending record by its
// state (pushAs: conflicts and invalid drafts are counted, not sent).
// What both sync engines (ServiceTaskSync, TaskSeriesSync) do the same way, in one place:
// the requests (each callback dropped once the engine is stopped or gone, its own options),
// one count of what is still out (requests and retry timers), one way to stop (a cancel or a
// fatal error: nothing more is sent, and `finished` comes exactly once, when the last
// request is back), and the report, progress and log. An engine adds its listing, its plan
// and its wire calls, and calls finish() when its last step is done.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    const SyncReport &report() const { return m_report; }
    // Caps of the listing (pages, records); the defaults are far above any real server.
    void setListingLimits(const ListingGuard::Limits &limits) { m_guard = ListingGuard(limits); }
    void start();
    // Always ends with finished(), at once when nothing is out, else once it is all back.
    void cancel();

signals:
    void phaseChanged(const QString &phase);
    void progress(int done, int total);
    void logLine(SyncLogLevel level, const QString &line);
    void finished(const SyncReport &report);

protected:
    using Then = std::function<void(const HttpResult &)>;
    // The server's own words for what stops a sync (each engine names its server).
    enum class Stop { CredentialsRefused, RedirectRefused, Unreachable, ListUnusable, ListFailed };

    SyncEngine(HttpClient &http, const QUrl &baseUrl, int pageSize, QObject *parent);

    // The engine's own first step, after start() reset what both share.
    virtual void begin() = 0;
    virtual QString stopText(Stop why, const QString &detail) const = 0;
    // Called once before finished(): what was received and is whole is written. False: that
    // goes on elsewhere (a worker thread), and the engine calls flushed() once it is done.
    virtual bool flush() { return true; }
    void flushed() { emit finished(m_report); }

    // `retry`: the transport retries transient failures. Requests that are not idempotent
    // are sent once; the engine checks what happened before sending again.
    void send(const QByteArray &verb, const QUrl &target, const QByteArray &body, bool retry, Then then);
    void send(const QByteArray &verb, const QUrl &target, const QJsonObject &body, bool retry, Then then);
    // The reads of a pull, `count` of them, as many at once as requests may run: read(i)
    // sends the i-th and calls readDone() once its answer is handled (not after a fatal
    // one: the sync stops there). `all` runs once, after the last (at once for none).
    // Progress counts them.
    void readEach(int count, std::function<void(int)> read, std::function<void()> all);
    void readDone();
    // The push counts its records: pushDone() after each (a record found deleted while its
    // push was out adds one more), true once every one is done.
    void startPush(int total);
    void addPush() { ++m_pushTotal; }
    bool pushDone();
    // `then` after a capped exponential backoff with jitter, as the transport's own retries.
    void later(int attempt, std::function<void()> then);
    // Credentials refused, a redirect refused, or (with noAnswerIsFatal) no answer at all:
    // the sync stops with why and true comes back; false for any other result.
    bool handleFatal(const HttpResult &result, bool noAnswerIsFatal = true);
    // What the push does with a record: nothing (in step, refused before, in conflict: counted,
    // a draft with errors: counted and named), send it, or delete it there.
    enum class PushAs { Skip, Send, Delete };
    PushAs pushAs(SyncState state, bool valid, const QString &name);
    // The items of a list page; none, and the sync stopped, when the answer is fatal, not a
    // page or past the listing's limits: without the whole list, well-formed, nothing may be
    // taken as deleted, nor pushed.
    std::optional<QJsonArray> acceptPage(const HttpResult &result);
    // Only an empty page ends a listing. A page shorter than `limit` may come from a server
    // that caps its pages lower: ending there would read every record after it as deleted.
    static bool endsListing(const QJsonArray &page) { return page.isEmpty(); }
    // Stops with an error of the engine's own (a listing that cannot be used…).
    void stopWith(const QString &message);
    // The last step is done.
    void finish();
    bool stopped() const { return m_stopped; }

    void log(SyncLogLevel level, const QString &line) { emit logLine(level, line); }
    // The server's base address with `path` appended (the base's own path kept), and the
    // query encoded here, '+' and '&' included, which QUrlQuery would leave as they are.
    QUrl endpoint(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    HttpClient &http() const { return m_http; }
    int pageSize() const { return m_pageSize; }

    SyncReport m_report;
    ListingGuard m_guard;

private:
    void readNext();
    void stop();
    void finishIfIdle();
    void done();

    HttpClient &m_http;
    QUrl m_base;
    int m_pageSize;
    QSet<QTimer *> m_timers; // later() steps not due yet
    int m_inFlight = 0;      // requests and later() steps not back yet
    bool m_stopped = false;
    bool m_finished = false;
    // readEach(): what is queued, out and back
    struct Reads
    {
        int count = 0;
        int next = 0;
        int running = 0;
        int done = 0;
        std::function<void(int)> read;
        std::function<void()> all;
    } m_reads;
    int m_pushTotal = 0;
    int m_pushDone = 0;
};
