#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

SyncEngine::SyncEngine(HttpClient &http, const QUrl &baseUrl, int pageSize, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_base(baseUrl)
    , m_pageSize(qMax(1, pageSize))
{
}

void SyncEngine::start()
{
    m_report = SyncReport();
    m_guard.restart();
    m_stopped = m_finished = false;
    begin();
}

void SyncEngine::cancel()
{
    if (m_finished || m_stopped)
        return;
    m_report.cancelled = true;
    log(SyncLogLevel::Warning, tr("Sync cancelled; what was applied stays, nothing is half-written."));
    stop();
}

void SyncEngine::send(const QByteArray &verb, const QUrl &target, const QByteArray &body, bool retry, Then then)
{
    ++m_inFlight;
    HttpClient::Options options = m_http.options();
    if (!retry)
        options.maxAttempts = 1; // for this request only
    // The client outlives the engine (the session deletes the engine once it finished): a
    // request ending later, as cancelled, must find nobody rather than a deleted engine.
    QPointer<SyncEngine> self(this);
    m_http.send(verb, target, body, options, [self, then = std::move(then)](const HttpResult &result) {
        if (!self)
            return;
        --self->m_inFlight;
        if (self->m_stopped)
            self->finishIfIdle();
        else
            then(result);
    });
}

void SyncEngine::send(const QByteArray &verb, const QUrl &target, const QJsonObject &body, bool retry, Then then)
{
    send(verb, target, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), retry,
         std::move(then));
}

void SyncEngine::readEach(int count, std::function<void(int)> read, std::function<void()> all)
{
    m_reads = Reads{qMax(0, count), 0, 0, 0, std::move(read), std::move(all)};
    emit progress(0, m_reads.count);
    if (m_reads.count == 0) {
        std::exchange(m_reads.all, {})();
        return;
    }
    for (int i = qMin(m_reads.count, qMax(1, m_http.options().parallel)); i > 0 && !m_stopped; --i)
        readNext();
}

void SyncEngine::readNext()
{
    if (m_stopped)
        return;
    if (m_reads.next < m_reads.count) {
        ++m_reads.running;
        m_reads.read(m_reads.next++);
    } else if (m_reads.running == 0 && m_reads.all) {
        std::exchange(m_reads.all, {})();
    }
}

void SyncEngine::readDone()
{
    --m_reads.running;
    emit progress(++m_reads.done, m_reads.count);
    readNext();
}

void SyncEngine::startPush(int total)
{
    m_pushTotal = total;
    m_pushDone = 0;
    emit progress(0, m_pushTotal);
}

bool SyncEngine::pushDone()
{
    emit progress(++m_pushDone, m_pushTotal);
    return m_pushDone >= m_pushTotal;
}

void SyncEngine::later(int attempt, std::function<void()> then)
{
    const HttpClient::Options options = m_http.options();
    const int ceiling = qMax(1, qMin(options.backoffCapMs, options.backoffBaseMs << qMin(attempt, 16)));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_timers.insert(timer);
    ++m_inFlight;
    connect(timer, &QTimer::timeout, this, [this, timer, then = std::move(then)] {
        m_timers.remove(timer);
        timer->deleteLater();
        --m_inFlight;
        then();
    });
    timer->start(int(QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1)));
}

bool SyncEngine::handleFatal(const HttpResult &result, bool noAnswerIsFatal)
{
    if (m_stopped)
        return true;
    if (result.authFailed()) {
        m_report.authFailed = true;
        m_report.fatalError = stopText(Stop::CredentialsRefused, result.serverMessage());
    } else if (result.redirectRefused()) {
        // Every request would be sent elsewhere: the server's address must be fixed first.
        m_report.unreachable = true;
        m_report.fatalError = stopText(Stop::RedirectRefused, result.errorString);
    } else if (noAnswerIsFatal && result.status == 0 && !result.cancelled) {
        m_report.unreachable = true;
        m_report.fatalError = stopText(Stop::Unreachable, result.errorString);
        for (const QSslError &error : result.sslErrors) {
            m_report.tlsErrors.append(error.errorString());
            if (m_report.untrustedCertificate.isNull() && !error.certificate().isNull())
                m_report.untrustedCertificate = error.certificate();
        }
    } else {
        return false;
    }
    log(SyncLogLevel::Error, m_report.fatalError);
    stop();
    return true;
}

SyncEngine::PushAs SyncEngine::pushAs(SyncState state, bool valid, const QString &name)
{
    switch (state) {
    case SyncState::Clean:
    case SyncState::Error: // refused before; an edit makes it pending again
        return PushAs::Skip;
    case SyncState::Conflict:
        ++m_report.conflicts;
        return PushAs::Skip;
    case SyncState::Deleted:
        return PushAs::Delete;
    case SyncState::New:
    case SyncState::Modified:
        break;
    }
    if (valid)
        return PushAs::Send;
    ++m_report.invalid;
    log(SyncLogLevel::Warning, tr("Not sent, still a draft with errors: %1").arg(name));
    return PushAs::Skip;
}

std::optional<QJsonArray> SyncEngine::acceptPage(const HttpResult &result)
{
    if (handleFatal(result))
        return std::nullopt;
    auto items = result.ok() ? m_guard.accept(result.body) : std::nullopt;
    if (!items)
        stopWith(result.ok() ? stopText(Stop::ListUnusable, m_guard.error()) : stopText(Stop::ListFailed, result.serverMessage()));
    return items;
}

void SyncEngine::stopWith(const QString &message)
{
    if (m_stopped)
        return;
    m_report.fatalError = message;
    log(SyncLogLevel::Error, message);
    stop();
}

void SyncEngine::stop()
{
    m_stopped = true;
    // Steps not due yet never run; requests out end as cancelled and come back.
    m_inFlight -= int(m_timers.size());
    qDeleteAll(std::exchange(m_timers, {}));
    m_http.cancelAll();
    finishIfIdle();
}

void SyncEngine::finish()
{
    done();
}

void SyncEngine::finishIfIdle()
{
    if (m_stopped && m_inFlight == 0)
        done();
}

void SyncEngine::done()
{
    if (m_finished)
        return;
    m_finished = true;
    // Records received before a cancel or a fatal error are whole: they are kept.
    if (flush())
        emit finished(m_report);
}

QUrl SyncEngine::endpoint(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl result = m_base;
    QString full = result.path();
    while (full.endsWith(QLatin1Char('/')))
        full.chop(1);
    result.setPath(full + path, QUrl::StrictMode);
    QStringList parts;
    for (const auto &item : query)
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second)));
    if (!parts.isEmpty())
        result.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    return result;
}
