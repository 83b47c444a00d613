#include "sync/HttpClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

bool HttpResult::transient() const
{
    if (cancelled)
        return false;
    if (!sslErrors.isEmpty())
        return false; // TLS errors are never retried (nor ignored)
    return status == 0 || connectionFailed() || (status >= 500 && status <= 599);
}

QString HttpResult::serverMessage() const
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    const QString message = error.value(QStringLiteral("message")).toString();
    QString text;
    if (!message.isEmpty()) {
        const QString code = error.value(QStringLiteral("code")).toString();
        text = code.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, code);
    } else {
        text = QString::fromUtf8(body.left(300)).simplified();
    }
    if (status == 0 || connectionFailed())
        return errorString;
    return text.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("HTTP %1: %2").arg(status).arg(text);
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

void HttpClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, Callback done)
{
    m_cancelled = false;
    m_queue.append({verb, url, body, std::move(done), 0});
    pump();
}

void HttpClient::pump()
{
    while (!m_queue.isEmpty() && m_running.size() < qMax(1, m_options.parallel))
        start(m_queue.takeFirst());
    if (m_queue.isEmpty() && m_running.isEmpty() && m_waiting == 0)
        emit idle();
}

void HttpClient::start(Job job)
{
    QNetworkRequest request(job.url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!job.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    ++job.attempt;
    ++m_sent;
    QNetworkReply *reply = job.body.isEmpty() && job.verb == "GET" ? m_network->get(request)
                                                                   : m_network->sendCustomRequest(request, job.verb, job.body);
    auto *sslErrors = new QList<QSslError>;
    connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
        *sslErrors += errors; // remembered for the user; never ignored
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors] {
        Job job = m_running.take(reply);
        reply->setProperty("taskdeskSslErrors", QVariant::fromValue(*sslErrors));
        delete sslErrors;
        finish(reply, std::move(job));
    });
    m_running.insert(reply, std::move(job));
}

void HttpClient::finish(QNetworkReply *reply, Job job)
{
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.networkError = reply->error();
    result.sslErrors = reply->property("taskdeskSslErrors").value<QList<QSslError>>();
    result.cancelled = m_cancelled || reply->error() == QNetworkReply::OperationCanceledError;
    if (reply->error() != QNetworkReply::NoError && (result.status == 0 || result.connectionFailed())) {
        result.errorString = reply->error() == QNetworkReply::OperationCanceledError && !m_cancelled
            ? tr("no answer within %n second(s)", nullptr, m_options.timeoutMs / 1000)
            : reply->errorString();
        if (!result.sslErrors.isEmpty())
            result.errorString = tr("the server's certificate is not trusted: %1").arg(result.sslErrors.first().errorString());
    }
    if (result.cancelled && !m_cancelled)
        result.cancelled = false; // a transfer timeout aborts the reply too: that is transient
    reply->deleteLater();

    if (result.transient() && job.attempt < m_options.maxAttempts && !m_cancelled) {
        // Capped exponential backoff with full jitter, so retries of many clients spread out.
        const int ceiling = qMin(m_options.backoffCapMs, m_options.backoffBaseMs << qMin(job.attempt - 1, 16));
        const int delay = int(QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1));
        ++m_waiting;
        QTimer::singleShot(delay, this, [this, job] {
            --m_waiting;
            if (m_cancelled) {
                HttpResult cancelled;
                cancelled.cancelled = true;
                job.done(cancelled);
                pump();
                return;
            }
            m_queue.prepend(job);
            pump();
        });
        return;
    }
    job.done(result);
    pump();
}

void HttpClient::cancelAll()
{
    m_cancelled = true;
    const QList<Job> queued = m_queue;
    m_queue.clear();
    for (const Job &job : queued) {
        HttpResult cancelled;
        cancelled.cancelled = true;
        job.done(cancelled);
    }
    const auto running = m_running.keys();
    for (QNetworkReply *reply : running)
        reply->abort();
}
