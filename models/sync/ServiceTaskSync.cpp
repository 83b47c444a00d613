#include "sync/ServiceTaskSync.h"

#include "json/ServiceTaskCodec.h"
#include "storage/ServiceTaskBatch.h"
#include "storage/ServiceTaskStore.h"
#include "sync/HttpClient.h"
#include "sync/ThreeWayMerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

#include <utility>

namespace {

QString lwtOf(const QJsonObject &item)
{
    // `ext.lwt` nested, or flat when the server flattens composite fields.
    const QJsonValue nested = item.value(QStringLiteral("ext")).toObject().value(QStringLiteral("lwt"));
    return nested.isString() ? nested.toString() : item.value(QStringLiteral("ext.lwt")).toString();
}

bool sameTime(const QString &a, const QString &b)
{
    Timestamp ta, tb;
    if (Timestamp::parse(a, &ta) && Timestamp::parse(b, &tb))
        return ta == tb;
    return a == b;
}

} // namespace

ServiceTaskSync::ServiceTaskSync(ServiceTaskStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(http)
    , m_base(baseUrl)
    , m_pageSize(qMax(1, pageSize))
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &ServiceTaskSync::writePulled);
}

void ServiceTaskSync::send(const QByteArray &verb, const QUrl &target, const QByteArray &body,
                           std::function<void(const HttpResult &)> handle)
{
    // The client outlives this engine (the session owns both and deletes the engine once it
    // finishes), and a request sleeping before a retry ends later as cancelled: its
    // callback must then find nobody rather than a deleted engine.
    QPointer<ServiceTaskSync> self(this);
    m_http.send(verb, target, body, [self, handle = std::move(handle)](const HttpResult &result) {
        if (self)
            handle(result);
    });
}

QUrl ServiceTaskSync::url(const QString &id) const
{
    QUrl result = m_base;
    QString path = result.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += collectionPath();
    if (!id.isEmpty())
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    result.setPath(path, QUrl::StrictMode);
    return result;
}

void ServiceTaskSync::start()
{
    m_report = SyncReport();
    m_guard.restart();
    m_remote.clear();
    m_toFetch.clear();
    m_pulled.clear();
    m_stopped = m_finished = false;
    emit phaseChanged(tr("Pulling service tasks"));
    listPage(0);
}

void ServiceTaskSync::cancel()
{
    if (m_finished)
        return;
    m_stopped = true;
    m_report.cancelled = true;
    log(SyncLogLevel::Warning, tr("Sync cancelled; what was applied stays, nothing is half-written."));
    m_http.cancelAll();
    // Every callback returns at once once stopped, whatever phase was running: the
    // engine finishes here, or nobody would.
    done();
}

bool ServiceTaskSync::handleFatal(const HttpResult &result)
{
    if (m_stopped)
        return true;
    if (result.authFailed()) {
        m_report.authFailed = true;
        m_report.fatalError = tr("The ERA server refused the credentials (%1).").arg(result.serverMessage());
    } else if (result.redirectRefused()) {
        // Every request would be sent elsewhere: the server's address must be fixed first.
        m_report.unreachable = true;
        m_report.fatalError = tr("The ERA server cannot be used: %1").arg(result.errorString);
    } else if (result.status == 0 && !result.cancelled) {
        m_report.unreachable = true;
        m_report.fatalError = tr("The ERA server could not be reached: %1").arg(result.errorString);
        for (const QSslError &error : result.sslErrors) {
            m_report.tlsErrors.append(error.errorString());
            if (m_report.untrustedCertificate.isNull() && !error.certificate().isNull())
                m_report.untrustedCertificate = error.certificate();
        }
    } else {
        return false;
    }
    log(SyncLogLevel::Error, m_report.fatalError);
    m_stopped = true;
    m_http.cancelAll();
    done();
    return true;
}

void ServiceTaskSync::listPage(int offset)
{
    QUrl pageUrl = url();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mask"), QStringLiteral("id,ext.lwt"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    // A stable order, so that pages do not overlap or skip while paging. [assumed format]
    query.addQueryItem(QStringLiteral("order"), QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("[\"id\"]"))));
    pageUrl.setQuery(query);
    ++m_report.listPages;
    send("GET", pageUrl, QByteArray(), [this, offset](const HttpResult &result) { listed(offset, result); });
}

void ServiceTaskSync::listed(int offset, const HttpResult &result)
{
    if (m_stopped || handleFatal(result)) {
        if (m_stopped && !m_finished)
            done();
        return;
    }
    // Without the whole list, well-formed, nothing may be taken as deleted: stop the pull here.
    const auto items = result.ok() ? m_guard.accept(result.body) : std::nullopt;
    if (!items) {
        m_report.fatalError = result.ok()
            ? tr("The ERA server sent a list that cannot be used (%1); nothing was changed.").arg(m_guard.error())
            : tr("The ERA server could not list the service tasks: %1").arg(result.serverMessage());
        log(SyncLogLevel::Error, m_report.fatalError);
        done();
        return;
    }
    for (const QJsonValue &value : *items) {
        const QJsonObject item = value.toObject();
        m_remote.insert(item.value(QStringLiteral("id")).toString(), lwtOf(item));
    }
    emit progress(m_remote.size(), m_remote.size());
    if (m_stopped)
        return; // cancelled from a progress slot
    if (items->size() >= m_pageSize)
        listPage(offset + int(items->size()));
    else
        planFetches();
}

void ServiceTaskSync::planFetches()
{
    const QVector<ServiceTaskHead> local = m_store.heads();
    QSet<QString> known;
    for (const ServiceTaskHead &record : local) {
        const QString &id = record.uuid;
        known.insert(id);
        const auto remote = m_remote.constFind(id);
        if (remote == m_remote.constEnd()) {
            // Gone from the server. A record the server never confirmed (no base) is
            // ours alone, even if a create was attempted: the push sends it (again).
            if (record.hasBase) {
                if (m_store.applyRemoteDelete(record.localId)) {
                    ++m_report.remoteDeleted;
                    log(SyncLogLevel::Info, tr("Deleted on the server: %1").arg(record.name));
                }
            }
            continue;
        }
        // A conflict is read again only once the server's copy moved past the one kept
        // beside it: the user decides against the latest version, and a waiting conflict
        // costs no read.
        const bool conflict = record.state == SyncState::Conflict;
        const bool changed = !record.hasBase || (conflict && !record.hasRemote)
                             || !sameTime(conflict ? record.remoteLastWrite : record.baseLastWrite, *remote);
        if (changed)
            m_toFetch.append(id);
    }
    for (auto it = m_remote.constBegin(); it != m_remote.constEnd(); ++it) {
        if (!known.contains(it.key()))
            m_toFetch.append(it.key());
    }
    emit phaseChanged(tr("Reading changed service tasks"));
    emit progress(0, m_toFetch.size());
    m_fetchDone = 0;
    if (m_toFetch.isEmpty()) {
        pushAll();
        return;
    }
    for (int i = 0; i < m_http.options().parallel && !m_toFetch.isEmpty(); ++i)
        fetchNext();
}

void ServiceTaskSync::fetchNext()
{
    if (m_toFetch.isEmpty()) {
        if (m_fetchRunning == 0 && !m_stopped) {
            writePulled();
            pushAll();
        }
        return;
    }
    const QString id = m_toFetch.takeFirst();
    ++m_fetchRunning;
    ++m_report.fetched;
    send("GET", url(id), QByteArray(), [this, id](const HttpResult &result) { fetched(id, result); });
}

void ServiceTaskSync::fetched(const QString &id, const HttpResult &result)
{
    --m_fetchRunning;
    if (m_stopped || handleFatal(result)) {
        if (m_stopped && m_fetchRunning == 0 && !m_finished)
            done();
        return;
    }
    const auto localId = m_store.localIdForUuid(id);
    if (result.status == 404) {
        // Deleted between the list and the read.
        if (localId && m_store.applyRemoteDelete(*localId))
            ++m_report.remoteDeleted;
    } else {
        DecodeError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        const auto task = result.ok() && document.isObject() ? ServiceTaskCodec::decode(document.object(), &error)
                                                              : std::nullopt;
        if (!task) {
            ++m_report.failed;
            log(SyncLogLevel::Error, result.ok() ? tr("Service task %1: the server sent data that cannot be read (%2); kept as it was.")
                                           .arg(id, error.message.isEmpty() ? tr("not a JSON object") : error.toString())
                                     : tr("Service task %1: %2").arg(id, result.serverMessage()));
        } else if (task->id != id) {
            // Stored under its own id it would replace another record, or add a stranger.
            ++m_report.failed;
            log(SyncLogLevel::Error, tr("Service task %1: the server answered with service task %2 instead; kept as it was.")
                                         .arg(id, task->id));
        } else if (!localId) {
            m_pulled.append(*task);
            if (m_pulled.size() >= kBatchRows)
                writePulled();
            else if (!m_batchTimer.isActive())
                m_batchTimer.start();
        } else {
            applyChanged(*localId, *task);
        }
    }
    ++m_fetchDone;
    emit progress(m_fetchDone, m_fetchDone + int(m_toFetch.size()) + m_fetchRunning);
    fetchNext();
}

void ServiceTaskSync::applyChanged(qint64 localId, const ServiceTask &task)
{
    if (!m_store.applyPulled(localId, task))
        return;
    ++m_report.pulledChanged;
    const auto stored = m_store.get(localId);
    const bool conflict = stored && stored->state == SyncState::Conflict;
    log(conflict ? SyncLogLevel::Warning : SyncLogLevel::Info,
        conflict ? tr("Conflict: %1 — %2").arg(task.name, stored->syncError) : tr("Received changes: %1").arg(task.name));
}

void ServiceTaskSync::writePulled()
{
    m_batchTimer.stop();
    if (m_pulled.isEmpty())
        return;
    const QVector<ServiceTask> tasks = std::exchange(m_pulled, {});
    QVector<ServiceTask> appeared; // stored here meanwhile (an import): merged like a changed record
    QStringList names;
    QString error;
    {
        ServiceTaskBatch batch(m_store, int(tasks.size()), ServiceTaskBatch::Indexing::RowByRow);
        for (const ServiceTask &task : tasks) {
            if (batch.localIdFor(task.id)) {
                appeared.append(task);
            } else if (batch.insertPulled(task)) {
                names.append(task.name);
            } else {
                break;
            }
        }
        if (!batch.commit())
            error = batch.errorString();
    }
    if (!error.isEmpty()) {
        // Nothing of the batch was written: the next sync reads these records again.
        m_report.failed += int(tasks.size() - appeared.size());
        log(SyncLogLevel::Error, tr("%n received service task(s) could not be stored (%1); the next sync reads them again.",
                                    nullptr, int(tasks.size() - appeared.size())).arg(error));
    } else {
        m_report.pulledNew += int(names.size());
        for (const QString &name : std::as_const(names))
            log(SyncLogLevel::Info, tr("Received new: %1").arg(name));
    }
    for (const ServiceTask &task : std::as_const(appeared)) {
        if (const auto localId = m_store.localIdForUuid(task.id))
            applyChanged(*localId, task);
    }
}

void ServiceTaskSync::pushAll()
{
    if (m_stopped)
        return;
    emit phaseChanged(tr("Pushing service tasks"));
    QVector<StoredServiceTask> pending;
    const QVector<StoredServiceTask> all = m_store.toPush(); // less held records, within a push scope
    for (const StoredServiceTask &record : all) {
        switch (record.state) {
        case SyncState::Clean:
        case SyncState::Error: // refused before; an edit makes it pending again
            break;
        case SyncState::Conflict:
            ++m_report.conflicts;
            break;
        case SyncState::Deleted:
            pending.append(record);
            break;
        case SyncState::New:
        case SyncState::Modified:
            if (!record.valid) {
                ++m_report.invalid;
                log(SyncLogLevel::Warning, tr("Not sent, still a draft with errors: %1").arg(record.local.name));
            } else {
                pending.append(record);
            }
            break;
        }
    }
    m_pushTotal = pending.size();
    m_pushDone = 0;
    emit progress(0, m_pushTotal);
    if (pending.isEmpty()) {
        done();
        return;
    }
    for (const StoredServiceTask &record : pending)
        pushOne(record);
}

void ServiceTaskSync::pushOne(const StoredServiceTask &record)
{
    const qint64 localId = record.localId;
    const qint64 revision = record.revision;
    const QString name = record.local.name;
    if (record.state == SyncState::Deleted) {
        send("DELETE", url(record.local.id), QByteArray(), [this, localId, name](const HttpResult &result) {
            if (m_stopped || handleFatal(result))
                return;
            if (result.ok() || result.status == 404) { // 404: already gone, which is what was asked
                m_store.dropDeleted(localId);
                ++m_report.pushedDeleted;
                log(SyncLogLevel::Info, tr("Deleted on the server: %1").arg(name));
            } else if (result.transient()) {
                // The server may take it later: the record stays deleted, the next sync sends it again.
                ++m_report.failed;
                log(SyncLogLevel::Error, tr("Not deleted yet: %1 — %2; it will be sent again next time.")
                                             .arg(name, result.serverMessage()));
            } else {
                ++m_report.failed;
                m_store.markFailed(localId, result.serverMessage(), SyncEvent::DeleteRefused);
                log(SyncLogLevel::Error, tr("Not deleted: %1 — %2").arg(name, result.serverMessage()));
            }
            step();
        });
        return;
    }
    if (record.state == SyncState::New || !record.base) {
        if (!record.pushAttempted) {
            post(record);
            return;
        }
        // An earlier create may have reached the server with its answer lost: ask first.
        const QString id = record.local.id;
        send("GET", url(id), QByteArray(), [this, record](const HttpResult &result) {
            if (m_stopped || handleFatal(result))
                return;
            if (result.status == 404) {
                post(record);
                return;
            }
            pushed(record.localId, record.revision, result, tr("Created on the server"));
        });
        return;
    }
    // Changed fields only, never the id (the server refuses it) nor the server's ext.
    const QJsonObject from = ServiceTaskCodec::encode(*record.base);
    const QJsonObject to = ServiceTaskCodec::encode(record.local);
    QJsonObject patch;
    for (const QString &field : ThreeWayMerge::changedFields(from, to)) {
        if (field != QLatin1String("id") && field != QLatin1String("ext"))
            patch.insert(field, to.value(field));
    }
    if (patch.isEmpty()) {
        m_store.markSynced(localId, revision, *record.base);
        step();
        return;
    }
    // Remembered first: if the answer is lost, the next pull merges against what it may have left.
    m_store.setPushAttempted(localId, revision, record.local);
    send("PATCH", url(record.local.id), QJsonDocument(patch).toJson(QJsonDocument::Compact),
                [this, localId, revision](const HttpResult &result) {
                    pushed(localId, revision, result, tr("Updated on the server"));
                });
}

void ServiceTaskSync::post(const StoredServiceTask &record)
{
    // Remember the attempt first: if the answer is lost, the next sync asks before posting.
    m_store.setPushAttempted(record.localId, record.revision, record.local);
    QJsonObject body = ServiceTaskCodec::encode(record.local);
    body.remove(QStringLiteral("ext"));
    const qint64 localId = record.localId, revision = record.revision;
    const QString id = record.local.id;
    send("POST", url(), QJsonDocument(body).toJson(QJsonDocument::Compact),
                [this, localId, revision, id](const HttpResult &result) {
                    if (result.status == 409 && !m_stopped) {
                        // The id is made here, so "already exists" means an earlier attempt of
                        // ours arrived after all (a late request): take the server's copy.
                        send("GET", url(id), QByteArray(), [this, localId, revision](const HttpResult &existing) {
                            pushed(localId, revision, existing, tr("Created on the server"));
                        });
                        return;
                    }
                    pushed(localId, revision, result, tr("Created on the server"));
                });
}

void ServiceTaskSync::pushed(qint64 localId, qint64 revision, const HttpResult &result, const QString &what)
{
    if (m_stopped || handleFatal(result))
        return;
    const auto current = m_store.get(localId);
    const QString name = current ? current->local.name : QString();
    DecodeError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    const auto server = result.ok() && document.isObject() ? ServiceTaskCodec::decode(document.object(), &error)
                                                            : std::nullopt;
    if (server && current && server->id != current->local.id) {
        // An answer about another record: nothing is marked, the next sync tries again.
        ++m_report.failed;
        log(SyncLogLevel::Error, tr("No usable answer for %1 (the server answered with service task %2); it will be sent again next time.")
                         .arg(name, server->id));
    } else if (server) {
        confirmed(localId, revision, *server, what, name);
    } else if (result.ok() || result.transient()) {
        // Malformed answer or retries exhausted: nothing is marked, the next sync tries again.
        ++m_report.failed;
        log(SyncLogLevel::Error, tr("No usable answer for %1 (%2); it will be sent again next time.")
                         .arg(name, result.ok() ? tr("not a service task") : result.serverMessage()));
    } else {
        ++m_report.failed;
        m_store.markFailed(localId, result.serverMessage());
        log(SyncLogLevel::Error, tr("Refused by the server: %1 — %2").arg(name, result.serverMessage()));
    }
    step();
}

void ServiceTaskSync::confirmed(qint64 localId, qint64 revision, const ServiceTask &server, const QString &what,
                                const QString &name)
{
    if (!m_store.markSynced(localId, revision, server)) {
        ++m_report.failed;
        log(SyncLogLevel::Error, tr("The answer for %1 could not be stored (%2); it will be sent again next time.")
                                     .arg(name, m_store.errorString()));
        return;
    }
    ++(what == tr("Created on the server") ? m_report.pushedCreated : m_report.pushedUpdated);
    log(SyncLogLevel::Info, QStringLiteral("%1: %2").arg(what, name));
    // Deleted here while the push was out: the delete goes now, not a sync later.
    const auto now = m_store.get(localId);
    if (now && now->state == SyncState::Deleted) {
        ++m_pushTotal;
        pushOne(*now);
    }
}

void ServiceTaskSync::step()
{
    emit progress(++m_pushDone, m_pushTotal);
    if (m_pushDone >= m_pushTotal)
        done();
}

void ServiceTaskSync::done()
{
    if (m_finished)
        return;
    // Records received before a cancel or a fatal error are whole: they are kept.
    writePulled();
    m_finished = true;
    emit finished(m_report);
}
