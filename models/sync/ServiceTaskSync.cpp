#include "sync/ServiceTaskSync.h"

#include "json/ServiceTaskCodec.h"
#include "storage/Database.h"
#include "storage/ServiceTaskStore.h"
#include "sync/HttpClient.h"
#include "sync/RemoteChangeWriter.h"
#include "sync/ThreeWayMerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    if (a == b)
        return true; // the common case of a re-sync, without parsing two time stamps
    Timestamp ta, tb;
    if (Timestamp::parse(a, &ta) && Timestamp::parse(b, &tb))
        return ta == tb;
    return a == b;
}

} // namespace

ServiceTaskSync::ServiceTaskSync(ServiceTaskStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                                 QObject *parent)
    : SyncEngine(http, baseUrl, pageSize, parent)
    , m_store(store)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchMs);
    connect(&m_batchTimer, &QTimer::timeout, this, [this] { handOver(false); });
    m_writerThread.setObjectName(QStringLiteral("pull writer"));
    m_announceTimer.setSingleShot(true);
    m_announceTimer.setInterval(kAnnounceMs);
    connect(&m_announceTimer, &QTimer::timeout, this, &ServiceTaskSync::announcePending);
}

ServiceTaskSync::~ServiceTaskSync()
{
    // Batches not begun yet are dropped (read again next time); results posted here are
    // dropped with this object.
    m_writerThread.requestInterruption();
    m_writerThread.quit();
    m_writerThread.wait();
}

QUrl ServiceTaskSync::url(const QString &id) const
{
    return endpoint(id.isEmpty() ? collectionPath()
                                 : collectionPath() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

void ServiceTaskSync::begin()
{
    m_remote.clear();
    m_localIds.clear();
    m_unreadChanged.clear();
    m_toFetch.clear();
    m_pulled.clear();
    m_afterWrites = {};
    m_newLines.reset();
    if (!m_writer) {
        m_writer = new PulledTaskWriter(m_store.database().path(), m_writeBudgetMs, m_batchHook);
        m_writer->moveToThread(&m_writerThread);
        connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
        connect(m_writer, &PulledTaskWriter::written, this, &ServiceTaskSync::written);
        m_writerThread.start();
    }
    emit phaseChanged(tr("Pulling service tasks"));
    listPage(0);
}

QString ServiceTaskSync::stopText(Stop why, const QString &detail) const
{
    switch (why) {
    case Stop::CredentialsRefused: return tr("The ERA server refused the credentials (%1).").arg(detail);
    case Stop::RedirectRefused: return tr("The ERA server cannot be used: %1").arg(detail);
    case Stop::ListUnusable: return tr("The ERA server sent a list that cannot be used (%1); nothing was changed.").arg(detail);
    case Stop::ListFailed: return tr("The ERA server could not list the service tasks: %1").arg(detail);
    case Stop::Unreachable: break;
    }
    return tr("The ERA server could not be reached: %1").arg(detail);
}

void ServiceTaskSync::listPage(int offset)
{
    QUrl pageUrl = url();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mask"), QStringLiteral("id,ext.lwt"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize()));
    // A stable order, so that pages do not overlap or skip while paging. [assumed format]
    query.addQueryItem(QStringLiteral("order"), QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("[\"id\"]"))));
    pageUrl.setQuery(query);
    ++m_report.listPages;
    request("GET", pageUrl, QByteArray(), [this, offset](const HttpResult &result) { listed(offset, result); });
}

void ServiceTaskSync::listed(int offset, const HttpResult &result)
{
    const auto items = acceptPage(result);
    if (!items)
        return;
    for (const QJsonValue &value : *items) {
        const QJsonObject item = value.toObject();
        m_remote.insert(item.value(QStringLiteral("id")).toString(), lwtOf(item));
    }
    emit progress(m_remote.size(), m_remote.size());
    if (stopped())
        return; // cancelled from a progress slot
    if (endsListing(*items))
        planFetches();
    else
        listPage(offset + int(items->size()));
}

void ServiceTaskSync::planFetches()
{
    const QVector<ServiceTaskHead> local = m_store.heads();
    m_localIds.reserve(local.size());
    for (const ServiceTaskHead &record : local) {
        const QString &id = record.uuid;
        m_localIds.insert(id, record.localId);
        const auto remote = m_remote.constFind(id);
        if (remote == m_remote.constEnd()) {
            // Not listed. A record the server never confirmed (no base) is ours alone, even
            // if a create was attempted: the push sends it (again). One it had is read: a
            // record deleted there while the listing paged moves the later ones back, so
            // one of them is on no page; only a 404 says it is gone. A conflict with the
            // server's delete waits for the user, unread.
            const bool deleteKnown = record.state == SyncState::Conflict && !record.hasRemote;
            if (record.hasBase && !deleteKnown)
                m_toFetch.append(id);
            continue;
        }
        // Listed after a DELETE of an earlier sync went out: it did not land. Its note (which
        // makes a later absence a conflict, as after an undone delete that landed) goes.
        if (record.deleteNoted && !m_store.setPushAttempted(record.localId, 0))
            log(SyncLogLevel::Warning, tr("Service task %1: %2").arg(id, m_store.errorString()));
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
        if (!m_localIds.contains(it.key()))
            m_toFetch.append(it.key());
    }
    emit phaseChanged(tr("Reading changed service tasks"));
    readEach(int(m_toFetch.size()), [this](int i) { fetch(m_toFetch.at(i)); }, [this] {
        afterWrites([this] { pushAll(); });
    });
}

void ServiceTaskSync::fetch(const QString &id)
{
    ++m_report.fetched;
    request("GET", url(id), QByteArray(), [this, id](const HttpResult &result) { fetched(id, result); });
}

void ServiceTaskSync::fetched(const QString &id, const HttpResult &result)
{
    if (handleFatal(result))
        return;
    const qint64 localId = m_localIds.value(id, -1); // -1: not here
    if (result.status == 404) {
        // Deleted there: not listed, or deleted between the list and the read.
        if (localId >= 0)
            deletedThere(localId);
    } else if (localId < 0 && result.ok()) {
        // New here: the worker reads and writes it.
        m_pulled.append({id, result.body});
        if (m_pulled.size() >= kBatchRows)
            handOver(false);
        else if (!m_batchTimer.isActive())
            m_batchTimer.start();
    } else {
        DecodeError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        const auto task = result.ok() && document.isObject() ? ServiceTaskCodec::decode(document.object(), &error)
                                                              : std::nullopt;
        if (!task)
            unread(id, result.ok() ? (error.message.isEmpty() ? QString() : error.toString()) : result.serverMessage(), result.ok());
        else if (task->id != id)
            answeredOther(id, task->id);
        else
            applyChanged(localId, *task);
    }
    readDone();
}

void ServiceTaskSync::deletedThere(qint64 localId)
{
    const auto before = m_store.get(localId);
    bool conflict = false;
    if (!before || !applyDeletedThere(localId, &conflict))
        return;
    ++m_report.remoteDeleted;
    // A conflict is counted by the push, which skips it.
    if (!conflict)
        log(SyncLogLevel::Info, tr("Deleted on the server: %1").arg(before->local.name));
}

bool ServiceTaskSync::applyDeletedThere(qint64 localId, bool *conflict)
{
    *conflict = false;
    if (!RemoteChangeWriter::applyRemoteDelete(m_store, localId))
        return false;
    const auto after = m_store.get(localId);
    *conflict = after && after->state == SyncState::Conflict;
    if (*conflict)
        log(SyncLogLevel::Warning, tr("Conflict: %1 — %2").arg(after->local.name, after->syncError));
    return true;
}

void ServiceTaskSync::unread(const QString &id, const QString &why, bool answered)
{
    m_unreadChanged.insert(id);
    ++m_report.failed;
    log(SyncLogLevel::Error, answered ? tr("Service task %1: the server sent data that cannot be read (%2); kept as it was.")
                                            .arg(id, why.isEmpty() ? tr("not a JSON object") : why)
                                      : tr("Service task %1: %2").arg(id, why));
}

void ServiceTaskSync::answeredOther(const QString &id, const QString &other)
{
    // Stored under its own id it would replace another record, or add a stranger.
    m_unreadChanged.insert(id);
    ++m_report.failed;
    log(SyncLogLevel::Error, tr("Service task %1: the server answered with service task %2 instead; kept as it was.")
                                 .arg(id, other));
}

void ServiceTaskSync::applyChanged(qint64 localId, const ServiceTask &task)
{
    if (!RemoteChangeWriter::applyPulled(m_store, localId, task))
        return;
    ++m_report.pulledChanged;
    const auto stored = m_store.get(localId);
    const bool conflict = stored && stored->state == SyncState::Conflict;
    log(conflict ? SyncLogLevel::Warning : SyncLogLevel::Info,
        conflict ? tr("Conflict: %1 — %2").arg(task.name, stored->syncError) : tr("Received changes: %1").arg(task.name));
}

void ServiceTaskSync::handOver(bool commit)
{
    m_batchTimer.stop();
    // The worker may hold records of earlier handovers in its open batch.
    if (m_pulled.isEmpty() && !(commit && m_handedOver > 0))
        return;
    m_handedOver += int(m_pulled.size());
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, tasks = std::exchange(m_pulled, {}), commit] {
        writer->write(tasks, commit);
    }, Qt::QueuedConnection);
}

void ServiceTaskSync::afterWrites(std::function<void()> then)
{
    handOver(true);
    if (m_handedOver == 0) {
        announcePending();
        then();
    } else {
        m_afterWrites = std::move(then);
    }
}

bool ServiceTaskSync::flush()
{
    if (!m_writer)
        return true; // never started
    handOver(true);
    if (m_handedOver == 0) {
        announcePending();
        sayUnloggedNew();
        return true;
    }
    m_afterWrites = [this] { // instead of a push: the sync stopped
        sayUnloggedNew();
        flushed();
    };
    return false;
}

void ServiceTaskSync::written(const PulledTaskWriter::Batch &batch)
{
    m_handedOver -= batch.taken;
    for (const auto &[id, why] : batch.unreadable)
        unread(id, why, true);
    for (const auto &[id, other] : batch.strangers)
        answeredOther(id, other);
    const int failed = batch.refused();
    if (!batch.error.isEmpty()) {
        // Nothing of the batch was written: the next sync reads these records again.
        m_report.failed += failed;
        log(SyncLogLevel::Error, tr("%n received service task(s) could not be stored (%1); the next sync reads them again.",
                                    nullptr, failed).arg(batch.error));
    } else if (!batch.names.isEmpty()) {
        m_report.pulledNew += int(batch.names.size());
        for (const QString &name : batch.names)
            if (m_newLines.take())
                log(SyncLogLevel::Info, tr("Received new: %1").arg(name));
        m_written += batch.localIds;
        if (m_announceTimer.isActive())
            m_announcePending = true;
        else
            announceRows();
    }
    for (const ServiceTask &task : batch.appeared) {
        if (const auto localId = m_store.localIdForUuid(task.id))
            applyChanged(*localId, task);
    }
    if (m_handedOver == 0 && m_pulled.isEmpty() && m_afterWrites) {
        announcePending();
        std::exchange(m_afterWrites, {})();
    }
}

// The pull's rows are shown before it goes on or ends, and once the interval is over.
void ServiceTaskSync::announcePending()
{
    if (std::exchange(m_announcePending, false))
        announceRows();
}

void ServiceTaskSync::announceRows()
{
    m_announceTimer.start();
    // Written through another connection: views add these rows (or read theirs again).
    m_store.announceAdded(std::exchange(m_written, {}));
}

void ServiceTaskSync::sayUnloggedNew()
{
    if (const int unlogged = m_newLines.takeUnlogged())
        log(SyncLogLevel::Info, tr("Received %n more new service task(s), not named one by one.", nullptr, unlogged));
}

void ServiceTaskSync::pushAll()
{
    sayUnloggedNew();
    if (stopped())
        return;
    emit phaseChanged(tr("Pushing service tasks"));
    QVector<StoredServiceTask> pending;
    const QVector<StoredServiceTask> all = m_store.toPush(); // less held records, within a push scope
    for (const StoredServiceTask &record : all) {
        if (record.base && m_unreadChanged.contains(record.local.id)) {
            log(SyncLogLevel::Warning, tr("Not sent: %1 — it changed on the server and could not be read; it will be sent next time.")
                                           .arg(record.local.name));
            continue;
        }
        if (pushAs(record.state, record.valid, record.local.name) != PushAs::Skip)
            pending.append(record); // a DELETE, a POST or a PATCH
    }
    startPush(int(pending.size()));
    if (pending.isEmpty()) {
        finish();
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
        // Noted first (no copy sent: a DELETE): if the answer is lost and the user undoes the
        // delete, the next pull does not take the record's absence there for a clean delete.
        // A record never synced keeps the note of its create, which says as much.
        if (record.base)
            m_store.setPushAttempted(localId, revision);
        request("DELETE", url(record.local.id), QByteArray(), [this, localId, name](const HttpResult &result) {
            if (handleFatal(result))
                return;
            const auto now = m_store.get(localId);
            if ((result.ok() || result.status == 404) && now && now->state != SyncState::Deleted) {
                // Restored here while the DELETE was out, and gone there now: not dropped, the
                // user decides (a record never synced is created again).
                bool conflict = false;
                if (applyDeletedThere(localId, &conflict) && conflict)
                    ++m_report.conflicts;
            } else if (result.ok() || result.status == 404) { // 404: already gone, which is what was asked
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
        request("GET", url(id), QByteArray(), [this, record](const HttpResult &result) {
            if (handleFatal(result))
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
    send("PATCH", url(record.local.id), patch, true, [this, localId, revision](const HttpResult &result) {
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
    send("POST", url(), body, true, [this, localId, revision, id](const HttpResult &result) {
        if (result.status == 409) {
            // The id is made here, so "already exists" means an earlier attempt of
            // ours arrived after all (a late request): take the server's copy.
            request("GET", url(id), QByteArray(), [this, localId, revision](const HttpResult &existing) {
                pushed(localId, revision, existing, tr("Created on the server"));
            });
            return;
        }
        pushed(localId, revision, result, tr("Created on the server"));
    });
}

void ServiceTaskSync::pushed(qint64 localId, qint64 revision, const HttpResult &result, const QString &what)
{
    if (handleFatal(result))
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
        addPush();
        pushOne(*now);
    }
}

void ServiceTaskSync::step()
{
    if (pushDone())
        finish();
}
