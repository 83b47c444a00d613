#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// What came back for one request, after retries.
struct HttpResult
{
    int status = 0;                 // 0: no HTTP answer (network error, timeout, cancelled)
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;            // for the user; never contains the token
    bool cancelled = false;
    QList<QSslError> sslErrors;

    // The connection itself failed (refused, closed mid-answer, timed out), even if a
    // status line had arrived: the body cannot be trusted.
    bool connectionFailed() const { return networkError > QNetworkReply::NoError && networkError < 100; }
    bool ok() const { return status >= 200 && status < 300 && !connectionFailed(); }
    bool authFailed() const { return status == 401 || status == 403; }
    // Worth another try: no answer at all, a timeout, a dropped connection, or 5xx.
    bool transient() const;
    // The server's message for the user: TARGPatrol's {message, code}, else the text, shortened.
    QString serverMessage() const;
};

// Sends JSON requests with a bearer token, a timeout, a bounded number of requests
// in flight, and capped exponential backoff with jitter for transient failures.
// Everything runs on the caller's event loop; callbacks come back there.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 30000;
        int maxAttempts = 4;        // 1 + retries, for transient failures only
        int backoffBaseMs = 250;
        int backoffCapMs = 8000;
        int parallel = 4;
    };
    using Callback = std::function<void(const HttpResult &)>;

    explicit HttpClient(QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    // `verb` may be any HTTP method, LOOKUP included. `body` empty = no body.
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body, Callback done);
    void cancelAll();
    int inFlight() const { return m_running.size() + m_queue.size(); }
    int requestsSent() const { return m_sent; }

signals:
    void idle();

private:
    struct Job
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        Callback done;
        int attempt = 0;
    };
    void pump();
    void start(Job job);
    void finish(QNetworkReply *reply, Job job);

    QNetworkAccessManager *m_network = nullptr;
    QString m_token;
    Options m_options;
    QList<Job> m_queue;
    QHash<QNetworkReply *, Job> m_running;
    int m_waiting = 0; // jobs sleeping before a retry
    int m_sent = 0;
    bool m_cancelled = false;
};
