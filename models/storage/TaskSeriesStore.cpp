#include "storage/TaskSeriesStore.h"

#include "domain/LocalKeys.h"
#include "domain/Validator.h"
#include "json/TaskSeriesCodec.h"
#include "storage/Database.h"
#include "storage/ExecutionSeriesMap.h"
#include "storage/SqlValues.h"
#include "storage/SyncTransitions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral(
    "local_id, local_json, base_json, sync_state, sync_error, revision, valid, history_json,"
    " remote_json, push_attempted, execution_id, executions_digest, posted_json, conflict_kind,"
    " last_execution_id, held");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// The top-level fields only: steps and actions live in their own tables.
QString topLevelJson(const TaskSeries &series)
{
    QJsonObject o = TaskSeriesCodec::encode(series);
    o.remove(QStringLiteral("steps"));
    return compact(o);
}

void bindDerived(QSqlQuery &q, const TaskSeries &s)
{
    q.bindValue(QStringLiteral(":name"), SqlValues::text(s.name));
    q.bindValue(QStringLiteral(":description"), s.description ? QVariant(*s.description) : QVariant());
    q.bindValue(QStringLiteral(":priority"), SqlValues::text(s.priority));
    q.bindValue(QStringLiteral(":start_at"), SqlValues::sortableTime(s.startAt));
    q.bindValue(QStringLiteral(":end_at"), SqlValues::sortableTime(s.endAt));
    q.bindValue(QStringLiteral(":osr"), s.orderStepsRequired ? 1 : 0);
    q.bindValue(QStringLiteral(":str"), s.strictTimeRequired ? 1 : 0);
    q.bindValue(QStringLiteral(":deadlined"), s.deadlined ? 1 : 0);
    q.bindValue(QStringLiteral(":tags"), SqlValues::text(s.tags.join(QStringLiteral(", "))));
    q.bindValue(QStringLiteral(":assignee_count"), s.assigneeIds.size());
    q.bindValue(QStringLiteral(":location_id"), SqlValues::text(s.locationId));
    q.bindValue(QStringLiteral(":step_count"), s.steps.size());
    q.bindValue(QStringLiteral(":local_json"), topLevelJson(s));
    q.bindValue(QStringLiteral(":valid"), Validator::validate(s).isEmpty() ? 1 : 0);
    q.bindValue(QStringLiteral(":modified_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":name_key"), SqlValues::sortKey(s.name));
    q.bindValue(QStringLiteral(":search_text"),
                SqlValues::text(QStringList{s.name, s.description.value_or(QString()), s.tags.join(QLatin1Char(' '))}
                                    .join(QLatin1Char('\n')).toLower()));
}

QString historyJson(const QStringList &history)
{
    return compact(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(history)}});
}

// The ids a series had before: `oldId` joins them when the series now has another one.
QStringList withOldId(QStringList history, const QString &oldId, const QString &newId)
{
    if (!oldId.isEmpty() && oldId != newId && !history.contains(oldId))
        history.append(oldId);
    return history;
}

std::optional<TaskSeries> decodeJson(const QString &json)
{
    DecodeError error;
    return TaskSeriesCodec::decode(parseObject(json), &error);
}

const QString kDerivedAssignments = QStringLiteral(
    "name=:name, description=:description, priority=:priority, start_at=:start_at,"
    " end_at=:end_at, order_steps_required=:osr, strict_time_required=:str,"
    " deadlined=:deadlined, tags=:tags, assignee_count=:assignee_count,"
    " location_id=:location_id, step_count=:step_count, local_json=:local_json, valid=:valid,"
    " modified_at=:modified_at, name_key=:name_key, search_text=:search_text");

} // namespace

TaskSeriesStore::TaskSeriesStore(Database &db, QObject *parent)
    : RecordStore(db, QStringLiteral("series"), parent)
{
}

bool TaskSeriesStore::writeChildren(qint64 localId, QVector<Step> steps)
{
    // Every new item gets its local key when first stored (LocalKeys); later writes of the
    // same copy keep it.
    LocalKeys::assign(steps);

    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM step WHERE series_local_id=:id"));
    clear.bindValue(QStringLiteral(":id"), localId);
    if (!clear.exec())
        return failQuery(clear);

    QSqlQuery stepQuery(m_db.connection());
    stepQuery.prepare(QStringLiteral(
        "INSERT INTO step (series_local_id, position, series_uuid, local_key, point_id, name, extra_json)"
        " VALUES (:series, :position, :uuid, :key, :point, :name, :extra)"));
    QSqlQuery actionQuery(m_db.connection());
    actionQuery.prepare(QStringLiteral(
        "INSERT INTO action (step_local_id, position, series_uuid, local_key, name, type, required, extra_json)"
        " VALUES (:step, :position, :uuid, :key, :name, :type, :required, :extra)"));
    for (int s = 0; s < steps.size(); ++s) {
        const Step &step = steps.at(s);
        stepQuery.bindValue(QStringLiteral(":series"), localId);
        stepQuery.bindValue(QStringLiteral(":position"), s);
        stepQuery.bindValue(QStringLiteral(":uuid"), SqlValues::textOrNull(step.seriesId));
        stepQuery.bindValue(QStringLiteral(":key"), SqlValues::textOrNull(step.seriesId.isEmpty() ? step.localKey : QString()));
        stepQuery.bindValue(QStringLiteral(":point"), SqlValues::text(step.pointId));
        stepQuery.bindValue(QStringLiteral(":name"), SqlValues::text(step.name));
        stepQuery.bindValue(QStringLiteral(":extra"), compact(step.extra));
        if (!stepQuery.exec())
            return failQuery(stepQuery);
        const qint64 stepId = stepQuery.lastInsertId().toLongLong();
        for (int a = 0; a < step.actions.size(); ++a) {
            const Action &action = step.actions.at(a);
            actionQuery.bindValue(QStringLiteral(":step"), stepId);
            actionQuery.bindValue(QStringLiteral(":position"), a);
            actionQuery.bindValue(QStringLiteral(":uuid"), SqlValues::textOrNull(action.seriesId));
            actionQuery.bindValue(QStringLiteral(":key"),
                                  SqlValues::textOrNull(action.seriesId.isEmpty() ? action.localKey : QString()));
            actionQuery.bindValue(QStringLiteral(":name"), SqlValues::text(action.name));
            actionQuery.bindValue(QStringLiteral(":type"), SqlValues::text(action.type));
            actionQuery.bindValue(QStringLiteral(":required"), action.required ? 1 : 0);
            actionQuery.bindValue(QStringLiteral(":extra"), compact(action.extra));
            if (!actionQuery.exec())
                return failQuery(actionQuery);
        }
    }
    return true;
}

std::optional<qint64> TaskSeriesStore::create(const TaskSeries &series, std::optional<qint64> localId)
{
    return insertNew(QStringLiteral("series_uuid, name, description, priority, start_at, end_at,"
                                    " order_steps_required, strict_time_required, deadlined, tags, assignee_count,"
                                    " location_id, step_count, local_json, valid, modified_at, name_key, search_text"),
                     QStringLiteral(":series_uuid, :name, :description, :priority, :start_at, :end_at, :osr, :str,"
                                    " :deadlined, :tags, :assignee_count, :location_id, :step_count, :local_json,"
                                    " :valid, :modified_at, :name_key, :search_text"),
                     localId,
                     [&](QSqlQuery &q) {
                         q.bindValue(QStringLiteral(":series_uuid"), SqlValues::textOrNull(series.seriesId));
                         bindDerived(q, series);
                     },
                     [&](qint64 newId) { return writeChildren(newId, series.steps); });
}

bool TaskSeriesStore::saveLocal(qint64 localId, const TaskSeries &series)
{
    return writeRecord(localId, [&] {
        const auto current = get(localId);
        if (!current)
            return fail(goneText());

        const bool differs = !current->base || TaskSeriesCodec::encode(*current->base) != TaskSeriesCodec::encode(series);
        const SyncState state = SyncStates::afterLocalEdit(current->state, current->base.has_value(), differs);
        const RecordHistory::Entry was = versionBefore(*current);
        // New items get their local keys here, so that the version kept names them as stored.
        TaskSeries stored = series;
        LocalKeys::assign(stored.steps);

        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE series SET %1, series_uuid=:series_uuid, sync_state=:sync_state,"
                                 " sync_error=:sync_error, revision=revision+1 WHERE local_id=:local_id")
                      .arg(kDerivedAssignments));
        bindDerived(q, series);
        q.bindValue(QStringLiteral(":series_uuid"), SqlValues::textOrNull(series.seriesId));
        q.bindValue(QStringLiteral(":sync_state"), static_cast<int>(state));
        q.bindValue(QStringLiteral(":sync_error"), SqlValues::text(state == SyncState::Conflict ? current->syncError : QString()));
        q.bindValue(QStringLiteral(":local_id"), localId);
        if (!q.exec())
            return failQuery(q);
        if (!writeChildren(localId, stored.steps))
            return false;
        return keepVersion(was, stored, RecordHistory::Origin::EditedHere);
    });
}

bool TaskSeriesStore::remove(qint64 localId)
{
    const auto current = get(localId);
    if (!current)
        return fail(goneText());
    // A create that may have reached the server is kept as Deleted: the pull takes the
    // landed create as this record (SeriesPullPlan), not as a new series.
    return removeRecord(localId, current->base.has_value() || current->pushAttempted);
}

bool TaskSeriesStore::markSynced(qint64 localId, qint64 sentRevision, const TaskSeries &serverCopy,
                                 const std::optional<SeriesRemoteRef> &ref, const std::optional<TaskSeries> &sent)
{
    return writeRecord(localId, [&] {
        const auto current = get(localId);
        if (!current)
            return fail(goneText());

        const bool untouched = current->revision == sentRevision;
        // Edited since it was sent: the edit stays, with the server's identities (of the series,
        // and of the steps and actions that were new in what was sent).
        TaskSeries local = untouched ? serverCopy
                                     : LocalKeys::adoptServerIds(current->local, sent.value_or(current->local), serverCopy);
        local.seriesId = serverCopy.seriesId; // the server's identity wins even over an edit
        const QStringList history = withOldId(current->seriesIdHistory, current->local.seriesId, serverCopy.seriesId);
        const bool differs = TaskSeriesCodec::encode(local) != TaskSeriesCodec::encode(serverCopy);
        const SyncState state = SyncTransitions::after(
            current->state, differs ? SyncEvent::AnswerDiffersLocal : SyncEvent::AnswerMatchesLocal);
        if (!writeSyncState(*current, local, serverCopy, std::nullopt, state,
                            QString(), history, ref))
            return false;
        return true;
    });
}

bool TaskSeriesStore::writeSyncState(const StoredTaskSeries &current, const TaskSeries &local,
                                     const std::optional<TaskSeries> &base, const std::optional<TaskSeries> &remote,
                                     SyncState state, const QString &error, const QStringList &history,
                                     const std::optional<SeriesRemoteRef> &ref, ConflictKind conflict)
{
    const qint64 localId = current.localId;
    const RecordHistory::Entry was = versionBefore(current);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE series SET %1, series_uuid=:series_uuid, base_json=:base_json,"
                             " remote_json=:remote_json, history_json=:history, sync_state=:sync_state,"
                             " sync_error=:sync_error, conflict_kind=:conflict_kind, push_attempted=0%2"
                             " WHERE local_id=:local_id")
                  .arg(kDerivedAssignments,
                       ref ? QStringLiteral(", execution_id=:execution_id, executions_digest=:digest,"
                                            " last_execution_id=:last_execution_id")
                           : QString()));
    q.bindValue(QStringLiteral(":conflict_kind"), static_cast<int>(state == SyncState::Conflict ? conflict : ConflictKind::None));
    bindDerived(q, local);
    q.bindValue(QStringLiteral(":series_uuid"), SqlValues::textOrNull(local.seriesId));
    q.bindValue(QStringLiteral(":base_json"), base ? QVariant(compact(TaskSeriesCodec::encode(*base))) : QVariant());
    q.bindValue(QStringLiteral(":remote_json"), remote ? QVariant(compact(TaskSeriesCodec::encode(*remote))) : QVariant());
    q.bindValue(QStringLiteral(":history"), historyJson(history));
    q.bindValue(QStringLiteral(":sync_state"), static_cast<int>(state));
    q.bindValue(QStringLiteral(":sync_error"), SqlValues::text(error));
    if (ref) {
        q.bindValue(QStringLiteral(":execution_id"), SqlValues::textOrNull(ref->executionId));
        q.bindValue(QStringLiteral(":digest"), SqlValues::text(ref->executionsDigest));
        q.bindValue(QStringLiteral(":last_execution_id"), SqlValues::textOrNull(ref->lastExecutionId));
    }
    q.bindValue(QStringLiteral(":local_id"), localId);
    if (!q.exec())
        return failQuery(q);
    TaskSeries stored = local;
    LocalKeys::assign(stored.steps);
    if (!writeChildren(localId, stored.steps))
        return false;
    // As the service task trigger tells them apart: a conflict left, else a new base (a pull
    // or a push answer), else an edit.
    const bool baseMoved = (current.base ? TaskSeriesCodec::encode(*current.base) : QJsonObject())
        != (base ? TaskSeriesCodec::encode(*base) : QJsonObject());
    const auto origin = current.state == SyncState::Conflict && state != SyncState::Conflict
        ? RecordHistory::Origin::Resolved
        : baseMoved ? RecordHistory::Origin::Received : RecordHistory::Origin::EditedHere;
    return keepVersion(was, stored, origin);
}

RecordHistory::Entry TaskSeriesStore::versionBefore(const StoredTaskSeries &current) const
{
    RecordHistory::Entry was;
    was.kind = RecordHistory::Kind::Series;
    was.localId = current.localId;
    was.record = TaskSeriesCodec::encode(current.local, TaskSeriesCodec::Keys::WithLocalKeys);
    const bool asReceived = current.base && TaskSeriesCodec::encode(*current.base) == TaskSeriesCodec::encode(current.local);
    was.origin = asReceived ? RecordHistory::Origin::Received : RecordHistory::Origin::EditedHere;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT modified_at FROM series WHERE local_id=:id"));
    q.bindValue(QStringLiteral(":id"), current.localId);
    if (q.exec() && q.next())
        was.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    if (!was.at.isValid())
        was.at = QDateTime::currentDateTimeUtc();
    return was;
}

bool TaskSeriesStore::keepVersion(const RecordHistory::Entry &was, const TaskSeries &now, RecordHistory::Origin origin)
{
    RecordHistory::Entry version = was;
    version.record = TaskSeriesCodec::encode(now, TaskSeriesCodec::Keys::WithLocalKeys);
    if (version.record == was.record)
        return true; // written again as it was: no new version
    version.at = QDateTime::currentDateTimeUtc();
    version.origin = origin;
    RecordHistory history(m_db);
    return history.recordChange(was, version) || fail(history.errorString());
}

std::optional<qint64> TaskSeriesStore::insertPulled(const TaskSeries &serverCopy, const SeriesRemoteRef &ref)
{
    return insertClean([&] { return create(serverCopy); },
                       QStringLiteral("base_json=:base_json, execution_id=:execution_id,"
                                      " executions_digest=:digest, last_execution_id=:last_execution_id"),
                       {{QStringLiteral("base_json"), compact(TaskSeriesCodec::encode(serverCopy))},
                        {QStringLiteral("execution_id"), SqlValues::textOrNull(ref.executionId)},
                        {QStringLiteral("digest"), SqlValues::text(ref.executionsDigest)},
                        {QStringLiteral("last_execution_id"), SqlValues::textOrNull(ref.lastExecutionId)}});
}

bool TaskSeriesStore::writeSyncState(const StoredTaskSeries &current, const SyncWrite<TaskSeries> &write,
                                     const std::optional<SeriesRemoteRef> &ref)
{
    return writeSyncState(current, write.local, write.base, write.remote, write.state, write.error,
                          withOldId(current.seriesIdHistory, current.local.seriesId, write.local.seriesId), ref,
                          write.conflict);
}

bool TaskSeriesStore::deleteGone(const StoredTaskSeries &current)
{
    if (!deleteRow(current.localId)) // steps and actions cascade
        return false;
    // What a split left behind stays listed on the server: kept apart from new series.
    ExecutionSeriesMap ended(m_db);
    return ended.rememberEnded(current.seriesIdHistory) || fail(ended.errorString());
}

bool TaskSeriesStore::setPushAttempted(qint64 localId, qint64 sentRevision, const std::optional<TaskSeries> &posted)
{
    return writePushAttempted(localId, sentRevision,
                              posted ? compact(TaskSeriesCodec::encode(*posted, TaskSeriesCodec::Keys::WithLocalKeys))
                                     : QString());
}

bool TaskSeriesStore::resolveConflict(qint64 localId, const TaskSeries &resolved)
{
    return writeRecord(localId, [&] {
        const auto current = get(localId);
        if (!current)
            return fail(goneText());
        bool ok = false;
        if (current->state == SyncState::Conflict && current->conflictKind == ConflictKind::DeletedThere && current->base) {
            // Deleted on the server, kept here: the next sync creates it again (POST), and the
            // server gives the series, its steps and its actions new ids.
            TaskSeries again = resolved;
            again.seriesId.clear();
            for (Step &step : again.steps) {
                step.seriesId.clear();
                for (Action &action : step.actions)
                    action.seriesId.clear();
            }
            ok = writeSyncState(*current, again, std::nullopt, std::nullopt, SyncState::New, QString(),
                                withOldId(current->seriesIdHistory, current->local.seriesId, QString()), SeriesRemoteRef());
        } else {
            const std::optional<TaskSeries> base = current->remote ? current->remote : current->base;
            const bool differs = !base || TaskSeriesCodec::encode(*base) != TaskSeriesCodec::encode(resolved);
            const SyncState state = !base ? SyncState::New : differs ? SyncState::Modified : SyncState::Clean;
            TaskSeries local = resolved;
            if (base)
                local.seriesId = base->seriesId; // the series the server has now
            ok = writeSyncState(*current, local, base, std::nullopt, state, QString(),
                                withOldId(current->seriesIdHistory, current->local.seriesId, local.seriesId), std::nullopt);
        }
        return ok && bumpRevision(localId);
    });
}

namespace {

// The steps and actions of series, one row per action (or per step without actions);
// column 13 is the series. %1: the condition on the steps.
const QString kChildrenQuery = QStringLiteral(
    "SELECT s.local_id, s.series_uuid, s.point_id, s.name, s.extra_json,"
    " a.local_id, a.series_uuid, a.name, a.type, a.required, a.extra_json, s.local_key, a.local_key,"
    " s.series_local_id"
    " FROM step s LEFT JOIN action a ON a.step_local_id = s.local_id"
    " WHERE %1 ORDER BY s.series_local_id, s.position, a.position");

// Adds the step or action of `q`'s row to `series`; `currentStep` is the step of the row before.
void appendChild(const QSqlQuery &q, TaskSeries *series, qint64 *currentStep)
{
    const qint64 stepId = q.value(0).toLongLong();
    if (stepId != *currentStep) {
        Step step;
        step.seriesId = q.value(1).toString();
        step.pointId = q.value(2).toString();
        step.name = q.value(3).toString();
        step.extra = parseObject(q.value(4).toString());
        step.localKey = q.value(11).toString();
        series->steps.append(step);
        *currentStep = stepId;
    }
    if (q.value(5).isNull())
        return; // a step without actions
    Action action;
    action.seriesId = q.value(6).toString();
    action.name = q.value(7).toString();
    action.type = q.value(8).toString();
    action.required = q.value(9).toBool();
    action.extra = parseObject(q.value(10).toString());
    action.localKey = q.value(12).toString();
    series->steps.last().actions.append(action);
}

} // namespace

bool TaskSeriesStore::readChildren(qint64 localId, TaskSeries *series) const
{
    series->steps.clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kChildrenQuery.arg(QStringLiteral("s.series_local_id=:id")));
    q.bindValue(QStringLiteral(":id"), localId);
    if (!q.exec())
        return failQuery(q);
    qint64 currentStep = -1;
    while (q.next())
        appendChild(q, series, &currentStep);
    return true;
}

// The children of all of `records` in one statement: a statement per series costs more
// than reading the series themselves (a re-sync reads every series).
bool TaskSeriesStore::readChildren(QVector<StoredTaskSeries> &records) const
{
    QHash<qint64, TaskSeries *> byId;
    for (StoredTaskSeries &record : records) {
        record.local.steps.clear();
        byId.insert(record.localId, &record.local);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kChildrenQuery.arg(QStringLiteral("1"))))
        return failQuery(q);
    qint64 currentStep = -1;
    while (q.next()) {
        if (TaskSeries *series = byId.value(q.value(13).toLongLong()))
            appendChild(q, series, &currentStep);
    }
    return true;
}

std::optional<StoredTaskSeries> TaskSeriesStore::read(const QSqlQuery &q, bool withChildren) const
{
    StoredTaskSeries s;
    s.localId = q.value(0).toLongLong();
    DecodeError error;
    s.local = TaskSeriesCodec::decode(parseObject(q.value(1).toString()), &error).value_or(TaskSeries());
    if (withChildren && !readChildren(s.localId, &s.local))
        return std::nullopt;
    if (!q.value(2).isNull())
        s.base = TaskSeriesCodec::decode(parseObject(q.value(2).toString()), &error);
    s.state = SyncStates::fromInt(q.value(3).toInt());
    s.syncError = q.value(4).toString();
    s.revision = q.value(5).toLongLong();
    s.valid = q.value(6).toBool();
    const QJsonArray history = parseObject(q.value(7).toString()).value(QStringLiteral("ids")).toArray();
    for (const QJsonValue &id : history)
        s.seriesIdHistory.append(id.toString());
    if (!q.value(8).isNull())
        s.remote = decodeJson(q.value(8).toString());
    s.pushAttemptedRevision = q.value(9).toLongLong();
    s.pushAttempted = s.pushAttemptedRevision > 0;
    if (!q.value(12).isNull()) {
        DecodeError postedError;
        s.posted = TaskSeriesCodec::decode(parseObject(q.value(12).toString()), &postedError);
    }
    s.remoteRef.executionId = q.value(10).toString();
    s.remoteRef.executionsDigest = q.value(11).toString();
    if (s.state == SyncState::Conflict)
        s.conflictKind = static_cast<ConflictKind>(q.value(13).toInt());
    s.remoteRef.lastExecutionId = q.value(14).toString();
    s.held = q.value(15).toBool();
    return s;
}

std::optional<StoredTaskSeries> TaskSeriesStore::get(qint64 localId) const
{
    std::optional<StoredTaskSeries> record;
    forRowOf(localId, kColumns, [&](const QSqlQuery &q) { record = read(q); });
    return record;
}

QVector<StoredTaskSeries> TaskSeriesStore::getMany(const QVector<qint64> &localIds) const
{
    QVector<StoredTaskSeries> result;
    if (!localIds.isEmpty())
        forEachRow(m_table.selectByIds(kColumns, localIds), [&](const QSqlQuery &q) {
            if (auto series = read(q))
                result.append(*series);
        });
    return result;
}

std::optional<qint64> TaskSeriesStore::localIdForSeriesId(const QString &seriesId) const
{
    if (seriesId.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT local_id FROM series WHERE series_uuid=:uuid"));
    q.bindValue(QStringLiteral(":uuid"), SqlValues::text(seriesId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QVector<StoredTaskSeries> TaskSeriesStore::all(bool includeDeleted) const
{
    QVector<StoredTaskSeries> result;
    const bool listed = forEachRow(m_table.selectAll(kColumns, includeDeleted), [&](const QSqlQuery &q) {
        if (auto series = read(q, false))
            result.append(*series);
    });
    if (!listed || !readChildren(result))
        result.clear();
    return result;
}

QVector<StoredTaskSeries> TaskSeriesStore::inOrder(const QVector<qint64> &localIds) const
{
    QVector<StoredTaskSeries> records = getMany(localIds);
    sortByLocalId(records);
    return records;
}
