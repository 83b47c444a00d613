#include "storage/ServiceTaskStore.h"

#include "domain/Validator.h"
#include "json/ServiceTaskCodec.h"
#include "storage/Database.h"
#include "storage/ServiceTaskColumns.h"
#include "storage/SqlValues.h"
#include "storage/SyncTransitions.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString kColumns = QStringLiteral(
    "local_id, local_json, base_json, sync_state, sync_error, revision, valid, remote_json, push_attempted,"
    " conflict_kind, held, posted_json");

QString toJson(const ServiceTask &task)
{
    return ServiceTaskColumns::json(task);
}

std::optional<ServiceTask> fromJson(const QString &json)
{
    DecodeError error;
    return ServiceTaskCodec::decode(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
}

// The columns the views read, derived from the local copy.
void bindDerived(QSqlQuery &q, const ServiceTask &t)
{
    const QStringList &names = ServiceTaskColumns::names();
    const QVariantList values = ServiceTaskColumns::values(
        t, Validator::validate(t).isEmpty(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    for (int i = 0; i < names.size(); ++i)
        q.bindValue(QLatin1Char(':') + names.at(i), values.at(i));
}

const QString kDerivedAssignments = QStringLiteral(
    "name=:name, isenabled=:isenabled, svcscriptcode=:svcscriptcode, sitemode=:sitemode,"
    " sites=:sites, isregular=:isregular, overlap=:overlap, intervalsec=:intervalsec,"
    " dtstart=:dtstart, dtstop=:dtstop, schedule=:schedule, title=:title, comment=:comment,"
    " created=:created, lastwrite=:lastwrite, local_json=:local_json, valid=:valid,"
    " modified_at=:modified_at, name_key=:name_key, title_key=:title_key, search_text=:search_text");

} // namespace

ServiceTaskStore::ServiceTaskStore(Database &db, QObject *parent)
    : RecordStore(db, QStringLiteral("svctask"), parent)
{
}

std::optional<qint64> ServiceTaskStore::create(const ServiceTask &input, std::optional<qint64> localId)
{
    ServiceTask task = input;
    if (task.id.isEmpty())
        task.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    return insertNew(QStringLiteral("uuid, name, isenabled, svcscriptcode, sitemode, sites, isregular, overlap,"
                                    " intervalsec, dtstart, dtstop, schedule, title, comment, created, lastwrite,"
                                    " local_json, valid, modified_at, name_key, title_key, search_text"),
                     QStringLiteral(":uuid, :name, :isenabled, :svcscriptcode, :sitemode, :sites, :isregular, :overlap,"
                                    " :intervalsec, :dtstart, :dtstop, :schedule, :title, :comment, :created, :lastwrite,"
                                    " :local_json, :valid, :modified_at, :name_key, :title_key, :search_text"),
                     localId, [&](QSqlQuery &q) {
                         q.bindValue(QStringLiteral(":uuid"), SqlValues::text(task.id));
                         bindDerived(q, task);
                     });
}

bool ServiceTaskStore::saveLocal(qint64 localId, const ServiceTask &task)
{
    return writeRecord(localId, [&] {
        const auto current = get(localId);
        if (!current)
            return fail(goneText());
        if (task.id != current->local.id)
            return fail(tr("The id of a service task cannot be changed."));

        const bool differs = !current->base || ServiceTaskCodec::encode(*current->base) != ServiceTaskCodec::encode(task);
        const SyncState state = SyncStates::afterLocalEdit(current->state, current->base.has_value(), differs);

        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE svctask SET %1, sync_state=:sync_state, sync_error=:sync_error,"
                                 " revision=revision+1 WHERE local_id=:local_id").arg(kDerivedAssignments));
        bindDerived(q, task);
        q.bindValue(QStringLiteral(":sync_state"), static_cast<int>(state));
        // An edit answers a refusal; the next push tells whether it did.
        q.bindValue(QStringLiteral(":sync_error"), SqlValues::text(state == SyncState::Conflict ? current->syncError : QString()));
        q.bindValue(QStringLiteral(":local_id"), localId);
        return q.exec() || failQuery(q);
    });
}

bool ServiceTaskStore::remove(qint64 localId)
{
    const auto current = get(localId);
    if (!current)
        return fail(goneText());
    // A create that may have reached the server must be deleted there too: the record is
    // kept as Deleted until a DELETE (404 included) confirms it is gone.
    return removeRecord(localId, current->base.has_value() || current->pushAttempted);
}

bool ServiceTaskStore::markSynced(qint64 localId, qint64 sentRevision, const ServiceTask &serverCopy)
{
    return writeRecord(localId, [&] {
        const auto current = get(localId);
        if (!current)
            return fail(goneText());

        const bool untouched = current->revision == sentRevision;
        const ServiceTask local = untouched ? serverCopy : current->local;
        const bool differs = ServiceTaskCodec::encode(local) != ServiceTaskCodec::encode(serverCopy);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE svctask SET %1, uuid=:uuid, base_json=:base_json, remote_json=NULL,"
                                 " push_attempted=0, posted_json=NULL, sync_state=:sync_state, sync_error=''"
                                 " WHERE local_id=:local_id")
                      .arg(kDerivedAssignments));
        bindDerived(q, local);
        q.bindValue(QStringLiteral(":uuid"), local.id);
        q.bindValue(QStringLiteral(":base_json"), toJson(serverCopy));
        // A delete made while the push was out stays a delete (SyncTransitions).
        q.bindValue(QStringLiteral(":sync_state"),
                    static_cast<int>(SyncTransitions::after(
                        current->state, differs ? SyncEvent::AnswerDiffersLocal : SyncEvent::AnswerMatchesLocal)));
        q.bindValue(QStringLiteral(":local_id"), localId);
        return q.exec() || failQuery(q);
    });
}

std::optional<qint64> ServiceTaskStore::insertPulled(const ServiceTask &serverCopy)
{
    return insertClean([&] { return create(serverCopy); }, QStringLiteral("base_json=local_json"));
}

bool ServiceTaskStore::writeSyncState(qint64 localId, const ServiceTask &local, const std::optional<ServiceTask> &base,
                                      const std::optional<ServiceTask> &remote, SyncState state, const QString &error,
                                      ConflictKind conflict)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE svctask SET %1, base_json=:base_json, remote_json=:remote_json,"
                             " sync_state=:sync_state, sync_error=:sync_error, conflict_kind=:conflict_kind,"
                             " push_attempted=0, posted_json=NULL WHERE local_id=:local_id").arg(kDerivedAssignments));
    q.bindValue(QStringLiteral(":conflict_kind"), static_cast<int>(state == SyncState::Conflict ? conflict : ConflictKind::None));
    bindDerived(q, local);
    q.bindValue(QStringLiteral(":base_json"), base ? QVariant(toJson(*base)) : QVariant());
    q.bindValue(QStringLiteral(":remote_json"), remote ? QVariant(toJson(*remote)) : QVariant());
    q.bindValue(QStringLiteral(":sync_state"), static_cast<int>(state));
    q.bindValue(QStringLiteral(":sync_error"), SqlValues::text(error));
    q.bindValue(QStringLiteral(":local_id"), localId);
    return q.exec() || failQuery(q);
}

bool ServiceTaskStore::writeSyncState(const StoredServiceTask &current, const SyncWrite<ServiceTask> &write)
{
    return writeSyncState(current.localId, write.local, write.base, write.remote, write.state, write.error,
                          write.conflict);
}

bool ServiceTaskStore::setPushAttempted(qint64 localId, qint64 sentRevision, const std::optional<ServiceTask> &posted)
{
    return writePushAttempted(localId, sentRevision, posted ? toJson(*posted) : QString());
}

bool ServiceTaskStore::dropDeleted(qint64 localId)
{
    if (!deleteRow(localId))
        return false;
    emit removed(localId);
    return true;
}

bool ServiceTaskStore::resolveConflict(qint64 localId, const ServiceTask &resolved)
{
    return writeRecord(localId, [&] {
        const auto current = get(localId);
        if (!current)
            return fail(goneText());
        // A conflict without the server's copy is "changed here, deleted there": keeping
        // the record means creating it again, so it has no base any more.
        const bool deletedThere = current->state == SyncState::Conflict && current->conflictKind == ConflictKind::DeletedThere;
        const std::optional<ServiceTask> base = deletedThere ? std::nullopt : current->remote ? current->remote : current->base;
        const bool differs = !base || ServiceTaskCodec::encode(*base) != ServiceTaskCodec::encode(resolved);
        const SyncState state = !base ? SyncState::New : differs ? SyncState::Modified : SyncState::Clean;
        return writeSyncState(localId, resolved, base, std::nullopt, state, QString()) && bumpRevision(localId);
    });
}

StoredServiceTask ServiceTaskStore::read(const QSqlQuery &q) const
{
    StoredServiceTask s;
    s.localId = q.value(0).toLongLong();
    s.local = fromJson(q.value(1).toString()).value_or(ServiceTask());
    if (!q.value(2).isNull())
        s.base = fromJson(q.value(2).toString());
    s.state = SyncStates::fromInt(q.value(3).toInt());
    s.syncError = q.value(4).toString();
    s.revision = q.value(5).toLongLong();
    s.valid = q.value(6).toBool();
    if (!q.value(7).isNull())
        s.remote = fromJson(q.value(7).toString());
    s.pushAttemptedRevision = q.value(8).toLongLong();
    s.pushAttempted = s.pushAttemptedRevision > 0;
    if (!q.value(11).isNull())
        s.posted = fromJson(q.value(11).toString());
    if (s.state == SyncState::Conflict)
        s.conflictKind = static_cast<ConflictKind>(q.value(9).toInt());
    s.held = q.value(10).toBool();
    return s;
}

std::optional<StoredServiceTask> ServiceTaskStore::get(qint64 localId) const
{
    std::optional<StoredServiceTask> record;
    forRowOf(localId, kColumns, [&](const QSqlQuery &q) { record = read(q); });
    return record;
}

QVector<StoredServiceTask> ServiceTaskStore::getMany(const QVector<qint64> &localIds) const
{
    QVector<StoredServiceTask> result;
    if (!localIds.isEmpty())
        forEachRow(m_table.selectByIds(kColumns, localIds), [&](const QSqlQuery &q) { result.append(read(q)); });
    return result;
}

std::optional<qint64> ServiceTaskStore::localIdForUuid(const QString &uuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT local_id FROM svctask WHERE uuid=:uuid"));
    q.bindValue(QStringLiteral(":uuid"), SqlValues::text(uuid));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QVector<StoredServiceTask> ServiceTaskStore::all(bool includeDeleted) const
{
    QVector<StoredServiceTask> result;
    forEachRow(m_table.selectAll(kColumns, includeDeleted), [&](const QSqlQuery &q) { result.append(read(q)); });
    return result;
}

QVector<StoredServiceTask> ServiceTaskStore::inOrder(const QVector<qint64> &localIds) const
{
    QVector<StoredServiceTask> records = getMany(localIds);
    sortByLocalId(records);
    return records;
}

QVector<ServiceTaskHead> ServiceTaskStore::heads() const
{
    QVector<ServiceTaskHead> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT local_id, uuid, name, base_json IS NOT NULL,"
                               " CASE WHEN json_valid(base_json) THEN json_extract(base_json, '$.ext.lwt') END,"
                               " sync_state, remote_json IS NOT NULL,"
                               " CASE WHEN json_valid(remote_json) THEN json_extract(remote_json, '$.ext.lwt') END,"
                               " push_attempted > 0 AND posted_json IS NULL"
                               " FROM svctask"))) {
        failQuery(q);
        return result;
    }
    auto text = [](const QVariant &v) { return v.userType() == QMetaType::QString ? v.toString() : QString(); };
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                       text(q.value(4)), SyncStates::fromInt(q.value(5).toInt()), q.value(6).toBool(),
                       text(q.value(7)), q.value(8).toBool()});
    }
    return result;
}
