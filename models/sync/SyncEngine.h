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
    // Called once before finished(): what was received and is whole is written.
    virtual void flush() {}

    // `retry`: the transport retries transient failures. Requests that are not idempotent
    // are sent once; the engine checks what happened before sending again.
    void send(const QByteArray &verb, const QUrl &target, const QByteArray &body, bool retry, Then then);
    void send(const QByteArray &verb, const QUrl &target, const QJsonObject &body, bool retry, Then then);
    // A queue of `queued` reads: `next` started as many times as requests may run at once
    // (each takes one and starts the next when its answer is in), or `none` for an empty one.
    void startReads(int queued, const std::function<void()> &next, const std::function<void()> &none);
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
};
