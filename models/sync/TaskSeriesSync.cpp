#include "sync/TaskSeriesSync.h"

#include "json/TaskSeriesCodec.h"
#include "storage/TaskSeriesStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace {

// [assumed] The listing's order: the contract names `sort=startAt,asc`; the execution id
// breaks ties so that pages neither overlap nor skip (a server that ignores the second key
// still pages by start).
const QStringList kListSort = {QStringLiteral("startAt,asc"), QStringLiteral("id,asc")};

// Fields of GET /task-executions/{id} that describe the execution, not the series. The
// body's `startAt`/`endAt` stay: they are this execution's window, and a PUT to the same
// execution reads them the same way (its executions move by body startAt − execution
// startAt), so reading and writing through one execution round-trips exactly.
const QStringList kExecutionOnlyFields = {QStringLiteral("id"), QStringLiteral("scheduledTaskId"),
                                          QStringLiteral("state"), QStringLiteral("status")};

const QString kCompleted = QStringLiteral("COMPLETED");

Timestamp timeOf(const QJsonValue &value)
{
    Timestamp t;
    Timestamp::parse(value.toString(), &t);
    return t;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

TaskSeries withoutIds(TaskSeries series)
{
    series.seriesId.clear();
    for (Step &step : series.steps) {
        step.seriesId.clear();
        for (Action &action : step.actions)
            action.seriesId.clear();
    }
    return series; // local keys stay: equality does not compare them
}

QVector<TaskSeriesSync::Execution> executionsIn(const QJsonArray &items, bool *complete)
{
    QVector<TaskSeriesSync::Execution> executions;
    for (const QJsonValue &value : items) {
        if (const auto execution = TaskSeriesSync::executionFrom(value.toObject()))
            executions.append(*execution);
        else if (complete)
            *complete = false;
    }
    return executions;
}

} // namespace

TaskSeriesSync::TaskSeriesSync(TaskSeriesStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                               QObject *parent)
    : SyncEngine(http, baseUrl, pageSize, parent)
    , m_store(store)
    , m_seriesMap(store.database())
{
}

// ---- the decisions --------------------------------------------------------------------

std::optional<TaskSeriesSync::Execution> TaskSeriesSync::executionFrom(const QJsonObject &item)
{
    // The contract lists no seriesId among the list item's fields [seen]: used when there,
    // else learned from the execution read (placeExecutions). Without an id an execution
    // cannot be placed at all, and the listing is taken as incomplete (so that nothing is
    // deleted because of it).
    Execution e;
    e.id = item.value(QStringLiteral("id")).toString();
    e.seriesId = item.value(QStringLiteral("seriesId")).toString();
    if (e.id.isEmpty())
        return std::nullopt;
    e.state = item.value(QStringLiteral("state")).toString();
    e.startAt = timeOf(item.value(QStringLiteral("startAt")));
    e.endAt = timeOf(item.value(QStringLiteral("endAt")));
    e.item = item;
    return e;
}

QVector<TaskSeriesSync::ListedSeries> TaskSeriesSync::groupBySeries(const QVector<Execution> &executions)
{
    QVector<ListedSeries> groups;
    QHash<QString, int> index;
    QSet<QString> seen;
    for (const Execution &e : executions) {
        if (seen.contains(e.id))
            continue; // a page boundary that moved: the same execution twice
        seen.insert(e.id);
        auto it = index.constFind(e.seriesId);
        if (it == index.constEnd()) {
            it = index.insert(e.seriesId, int(groups.size()));
            groups.append(ListedSeries{e.seriesId, {}});
        }
        groups[*it].executions.append(e);
    }
    for (ListedSeries &group : groups)
        std::stable_sort(group.executions.begin(), group.executions.end(),
                         [](const Execution &a, const Execution &b) { return a.startAt < b.startAt; });
    return groups;
}

const TaskSeriesSync::Execution *TaskSeriesSync::pivotOf(const ListedSeries &series)
{
    for (const Execution &e : series.executions)
        if (e.state != kCompleted)
            return &e;
    return series.executions.isEmpty() ? nullptr : &series.executions.last();
}

QString TaskSeriesSync::digestOf(const ListedSeries &series)
{
    QStringList ids;
    for (const Execution &e : series.executions)
        ids.append(e.id);
    ids.sort();
    return QString::fromLatin1(QCryptographicHash::hash(ids.join(QLatin1Char('\n')).toUtf8(),
                                                        QCryptographicHash::Sha1).toHex());
}

std::optional<TaskSeries> TaskSeriesSync::seriesFromExecution(const QJsonObject &execution, DecodeError *error)
{
    QJsonObject body = execution;
    for (const QString &field : kExecutionOnlyFields)
        body.remove(field);
    auto series = TaskSeriesCodec::decode(body, error);
    if (series && series->seriesId.isEmpty()) {
        *error = {QStringLiteral("seriesId"), tr("missing")};
        return std::nullopt;
    }
    return series;
}

bool TaskSeriesSync::listingDiffers(const StoredTaskSeries &record, const ListedSeries &listed)
{
    if (!record.base)
        return true;
    const Execution *pivot = pivotOf(listed);
    if (!pivot || pivot->id != record.remoteRef.executionId || digestOf(listed) != record.remoteRef.executionsDigest)
        return true;
    const TaskSeries &base = *record.base;
    if (pivot->startAt != base.startAt || pivot->endAt != base.endAt)
        return true;
    // A field a server leaves out of its list items is not compared.
    const QJsonObject &item = pivot->item;
    auto textDiffers = [&item](const QString &key, const QString &mine) {
        return item.contains(key) && item.value(key).toString() != mine; // null reads as ""
    };
    const QString description = QStringLiteral("description");
    const QString assignees = QStringLiteral("assigneeIds");
    const std::optional<QString> theirDescription = item.value(description).isString()
        ? std::optional<QString>(item.value(description).toString()) : std::nullopt;
    return textDiffers(QStringLiteral("name"), base.name) || textDiffers(QStringLiteral("locationId"), base.locationId)
        || textDiffers(QStringLiteral("priority"), base.priority)
        || (item.contains(description) && theirDescription != base.description)
        || (item.contains(assignees) && stringsOf(item.value(assignees)) != base.assigneeIds);
}

bool TaskSeriesSync::needsRead(const StoredTaskSeries &record, const ListedSeries &listed)
{
    if (record.state != SyncState::Conflict)
        return listingDiffers(record, listed);
    if (!record.remote)
        return true;
    StoredTaskSeries kept = record;
    kept.base = record.remote;
    return listingDiffers(kept, listed);
}

SeriesRemoteRef TaskSeriesSync::refAfterSplit(const ListedSeries &before, const QString &executionId, QStringList *moved)
{
    const SeriesRemoteRef unknown{executionId, QString(), QString()};
    const auto at = std::find_if(before.executions.cbegin(), before.executions.cend(),
                                 [&executionId](const Execution &e) { return e.id == executionId; });
    if (at == before.executions.cend())
        return unknown;
    ListedSeries after{QString(), {}};
    for (const Execution &e : before.executions) {
        // Another execution at the same start: which side of the split it lands on is the server's call.
        if (e.id != executionId && e.startAt == at->startAt)
            return unknown;
        if (e.id == executionId || at->startAt < e.startAt)
            after.executions.append(e);
    }
    if (moved) {
        for (const Execution &e : std::as_const(after.executions))
            moved->append(e.id);
    }
    return SeriesRemoteRef{executionId, digestOf(after), after.executions.last().id};
}

bool TaskSeriesSync::isCreateOf(const TaskSeries &sent, const ListedSeries &listed)
{
    if (listed.executions.isEmpty() || sent.startAt.isEmpty())
        return false;
    const Execution &first = listed.executions.first();
    if (first.item.value(QStringLiteral("name")).toString() != sent.name)
        return false;
    const qint64 length = sent.startAt.toUtc().msecsTo(sent.endAt.toUtc());
    if (first.startAt.toUtc().msecsTo(first.endAt.toUtc()) != length)
        return false;
    // The first execution starts at startAt, unless the recurrence leaves that day out.
    return first.startAt == sent.startAt || (!sent.recurrence.isEmpty() && sent.startAt < first.startAt);
}

bool TaskSeriesSync::isUpdateOf(const TaskSeries &sent, const TaskSeries &server)
{
    return !sent.seriesId.isEmpty() && server.seriesId != sent.seriesId && withoutIds(sent) == withoutIds(server);
}

QJsonObject TaskSeriesSync::createBody(const TaskSeries &series)
{
    return TaskSeriesCodec::encode(withoutIds(series)); // the encoder leaves empty ids out
}

QJsonObject TaskSeriesSync::updateBody(const TaskSeries &series, const TaskSeries &server)
{
    QJsonObject body = TaskSeriesCodec::encode(series);
    if (series.recurrence == server.recurrence)
        body.remove(QStringLiteral("recurrence")); // the server carries its own over
    else if (series.recurrence.isEmpty())
        body.insert(QStringLiteral("recurrence"), QJsonValue::Null); // no longer repeats
    return body;
}

// ---- plumbing -------------------------------------------------------------------------

void TaskSeriesSync::readExecution(const QString &executionId, Then then)
{
    send("GET", endpoint(executionsPath() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(executionId))),
         QByteArray(), true, std::move(then));
}

std::optional<TaskSeries> TaskSeriesSync::seriesIn(const HttpResult &result, const QString &executionId, QString *why) const
{
    const auto execution = executionIn(result, executionId, why);
    if (!execution)
        return std::nullopt;
    DecodeError error;
    auto series = seriesFromExecution(*execution, &error);
    if (!series)
        *why = tr("the server sent a series that cannot be read (%1)").arg(error.toString());
    return series;
}

QString TaskSeriesSync::seriesIdIn(const HttpResult &result, const QString &executionId, QString *why)
{
    const auto execution = executionIn(result, executionId, why);
    if (!execution)
        return QString();
    const QString seriesId = execution->value(QStringLiteral("seriesId")).toString();
    if (seriesId.trimmed().isEmpty())
        *why = tr("the server did not say which series task execution %1 belongs to").arg(executionId);
    return seriesId.trimmed().isEmpty() ? QString() : seriesId;
}

std::optional<QJsonObject> TaskSeriesSync::executionIn(const HttpResult &result, const QString &executionId, QString *why)
{
    if (!result.ok()) {
        *why = result.serverMessage();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    if (!document.isObject()) {
        *why = parseError.error != QJsonParseError::NoError
            ? tr("the server sent data that is not valid JSON (%1)").arg(parseError.errorString())
            : tr("the server sent data that is not a task execution");
        return std::nullopt;
    }
    // The execution's `id` is [assumed] in docs/api-contract.md: an answer without it is taken, one
    // with another id is not.
    const QJsonValue answered = document.object().value(QStringLiteral("id"));
    if (!answered.isUndefined() && answered.toString() != executionId) {
        *why = tr("the server answered with task execution %1 instead of %2").arg(answered.toString(), executionId);
        return std::nullopt;
    }
    return document.object();
}

void TaskSeriesSync::splitDone(const QString &oldSeriesId)
{
    m_historyIds.insert(oldSeriesId);
    if (!m_seriesMap.forgetSeries(oldSeriesId))
        log(SyncLogLevel::Warning, tr("Which series each task execution belongs to could not be stored: %1").arg(m_seriesMap.errorString()));
}

void TaskSeriesSync::splitMade(const QString &oldSeriesId, const QString &executionId, const QString &newSeriesId)
{
    QStringList moved;
    refAfterSplit(m_listedSeries.value(oldSeriesId), executionId, &moved);
    splitDone(oldSeriesId);
    // Known without a read: a server whose list items do not say their series needs none next time.
    for (const QString &id : std::as_const(moved)) {
        if (!m_seriesMap.remember(id, newSeriesId)) {
            log(SyncLogLevel::Warning, tr("Which series each task execution belongs to could not be stored: %1").arg(m_seriesMap.errorString()));
            break;
        }
    }
}

QString TaskSeriesSync::stopText(Stop why, const QString &detail) const
{
    switch (why) {
    case Stop::CredentialsRefused: return tr("The TARGPatrol server refused the credentials (%1).").arg(detail);
    case Stop::RedirectRefused: return tr("The TARGPatrol server cannot be used: %1").arg(detail);
    case Stop::ListUnusable:
        return tr("The TARGPatrol server sent a list that cannot be used (%1); nothing was changed.").arg(detail);
    case Stop::ListFailed: return tr("The TARGPatrol server could not list the task executions: %1").arg(detail);
    case Stop::Unreachable: break;
    }
    return tr("The TARGPatrol server could not be reached: %1").arg(detail);
}

bool TaskSeriesSync::knownHere(const QString &seriesId) const
{
    return m_historyIds.contains(seriesId) || m_store.localIdForSeriesId(seriesId).has_value();
}

void TaskSeriesSync::begin()
{
    m_listing.clear();
    m_toPlace.clear();
    m_learned.clear();
    m_fromMap.clear();
    m_placeRunning = m_placeTotal = 0;
    m_listingComplete = true;
    m_listedIds.clear();
    m_listedSeries.clear();
    m_historyIds.clear();
    m_toFetch.clear();
    m_pushQueue.clear();
    m_fetchTotal = m_fetchDone = m_fetchRunning = m_pushTotal = m_pushDone = 0;
    emit phaseChanged(tr("Pulling series"));
    listPage(0);
}

// ---- pull -----------------------------------------------------------------------------

void TaskSeriesSync::listPage(int offset)
{
    QList<std::pair<QString, QString>> query = {{QStringLiteral("limit"), QString::number(pageSize())},
                                                {QStringLiteral("offset"), QString::number(offset)}};
    for (const QString &sort : kListSort)
        query.append({QStringLiteral("sort"), sort});
    ++m_report.listPages;
    send("GET", endpoint(executionsPath() + QStringLiteral("/info"), query), QByteArray(), true,
         [this, offset](const HttpResult &result) { listed(offset, result); });
}

void TaskSeriesSync::listed(int offset, const HttpResult &result)
{
    const auto items = acceptPage(result);
    if (!items)
        return;
    m_listing += executionsIn(*items, &m_listingComplete);
    emit progress(int(m_listing.size()), int(m_listing.size()));
    if (endsListing(*items))
        placeExecutions();
    else
        listPage(offset + int(items->size()));
}

void TaskSeriesSync::placeExecutions()
{
    const auto stored = m_seriesMap.load();
    if (!stored) {
        stopWith(tr("The series of the listed task executions could not be read from the database: %1").arg(m_seriesMap.errorString()));
        return;
    }
    QSet<QString> listed;
    for (Execution &e : m_listing) {
        listed.insert(e.id);
        if (!e.seriesId.isEmpty()) {
            // The item says it: a stored placement that disagrees is stale.
            const auto known = stored->constFind(e.id);
            if (known != stored->constEnd() && *known != e.seriesId && !m_seriesMap.remember(e.id, e.seriesId))
                log(SyncLogLevel::Warning, tr("Which series each task execution belongs to could not be stored: %1").arg(m_seriesMap.errorString()));
            continue;
        }
        e.seriesId = stored->value(e.id);
        if (e.seriesId.isEmpty())
            m_toPlace.append(e.id);
        else
            m_fromMap.insert(e.id);
    }
    m_toPlace.removeDuplicates(); // a page boundary that moved
    // Only a complete listing tells which stored executions are gone.
    if (m_listingComplete) {
        QStringList gone;
        for (auto it = stored->constBegin(); it != stored->constEnd(); ++it)
            if (!listed.contains(it.key()))
                gone.append(it.key());
        if (!m_seriesMap.forget(gone))
            log(SyncLogLevel::Warning, tr("Which series each task execution belongs to could not be stored: %1").arg(m_seriesMap.errorString()));
    }
    if (m_toPlace.isEmpty()) {
        planFetches();
        return;
    }
    emit phaseChanged(tr("Reading changed series"));
    m_placeTotal = int(m_toPlace.size());
    emit progress(0, m_placeTotal);
    startReads(m_placeTotal, [this] { placeNext(); }, [] {});
}

void TaskSeriesSync::placeNext()
{
    if (stopped())
        return;
    if (m_toPlace.isEmpty()) {
        if (m_placeRunning == 0)
            placed();
        return;
    }
    const QString executionId = m_toPlace.takeFirst();
    ++m_placeRunning;
    readExecution(executionId, [this, executionId](const HttpResult &result) {
        --m_placeRunning;
        if (handleFatal(result))
            return;
        QString why;
        const QString seriesId = seriesIdIn(result, executionId, &why);
        if (seriesId.isEmpty()) {
            // Left out of this listing: its series is read again next time, and nothing is
            // taken as deleted meanwhile.
            m_listingComplete = false;
            ++m_report.failed;
            log(SyncLogLevel::Error, tr("Task execution %1: its series could not be learned (%2); no series is taken as deleted this time.")
                                     .arg(executionId, why));
        } else {
            m_learned.insert(executionId, seriesId);
            if (!m_seriesMap.remember(executionId, seriesId))
                log(SyncLogLevel::Warning, tr("Which series each task execution belongs to could not be stored: %1").arg(m_seriesMap.errorString()));
        }
        emit progress(m_placeTotal - int(m_toPlace.size()) - m_placeRunning, m_placeTotal);
        placeNext();
    });
}

void TaskSeriesSync::placed()
{
    QVector<Execution> listing;
    listing.reserve(m_listing.size());
    for (Execution &e : m_listing) {
        if (e.seriesId.isEmpty())
            e.seriesId = m_learned.value(e.id);
        if (!e.seriesId.isEmpty())
            listing.append(e);
    }
    m_listing = listing;
    planFetches();
}

void TaskSeriesSync::planFetches()
{
    if (!m_listingComplete)
        log(SyncLogLevel::Warning, tr("Some task executions were listed without their series; no series is taken as deleted this time."));
    const QVector<ListedSeries> groups = groupBySeries(m_listing);
    QHash<QString, int> groupOf;
    QHash<QString, QString> seriesOfExecution;
    for (int i = 0; i < groups.size(); ++i) {
        groupOf.insert(groups.at(i).seriesId, i);
        for (const Execution &e : groups.at(i).executions)
            seriesOfExecution.insert(e.id, e.seriesId);
    }
    auto fetchOf = [&groups](FetchKind kind, int group, qint64 localId) {
        Fetch fetch;
        fetch.kind = kind;
        fetch.seriesId = groups.at(group).seriesId;
        fetch.executionId = pivotOf(groups.at(group))->id;
        fetch.digest = digestOf(groups.at(group));
        fetch.lastExecutionId = groups.at(group).executions.last().id;
        fetch.localId = localId;
        return fetch;
    };

    for (const ListedSeries &group : groups) {
        m_listedIds.insert(group.seriesId);
        m_listedSeries.insert(group.seriesId, group);
    }

    const QVector<StoredTaskSeries> local = m_store.all(true);
    QSet<QString> known;
    for (const StoredTaskSeries &record : local) {
        if (!record.local.seriesId.isEmpty())
            known.insert(record.local.seriesId);
        for (const QString &id : record.seriesIdHistory)
            m_historyIds.insert(id);
    }
    // The ended parts of split series deleted since stay listed: no series of their own.
    const auto ended = m_seriesMap.loadEnded();
    if (!ended) {
        stopWith(tr("The series of the listed task executions could not be read from the database: %1").arg(m_seriesMap.errorString()));
        return;
    }
    m_historyIds.unite(*ended);
    if (m_listingComplete && !m_seriesMap.keepEndedOnly(m_listedIds))
        log(SyncLogLevel::Warning, tr("Which series each task execution belongs to could not be stored: %1").arg(m_seriesMap.errorString()));
    QSet<QString> claimed;
    QSet<qint64> adopted;
    // The later part of a series split elsewhere after the execution it is read through:
    // its latest execution shows up under a series unknown here.
    QHash<QString, QString> splitFrom; // listed seriesId -> the name of the series it came from
    for (const StoredTaskSeries &record : local) {
        const QString seriesId = record.local.seriesId;
        if (seriesId.isEmpty())
            continue;
        // Its execution now belongs to a series unknown here: the series was split at or
        // before it elsewhere (or by a PUT of ours whose answer was lost). The record
        // follows the execution; what stays under the old id is the ended part, as after
        // a split made here (it may still list the executions done before).
        const QString successor = seriesOfExecution.value(record.remoteRef.executionId);
        if (record.base && !successor.isEmpty() && successor != seriesId && !known.contains(successor)
            && !claimed.contains(successor)) {
            claimed.insert(successor);
            m_historyIds.insert(seriesId);
            m_toFetch.append(fetchOf(FetchKind::Follow, groupOf.value(successor), record.localId));
            continue;
        }
        const QString later = seriesOfExecution.value(record.remoteRef.lastExecutionId);
        if (!later.isEmpty() && later != seriesId && !known.contains(later))
            splitFrom.insert(later, record.local.name);
        const auto group = groupOf.constFind(seriesId);
        if (group != groupOf.constEnd()) {
            if (needsRead(record, groups.at(*group)))
                m_toFetch.append(fetchOf(FetchKind::Changed, *group, record.localId));
            continue;
        }
        if (!m_listingComplete || !record.base)
            continue;
        // Placed by the stored map only: the execution may have moved to another series
        // since (a split elsewhere). Never deleted on that word; learned again next time.
        const QString mapped = m_fromMap.contains(record.remoteRef.executionId) ? record.remoteRef.executionId
                               : m_fromMap.contains(record.remoteRef.lastExecutionId) ? record.remoteRef.lastExecutionId
                                                                                       : QString();
        if (!mapped.isEmpty()) {
            m_seriesMap.forgetSeries(seriesOfExecution.value(mapped));
            log(SyncLogLevel::Warning, tr("Series %1 changed while it was read; it is read again next time.").arg(record.local.name));
            continue;
        }
        if (m_store.applyRemoteDelete(record.localId)) {
            const auto after = m_store.get(record.localId);
            if (!after) {
                ++m_report.remoteDeleted;
                log(SyncLogLevel::Info, tr("Deleted on the server: %1").arg(record.local.name));
            } else if (after->state == SyncState::Conflict) {
                log(SyncLogLevel::Warning, tr("Conflict: %1 — %2").arg(record.local.name, after->syncError));
            }
        } else {
            ++m_report.failed;
            log(SyncLogLevel::Error, tr("Series %1: %2").arg(record.local.name, m_store.errorString()));
        }
    }
    for (int i = 0; i < groups.size(); ++i) {
        const QString seriesId = groups.at(i).seriesId;
        // The ended part of a series split here is not pulled as a series of its own.
        if (known.contains(seriesId) || claimed.contains(seriesId) || m_historyIds.contains(seriesId))
            continue;
        // A create whose answer was lost: this listing is where it is looked for.
        Fetch fetch = fetchOf(FetchKind::New, i, 0);
        fetch.splitFrom = splitFrom.value(seriesId);
        for (const StoredTaskSeries &record : local) {
            if (record.local.seriesId.isEmpty() && record.pushAttempted && record.state == SyncState::New
                && !adopted.contains(record.localId)
                // Matched against what the create sent: the series may have been edited since.
                && isCreateOf(record.posted.value_or(record.local), groups.at(i))) {
                adopted.insert(record.localId);
                fetch.kind = FetchKind::Adopt;
                fetch.localId = record.localId;
                fetch.revision = record.pushAttemptedRevision;
                break;
            }
        }
        m_toFetch.append(fetch);
    }

    emit phaseChanged(tr("Reading changed series"));
    m_fetchTotal = int(m_toFetch.size());
    m_fetchDone = 0;
    emit progress(0, m_fetchTotal);
    startReads(m_fetchTotal, [this] { fetchNext(); }, [this] { pushAll(); });
}

void TaskSeriesSync::fetchNext()
{
    if (stopped())
        return;
    if (m_toFetch.isEmpty()) {
        if (m_fetchRunning == 0)
            pushAll();
        return;
    }
    const Fetch fetch = m_toFetch.takeFirst();
    ++m_fetchRunning;
    ++m_report.fetched;
    readExecution(fetch.executionId, [this, fetch](const HttpResult &result) {
        --m_fetchRunning;
        if (handleFatal(result))
            return;
        if (result.status == 404) {
            log(SyncLogLevel::Warning, tr("Series %1 changed while it was read; it is read again next time.").arg(fetch.seriesId));
        } else {
            QString why;
            const auto series = seriesIn(result, fetch.executionId, &why);
            if (series) {
                applyFetched(fetch, *series);
            } else {
                // Nothing is written: the series stays as it was and is read again next time.
                ++m_report.failed;
                log(SyncLogLevel::Error, tr("Series %1: %2").arg(fetch.seriesId, why));
            }
        }
        emit progress(++m_fetchDone, m_fetchTotal);
        fetchNext();
    });
}

void TaskSeriesSync::applyFetched(const Fetch &fetch, const TaskSeries &series)
{
    if (series.seriesId != fetch.seriesId) {
        // A stored placement gone stale (a split elsewhere): learned again next time.
        if (m_fromMap.contains(fetch.executionId))
            m_seriesMap.forgetSeries(fetch.seriesId);
        log(SyncLogLevel::Warning, tr("Series %1 changed while it was read; it is read again next time.").arg(fetch.seriesId));
        return;
    }
    const SeriesRemoteRef ref{fetch.executionId, fetch.digest, fetch.lastExecutionId};
    bool ok = false;
    switch (fetch.kind) {
    case FetchKind::New:
        ok = m_store.insertPulled(series, ref).has_value();
        if (ok) {
            ++m_report.pulledNew;
            if (fetch.splitFrom.isEmpty())
                log(SyncLogLevel::Info, tr("Received new: %1").arg(series.name));
            else
                log(SyncLogLevel::Info, tr("Split on the server: the later part of %1 is now a series of its own, %2 (from %3)")
                                 .arg(fetch.splitFrom, series.name,
                                      QLocale().toString(series.startAt.toUtc().toLocalTime(), QLocale::ShortFormat)));
        }
        break;
    case FetchKind::Changed:
    case FetchKind::Follow: {
        const auto before = m_store.get(fetch.localId);
        if (before && before->base && before->pushAttempted && before->posted && isUpdateOf(*before->posted, series)) {
            // A PUT of an earlier sync went through; only its answer was lost.
            ok = m_store.markSynced(fetch.localId, before->pushAttemptedRevision, series, ref, before->posted);
            if (ok) {
                splitDone(before->posted->seriesId);
                ++m_report.pushedUpdated;
                log(SyncLogLevel::Info, tr("Updated on the server: %1 (series %2 replaces %3)")
                                 .arg(series.name, series.seriesId, before->posted->seriesId));
            }
            break;
        }
        ok = m_store.applyPulled(fetch.localId, series, ref);
        const auto after = m_store.get(fetch.localId);
        if (!ok || !after)
            break;
        if (before && before->base && TaskSeriesCodec::encode(*before->base) != TaskSeriesCodec::encode(series))
            ++m_report.pulledChanged;
        if (fetch.kind == FetchKind::Follow)
            log(SyncLogLevel::Info, tr("Split on the server: %1 continues as series %2").arg(series.name, series.seriesId));
        if (after->state == SyncState::Conflict)
            log(SyncLogLevel::Warning, tr("Conflict: %1 — %2").arg(after->local.name, after->syncError));
        else if (before && before->base && TaskSeriesCodec::encode(*before->base) != TaskSeriesCodec::encode(series))
            log(SyncLogLevel::Info, tr("Received changes: %1").arg(series.name));
        break;
    }
    case FetchKind::Adopt:
        // The create of an earlier sync reached the server; only its answer was lost.
        ok = m_store.markSynced(fetch.localId, fetch.revision, series, ref);
        if (ok) {
            ++m_report.pushedCreated;
            log(SyncLogLevel::Info, tr("Found on the server, created by an earlier sync: %1").arg(series.name));
        }
        break;
    }
    if (!ok) {
        ++m_report.failed;
        log(SyncLogLevel::Error, tr("Series %1 could not be stored: %2").arg(series.name, m_store.errorString()));
    }
}

// ---- push -----------------------------------------------------------------------------

void TaskSeriesSync::pushAll()
{
    if (stopped())
        return;
    emit phaseChanged(tr("Pushing series"));
    const QVector<StoredTaskSeries> all = m_store.toPush(); // less held records, within a push scope
    for (const StoredTaskSeries &record : all) {
        switch (pushAs(record.state, record.valid, record.local.name)) {
        case PushAs::Skip:
            break;
        case PushAs::Delete: {
            // docs/api-contract.md §2.2 has no request that deletes a series, and none is invented:
            // the record says so and stays until the series is gone from the server.
            const QString message = tr("TARGPatrol has no API to delete a series; delete it in TARGPatrol, "
                                       "the next sync then removes it here.");
            ++m_report.failed;
            m_store.markFailed(record.localId, message, SyncEvent::DeleteRefused);
            log(SyncLogLevel::Error, tr("Not deleted: %1 — %2").arg(record.local.name, message));
            break;
        }
        case PushAs::Send:
            m_pushQueue.append(record.localId);
            break;
        }
    }
    m_pushTotal = int(m_pushQueue.size());
    m_pushDone = 0;
    emit progress(0, m_pushTotal);
    pushNext();
}

// One series at a time: a PUT must see the result of the read just before it, and POST and
// PUT are sent without the transport's retries (see send()).
void TaskSeriesSync::pushNext()
{
    if (stopped())
        return;
    if (m_pushQueue.isEmpty()) {
        finish();
        return;
    }
    const qint64 localId = m_pushQueue.takeFirst();
    const auto record = m_store.get(localId);
    const bool pending = record && record->valid
                         && (record->state == SyncState::New || record->state == SyncState::Modified);
    if (!pending) {
        step(); // changed since the list was made (deleted, in conflict…)
    } else if (record->base) {
        pushUpdate(localId, 0);
    } else if (m_listedIds.contains(record->local.seriesId)) {
        // Never synced here, but the server has its seriesId (an imported series whose read
        // failed this time): posting it would make a copy. It is read again next time.
        log(SyncLogLevel::Warning, tr("Not sent: %1 — the server already has this series; it is read again next time.").arg(record->local.name));
        step();
    } else {
        pushCreate(localId, 0);
    }
}

void TaskSeriesSync::step()
{
    emit progress(++m_pushDone, m_pushTotal);
    QMetaObject::invokeMethod(this, &TaskSeriesSync::pushNext, Qt::QueuedConnection);
}

void TaskSeriesSync::pushCreate(qint64 localId, int attempt)
{
    const auto record = m_store.get(localId);
    if (!record) {
        step();
        return;
    }
    const TaskSeries sent = record->local;
    const qint64 revision = record->revision;
    // Remember the attempt first: if the answer is lost, the server is searched before posting again.
    if (!m_store.setPushAttempted(localId, revision, sent)) {
        ++m_report.failed;
        log(SyncLogLevel::Error, tr("Not sent: %1 — %2").arg(sent.name, m_store.errorString()));
        step();
        return;
    }
    send("POST", endpoint(executionsPath()), createBody(sent), false,
         [this, localId, revision, sent, attempt](const HttpResult &result) {
             if (handleFatal(result, false))
                 return;
             if (result.ok()) {
                 const QJsonDocument document = QJsonDocument::fromJson(result.body);
                 const QVector<ListedSeries> created = groupBySeries(executionsIn(document.array(), nullptr));
                 if (document.isArray() && created.size() == 1) {
                     adoptCreated(localId, revision, created.first());
                     return;
                 }
             }
             if (result.ok() || result.transient()) {
                 const QString why = result.ok() ? tr("the answer cannot be read") : result.serverMessage();
                 log(SyncLogLevel::Warning, tr("No usable answer for %1 (%2); looking for it on the server before sending it again.")
                                  .arg(sent.name, why));
                 lookupCreate(localId, revision, sent, attempt, !result.ok(), why);
                 return;
             }
             ++m_report.failed;
             m_store.markFailed(localId, result.serverMessage());
             log(SyncLogLevel::Error, tr("Refused by the server: %1 — %2").arg(sent.name, result.serverMessage()));
             step();
         });
}

void TaskSeriesSync::lookupCreate(qint64 localId, qint64 revision, const TaskSeries &sent, int attempt,
                                  bool mayPostAgain, const QString &why)
{
    // The info filters narrow the answer (name, and executions from just before the start);
    // which series is ours is decided here, so a server that ignores them is still right.
    const QString from = Timestamp::format(sent.startAt.toUtc().addSecs(-1), Timestamp::Style::Milliseconds);
    const QUrl lookup = endpoint(executionsPath() + QStringLiteral("/info"),
                            {{QStringLiteral("name"), sent.name}, {QStringLiteral("startAt"), QStringLiteral("gt:") + from}});
    send("GET", lookup, QByteArray(), true,
         [this, localId, revision, sent, attempt, mayPostAgain, why](const HttpResult &result) {
             if (handleFatal(result))
                 return;
             const QJsonDocument document = QJsonDocument::fromJson(result.body);
             if (!result.ok() || !document.isArray()) {
                 ++m_report.failed;
                 log(SyncLogLevel::Error, tr("Could not check whether %1 was created (%2); the next sync checks before sending it again.")
                                  .arg(sent.name, result.ok() ? tr("the answer cannot be read") : result.serverMessage()));
                 step();
                 return;
             }
             bool unplaced = false;
             for (const ListedSeries &listed : groupBySeries(executionsIn(document.array(), nullptr))) {
                 unplaced = unplaced || listed.seriesId.isEmpty();
                 if (!listed.seriesId.isEmpty() && !knownHere(listed.seriesId) && isCreateOf(sent, listed)) {
                     adoptCreated(localId, revision, listed);
                     return;
                 }
             }
             if (unplaced) {
                 // Items without their series cannot be told apart: posting again could
                 // make a copy. The next sync's listing places them and finds it.
                 ++m_report.failed;
                 log(SyncLogLevel::Error, tr("Could not check whether %1 was created (%2); the next sync checks before sending it again.")
                                  .arg(sent.name, tr("the list does not say which series its items belong to")));
                 step();
                 return;
             }
             if (mayPostAgain && attempt + 1 < qMax(1, http().options().maxAttempts)) {
                 later(attempt, [this, localId, attempt] { pushCreate(localId, attempt + 1); });
                 return;
             }
             ++m_report.failed;
             log(SyncLogLevel::Error, tr("Not created: %1 — %2; it is sent again next time.").arg(sent.name, why));
             step();
         });
}

void TaskSeriesSync::adoptCreated(qint64 localId, qint64 revision, const ListedSeries &created)
{
    const Execution *pivot = pivotOf(created);
    const SeriesRemoteRef ref{pivot->id, digestOf(created), created.executions.last().id};
    QStringList executionIds;
    for (const Execution &e : created.executions)
        executionIds.append(e.id);
    readExecution(pivot->id, [this, localId, revision, ref, executionIds](const HttpResult &result) {
        if (handleFatal(result))
            return;
        QString why;
        const auto series = seriesIn(result, ref.executionId, &why);
        // A create makes one series: its executions need not be read again to be placed.
        for (const QString &id : executionIds)
            if (series && !m_seriesMap.remember(id, series->seriesId))
                log(SyncLogLevel::Warning, tr("Which series each task execution belongs to could not be stored: %1").arg(m_seriesMap.errorString()));
        if (!series) {
            // push_attempted stays set: the next sync finds it in the listing.
            ++m_report.failed;
            log(SyncLogLevel::Error, tr("Created on the server, but it could not be read back (%1); the next sync takes it.").arg(why));
        } else if (m_store.markSynced(localId, revision, *series, ref)) {
            ++m_report.pushedCreated;
            log(SyncLogLevel::Info, tr("Created on the server: %1").arg(series->name));
        } else {
            ++m_report.failed;
            log(SyncLogLevel::Error, tr("Series %1 could not be stored: %2").arg(series->name, m_store.errorString()));
        }
        step();
    });
}

void TaskSeriesSync::pushUpdate(qint64 localId, int attempt)
{
    const auto record = m_store.get(localId);
    if (!record || record->state != SyncState::Modified) {
        step();
        return;
    }
    const QString executionId = record->remoteRef.executionId;
    const QString name = record->local.name;
    if (executionId.isEmpty()) {
        ++m_report.failed;
        log(SyncLogLevel::Error, tr("Not sent: %1 — its task execution is not known yet; it is read again next time.").arg(name));
        step();
        return;
    }
    // Before every PUT the server's current version is read and merged: a change to steps or
    // actions only does not show in the listing, and a PUT must never overwrite it unseen.
    readExecution(executionId, [this, localId, attempt, executionId, name](const HttpResult &result) {
        if (handleFatal(result))
            return;
        if (result.status == 404) {
            ++m_report.failed;
            log(SyncLogLevel::Error, tr("Not sent: %1 — its task execution is gone from the server; it is read again next time.").arg(name));
            step();
            return;
        }
        QString why;
        const auto theirs = seriesIn(result, executionId, &why);
        if (!theirs) {
            ++m_report.failed;
            log(SyncLogLevel::Error, tr("Not sent: %1 — %2").arg(name, why));
            step();
            return;
        }
        // A PUT whose answer was lost (this sync or an earlier one): if the execution moved to
        // a new series that is what was sent, the PUT went through.
        const auto before = m_store.get(localId);
        if (before && before->pushAttempted && before->posted && isUpdateOf(*before->posted, *theirs)) {
            const QString sentSeriesId = before->posted->seriesId;
            const SeriesRemoteRef ref = refAfterSplit(m_listedSeries.value(sentSeriesId), executionId);
            if (m_store.markSynced(localId, before->pushAttemptedRevision, *theirs, ref, before->posted)) {
                splitMade(sentSeriesId, executionId, theirs->seriesId);
                ++m_report.pushedUpdated;
                log(SyncLogLevel::Info, tr("Updated on the server: %1 (series %2 replaces %3)").arg(theirs->name, theirs->seriesId, sentSeriesId));
            } else {
                ++m_report.failed;
                log(SyncLogLevel::Error, tr("Series %1 could not be stored: %2").arg(name, m_store.errorString()));
            }
            step();
            return;
        }
        if (!m_store.applyPulled(localId, *theirs)) {
            ++m_report.failed;
            log(SyncLogLevel::Error, tr("Series %1 could not be stored: %2").arg(name, m_store.errorString()));
            step();
            return;
        }
        const auto merged = m_store.get(localId);
        if (!merged) {
            step();
        } else if (merged->state == SyncState::Conflict) {
            ++m_report.conflicts;
            log(SyncLogLevel::Warning, tr("Conflict: %1 — %2").arg(name, merged->syncError));
            step();
        } else if (merged->state != SyncState::Modified) {
            log(SyncLogLevel::Info, tr("Nothing to send for %1: the server already has it.").arg(name));
            step();
        } else if (!merged->valid) {
            ++m_report.invalid;
            log(SyncLogLevel::Warning, tr("Not sent, still a draft with errors: %1").arg(name));
            step();
        } else {
            putSeries(localId, attempt, *merged, *theirs);
        }
    });
}

void TaskSeriesSync::putSeries(qint64 localId, int attempt, const StoredTaskSeries &record, const TaskSeries &server)
{
    const QString executionId = record.remoteRef.executionId;
    const QJsonObject body = updateBody(record.local, server);
    const qint64 revision = record.revision;
    const QString name = record.local.name;
    const QString oldId = record.local.seriesId;
    const QString path = executionsPath() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(executionId))
                         + QStringLiteral("/series");
    const TaskSeries sent = record.local;
    // Remembered first: if the answer is lost, this sync or a later one recognises the
    // split it made instead of sending it again.
    if (!m_store.setPushAttempted(localId, revision, sent)) {
        ++m_report.failed;
        log(SyncLogLevel::Error, tr("Not sent: %1 — %2").arg(name, m_store.errorString()));
        step();
        return;
    }
    send("PUT", endpoint(path), body, false,
         [this, localId, attempt, sent, revision, name, oldId, executionId](const HttpResult &result) {
             if (handleFatal(result, false))
                 return;
             if (result.transient()) {
                 if (attempt + 1 < qMax(1, http().options().maxAttempts)) {
                     log(SyncLogLevel::Warning, tr("No usable answer for %1 (%2); reading it again before sending it again.")
                                      .arg(name, result.serverMessage()));
                     // Read again first: the split may have happened with its answer lost.
                     later(attempt, [this, localId, attempt] { pushUpdate(localId, attempt + 1); });
                     return;
                 }
                 ++m_report.failed;
                 log(SyncLogLevel::Error, tr("No answer for %1 (%2); it is sent again next time.").arg(name, result.serverMessage()));
                 step();
                 return;
             }
             if (!result.ok()) {
                 ++m_report.failed;
                 m_store.markFailed(localId, result.serverMessage());
                 log(SyncLogLevel::Error, tr("Refused by the server: %1 — %2").arg(name, result.serverMessage()));
                 step();
                 return;
             }
             // 200 {updatingSeriesId, createdSeriesId}: the execution now belongs to the new
             // series; reading it gives the new ids (and any the server gave new steps).
             const QString created = QJsonDocument::fromJson(result.body).object().value(QStringLiteral("createdSeriesId")).toString();
             readExecution(executionId, [this, localId, revision, sent, name, oldId, created, executionId](const HttpResult &again) {
                 if (handleFatal(again))
                     return;
                 QString why;
                 const auto series = seriesIn(again, executionId, &why);
                 if (!series) {
                     ++m_report.failed;
                     log(SyncLogLevel::Error, tr("Updated on the server: %1, but it could not be read back (%2); the next sync reads it.")
                                      .arg(name, why));
                 } else if (m_store.markSynced(localId, revision, *series,
                                               refAfterSplit(m_listedSeries.value(oldId), executionId), sent)) {
                     splitMade(oldId, executionId, series->seriesId);
                     ++m_report.pushedUpdated;
                     if (!created.isEmpty() && created != series->seriesId)
                         log(SyncLogLevel::Warning, tr("Series %1: the server announced series %2 but shows %3.").arg(name, created, series->seriesId));
                     log(SyncLogLevel::Info, tr("Updated on the server: %1 (series %2 replaces %3)").arg(series->name, series->seriesId, oldId));
                 } else {
                     ++m_report.failed;
                     log(SyncLogLevel::Error, tr("Series %1 could not be stored: %2").arg(name, m_store.errorString()));
                 }
                 step();
             });
         });
}
