#include "sync/HttpClient.h"

#include "sync/DryRunServer.h"
#include "sync/HttpJob.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient()
{
    // The jobs go before the network manager that owns their replies.
    qDeleteAll(m_running);
}

void HttpClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, Callback done)
{
    send(verb, url, body, m_options, std::move(done));
}

void HttpClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Options &options,
                      Callback done)
{
    if (m_dryRun && sendDryRun(verb, url, body, options, done))
        return;
    m_queue.append({verb, url, body, options, std::move(done), 0, m_generation});
    pump();
}

void HttpClient::pump()
{
    while (!m_queue.isEmpty() && m_running.size() < qMax(1, m_options.parallel))
        start(m_queue.takeFirst());
    if (m_queue.isEmpty() && m_running.isEmpty() && m_sleeping.isEmpty() && m_waiting == 0)
        emit idle();
}

void HttpClient::start(Request request)
{
    ++request.attempt;
    ++m_sent;
    auto *job = new HttpJob(*m_network, request.verb, request.url, request.body, m_token, request.options, this);
    m_running.append(job);
    connect(job, &HttpJob::finished, this, [this, job, request](const HttpResult &result) {
        attemptFinished(job, request, result);
    });
    job->start();
}

void HttpClient::attemptFinished(HttpJob *job, Request request, HttpResult result)
{
    m_running.removeOne(job);
    job->deleteLater();
    if (request.generation != m_generation)
        result.cancelled = true; // cancelled while it ran, even if the answer made it
    if (result.transient() && request.attempt < request.options.maxAttempts) {
        retryLater(std::move(request));
        return;
    }
    request.done(result);
    pump();
}

void HttpClient::retryLater(Request request)
{
    // Capped exponential backoff with full jitter, so retries of many clients spread out.
    const Options &o = request.options;
    const int ceiling = qMax(1, qMin(o.backoffCapMs, o.backoffBaseMs << qMin(request.attempt - 1, 16)));
    const int delay = int(QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1));
    // Kept with its timer, so that a cancel ends it at once instead of after the wait.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_sleeping.insert(timer, request);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        m_queue.prepend(m_sleeping.take(timer));
        timer->deleteLater();
        pump();
    });
    timer->start(delay);
}

void HttpClient::endCancelled(const Request &request)
{
    HttpResult cancelled;
    cancelled.cancelled = true;
    request.done(cancelled);
}

void HttpClient::cancelAll()
{
    ++m_generation;
    const QList<Request> queued = m_queue;
    m_queue.clear();
    for (const Request &request : queued)
        endCancelled(request);
    const auto sleeping = std::exchange(m_sleeping, {});
    for (auto it = sleeping.constBegin(); it != sleeping.constEnd(); ++it) {
        delete it.key();
        endCancelled(it.value());
    }
    const QList<HttpJob *> running = m_running;
    for (HttpJob *job : running)
        job->cancel(); // each finishes as cancelled, through attemptFinished()
}

void HttpClient::setDryRun(bool on)
{
    m_dryRun.reset(on ? new DryRunServer : nullptr);
}

bool HttpClient::sendDryRun(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Options &options,
                            Callback &done)
{
    if (m_simulated > 0) {
        // Sent on behalf of a made-up answer: its own answer counts as made up too.
        done = [this, inner = std::move(done)](const HttpResult &result) {
            ++m_simulated;
            inner(result);
            --m_simulated;
        };
    }
    if (!DryRunServer::isWriting(verb)) {
        const auto made = m_dryRun->madeHere(url);
        if (made)
            answerLocally(*made, std::move(done));
        return made.has_value();
    }
    m_dryRun->record(verb, url, body);
    if (verb.toUpper() == "PATCH") {
        // The answer to a patch is the whole record: read it (a read may be sent) and patch that.
        send("GET", url, QByteArray(), options, [this, verb, url, body, done = std::move(done)](const HttpResult &current) {
            if (current.cancelled || !m_dryRun) {
                done(current);
                return;
            }
            ++m_simulated;
            done(m_dryRun->answer(verb, url, body, current));
            --m_simulated;
        });
        return true;
    }
    answerLocally(m_dryRun->answer(verb, url, body), std::move(done));
    return true;
}

void HttpClient::answerLocally(const HttpResult &result, Callback done)
{
    // Later, from the event loop, as a real answer would come: callers never see it re-entrantly.
    ++m_waiting;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, result, generation, done = std::move(done)] {
        --m_waiting;
        HttpResult answer = result;
        if (generation != m_generation) {
            answer = HttpResult();
            answer.cancelled = true;
        }
        ++m_simulated;
        done(answer);
        --m_simulated;
        pump();
    });
}
