#pragma once

#include "sync/HttpOptions.h"
#include "sync/HttpResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class DryRunServer;
class HttpJob;
class QNetworkAccessManager;
class QTimer;

// Sends JSON requests with a bearer token, a bounded number of requests in flight, and
// capped exponential backoff with jitter for transient failures. Each attempt is an
// HttpJob (redirects, answer size, deadline); each request keeps its own options.
// Everything runs on the caller's event loop; callbacks come back there.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Options = HttpOptions;
    using Callback = std::function<void(const HttpResult &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setToken(const QString &token) { m_token = token; }
    // For the requests sent from now on; those in flight keep theirs.
    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    // `verb` may be any HTTP method, LOOKUP included. `body` empty = no body.
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, Callback done);
    // The same with this request's own options (e.g. one attempt only).
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Options &options, Callback done);
    // Every request sent so far ends as cancelled; later ones are not affected.
    void cancelAll();
    int inFlight() const { return int(m_running.size() + m_queue.size() + m_sleeping.size()) + m_waiting; }
    int retriesWaiting() const { return int(m_sleeping.size()); }
    int requestsSent() const { return m_sent; }

    // A dry run: from now on a writing request (anything but GET and HEAD) never leaves the
    // machine; it is recorded and answered by a DryRunServer, as the server would answer it.
    void setDryRun(bool on);
    const DryRunServer *dryRun() const { return m_dryRun.get(); }
    // True while a callback runs for an answer the dry run made up, or for a request sent
    // from within such a callback: what the caller does then follows from no real answer.
    bool inSimulatedAnswer() const { return m_simulated > 0; }

signals:
    void idle();

private:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        Options options;
        Callback done;
        int attempt = 0;
        quint64 generation = 0; // cancelAll() ends every request of an older generation
    };
    void pump();
    void start(Request request);
    void attemptFinished(HttpJob *job, Request request, HttpResult result);
    void retryLater(Request request);
    static void endCancelled(const Request &request);
    bool sendDryRun(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Options &options,
                    Callback &done);
    void answerLocally(const HttpResult &result, Callback done);

    QNetworkAccessManager *m_network = nullptr;
    QString m_token;
    Options m_options;
    QList<Request> m_queue;
    QList<HttpJob *> m_running;
    QHash<QTimer *, Request> m_sleeping; // requests waiting before a retry
    int m_waiting = 0; // answers the dry run made up, not handed out yet
    int m_sent = 0;
    quint64 m_generation = 0;
    std::unique_ptr<DryRunServer> m_dryRun;
    int m_simulated = 0;
};
