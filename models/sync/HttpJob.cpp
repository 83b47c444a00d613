#include "sync/HttpJob.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace

HttpJob::HttpJob(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url, const QByteArray &body,
                 const QString &token, const HttpOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_verb(verb)
    , m_url(url)
    , m_body(body)
    , m_token(token)
    , m_options(options)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const int seconds = qMax(1, (m_options.effectiveDeadlineMs() + 999) / 1000);
        stop(HttpResult::Problem::Deadline, tr("no complete answer within %n second(s)", nullptr, seconds));
    });
}

HttpJob::~HttpJob()
{
    detachReply();
}

bool HttpJob::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort) == b.port(defaultPort);
}

void HttpJob::start()
{
    // One deadline for the whole request, redirects included: Qt's transfer timeout only
    // notices a server that goes quiet, not one that sends a byte now and then.
    m_deadline.start(m_options.effectiveDeadlineMs());
    send();
}

void HttpJob::cancel()
{
    if (m_done)
        return;
    HttpResult result;
    result.cancelled = true;
    result.networkError = QNetworkReply::OperationCanceledError;
    result.errorString = tr("cancelled");
    finishNow(result);
}

void HttpJob::send()
{
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_options.timeoutMs);
    // Redirects are followed in redirected(): Qt's own policies would either carry the
    // token to another origin or leave no way to say why a redirect was refused.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Qt inflates gzip itself, and a bomb all at once before readyRead: only its own check
    // stops it in time, so it gets our limit too (resultOf() says what its failure means).
    request.setDecompressedSafetyCheckThreshold(m_options.maxAnswerBytes);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    QNetworkReply *reply = m_body.isEmpty() && m_verb == "GET" ? m_network.get(request)
                                                               : m_network.sendCustomRequest(request, m_verb, m_body);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors += errors; // remembered for the user; never ignored
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpJob::checkAnnouncedSize);
    connect(reply, &QIODevice::readyRead, this, &HttpJob::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &HttpJob::replyFinished);
}

QString HttpJob::sizeLimitText() const
{
    return tr("answer larger than %1")
        .arg(QLocale().formattedDataSize(m_options.maxAnswerBytes, 0, QLocale::DataSizeTraditionalFormat));
}

void HttpJob::checkAnnouncedSize()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxAnswerBytes)
        stop(HttpResult::Problem::TooLarge, sizeLimitText());
}

void HttpJob::readAvailable()
{
    if (!m_reply || !m_reply->isOpen())
        return; // aborted: nothing more to read
    m_answer += m_reply->readAll();
    if (m_answer.size() > m_options.maxAnswerBytes) {
        m_answer = QByteArray();
        stop(HttpResult::Problem::TooLarge, sizeLimitText());
    }
}

void HttpJob::stop(HttpResult::Problem problem, const QString &why)
{
    if (m_done)
        return;
    HttpResult result;
    result.problem = problem;
    result.errorString = why;
    result.sslErrors = m_sslErrors;
    if (problem == HttpResult::Problem::Deadline) {
        result.networkError = QNetworkReply::TimeoutError; // no complete answer: status 0
    } else if (m_reply) {
        result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    finishNow(result);
}

void HttpJob::finishNow(const HttpResult &result)
{
    m_done = true;
    m_deadline.stop();
    m_answer = QByteArray();
    detachReply();
    emit finished(result);
}

void HttpJob::detachReply()
{
    // Deleting the reply ends its request. abort() would too, but when the server's own
    // error (a 401) is already on its way from Qt's network thread, Qt then reports two
    // errors for one reply and warns that its error handler "must only be called once".
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
}

void HttpJob::replyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    readAvailable();
    if (m_done)
        return; // the last bytes were too many
    HttpResult refused;
    if (redirected(reply, &refused))
        return; // the same request, sent again to where it was redirected
    finishNow(refused.problem != HttpResult::Problem::None ? refused : resultOf(reply));
}

bool HttpJob::redirected(QNetworkReply *reply, HttpResult *refused)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || !isRedirect(status))
        return false;
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty())
        return false; // an answer like any other (and not a success)
    const QUrl target = m_url.resolved(location);
    refused->status = status;
    refused->problem = HttpResult::Problem::Redirect;
    refused->networkError = QNetworkReply::NoError;
    if (!sameOrigin(m_url, target)) {
        // Never followed: the token would go with it, and the user set up this origin only.
        refused->errorString = tr("the server redirected %1 to %2, another origin; redirects to another "
                                  "origin are not followed, so the token is never sent there")
                                   .arg(shown(m_url), shown(target));
        return false;
    }
    if (++m_redirects > m_options.maxRedirects) {
        refused->errorString = tr("more than %n redirect(s); the last one from %1 to %2", nullptr, m_options.maxRedirects)
                                   .arg(shown(m_url), shown(target));
        return false;
    }
    if (status == 303 || ((status == 301 || status == 302) && m_verb == "POST")) {
        m_verb = "GET"; // what every client does for these
        m_body.clear();
    }
    detachReply();
    m_url = target;
    m_answer.clear();
    send();
    return true;
}

HttpResult HttpJob::resultOf(QNetworkReply *reply) const
{
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.sslErrors = m_sslErrors;
    result.body = m_answer;
    if (result.networkError == QNetworkReply::UnknownContentError && !reply->rawHeader("Content-Encoding").isEmpty()) {
        // Qt's own check stopped inflating at our limit (or the data was not inflatable).
        result.problem = HttpResult::Problem::TooLarge;
        result.errorString = tr("compressed answer larger than %1 when inflated, or corrupt")
                                 .arg(QLocale().formattedDataSize(m_options.maxAnswerBytes, 0, QLocale::DataSizeTraditionalFormat));
        result.body.clear();
        return result;
    }
    if (result.networkError != QNetworkReply::NoError && (result.status == 0 || result.connectionFailed())) {
        // Never cancelled by us (cancel() finishes without the reply): Qt's transfer timeout.
        result.errorString = result.networkError == QNetworkReply::OperationCanceledError
            ? tr("no answer within %n second(s)", nullptr, qMax(1, m_options.timeoutMs / 1000))
            : reply->errorString();
        if (!m_sslErrors.isEmpty())
            result.errorString = tr("the server's certificate is not trusted: %1").arg(m_sslErrors.first().errorString());
    }
    return result;
}
