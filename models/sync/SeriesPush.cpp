#include "sync/SeriesPush.h"

#include "storage/TaskSeriesStore.h"
#include "sync/ExecutionPlacement.h"
#include "sync/RemoteChangeWriter.h"
#include "sync/TaskSeriesSync.h"

#include <QJsonArray>
#include <QJsonDocument>

SeriesPush::SeriesPush(TaskSeriesSync &sync)
    : m_sync(sync)
    , m_store(sync.m_store)
{
}

void SeriesPush::start()
{
    if (m_sync.stopped())
        return;
    emit m_sync.phaseChanged(tr("Pushing series"));
    m_queue.clear();
    const QVector<StoredTaskSeries> all = m_store.toPush(); // less held records, within a push scope
    for (const StoredTaskSeries &record : all) {
        const SyncEngine::PushAs as = m_sync.pushAs(record.state, record.valid, record.local.name);
        if (as != SyncEngine::PushAs::Skip && m_sync.m_unconfirmed.contains(record.localId)) {
            m_sync.log(SyncLogLevel::Warning, tr("Not sent: %1 — the listing did not show it and it could not be read; "
                                                 "it is sent next time.").arg(record.local.name));
            continue;
        }
        switch (as) {
        case SyncEngine::PushAs::Skip:
            break;
        case SyncEngine::PushAs::Delete:
            pushDelete(record);
            break;
        case SyncEngine::PushAs::Send:
            m_queue.append(record.localId);
            break;
        }
    }
    m_sync.startPush(int(m_queue.size()));
    next();
}

void SeriesPush::pushDelete(const StoredTaskSeries &record)
{
    if (!record.base) {
        deleteUnconfirmed(record);
        return;
    }
    // docs/api-contract.md §2.2 has no request that deletes a series, and none is invented:
    // the record says so and stays until the series is gone from the server.
    // Stored as its source: a session in another language shows it in its own (StoredErrorText).
    static const char *const kNoDelete = QT_TRANSLATE_NOOP("TaskSeriesSync",
        "TARGPatrol has no API to delete a series; delete it in TARGPatrol, the next sync then removes it here.");
    ++m_sync.m_report.failed;
    m_store.markFailed(record.localId, QString::fromUtf8(kNoDelete), SyncEvent::DeleteRefused);
    m_sync.log(SyncLogLevel::Error, tr("Not deleted: %1 — %2").arg(record.local.name, tr(kNoDelete)));
}

void SeriesPush::deleteUnconfirmed(const StoredTaskSeries &record)
{
    // Deleted while its create was out, and the pull did not take the create as this
    // record. Only a complete listing without it says the create never landed; a create
    // listed but not taken (its read failed) is taken next time.
    const TaskSeries sent = record.posted.value_or(record.local);
    bool listed = !m_sync.m_placement || !m_sync.m_placement->complete();
    for (auto it = m_sync.m_listedSeries.cbegin(); !listed && it != m_sync.m_listedSeries.cend(); ++it)
        listed = !m_sync.knownHere(it.key()) && ExecutionListing::isCreateOf(sent, *it);
    if (listed) {
        m_sync.log(SyncLogLevel::Warning, tr("Not deleted yet: %1 — its create may have reached the server; "
                                             "the next sync looks for it again.").arg(record.local.name));
        return;
    }
    const bool dropped = m_store.writeSynced(record.localId, [&](RecordStore::RowChange &change) {
        change = RecordStore::RowChange::Removed;
        return m_store.deleteGone(record);
    });
    if (!dropped) {
        ++m_sync.m_report.failed;
        m_sync.log(SyncLogLevel::Error, tr("Series %1 could not be stored: %2").arg(record.local.name, m_store.errorString()));
        return;
    }
    m_sync.log(SyncLogLevel::Info, tr("Deleted: %1 (its create never reached the server)").arg(record.local.name));
}

void SeriesPush::next()
{
    if (m_sync.stopped())
        return;
    if (m_queue.isEmpty()) {
        m_sync.finish();
        return;
    }
    const qint64 localId = m_queue.takeFirst();
    const auto record = m_store.get(localId);
    const bool pending = record && record->valid
                         && (record->state == SyncState::New || record->state == SyncState::Modified);
    if (!pending) {
        step(); // changed since the list was made (deleted, in conflict…)
    } else if (record->base) {
        pushUpdate(localId, 0);
    } else if (m_sync.m_listedIds.contains(record->local.seriesId)) {
        // Never synced here, but the server has its seriesId (an imported series whose read
        // failed this time): posting it would make a copy. It is read again next time.
        m_sync.log(SyncLogLevel::Warning, tr("Not sent: %1 — the server already has this series; it is read again next time.").arg(record->local.name));
        step();
    } else {
        pushCreate(localId, 0);
    }
}

void SeriesPush::step()
{
    m_sync.pushDone(); // the queue says when the push is over
    QMetaObject::invokeMethod(&m_sync, [this] { next(); }, Qt::QueuedConnection);
}

void SeriesPush::fail(const QString &line)
{
    ++m_sync.m_report.failed;
    m_sync.log(SyncLogLevel::Error, line);
    step();
}

// ---- create ---------------------------------------------------------------------------

void SeriesPush::pushCreate(qint64 localId, int attempt)
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
        fail(tr("Not sent: %1 — %2").arg(sent.name, m_store.errorString()));
        return;
    }
    m_sync.send("POST", m_sync.endpoint(TaskSeriesSync::executionsPath()), SeriesWire::createBody(sent), false,
                [this, localId, revision, sent, attempt](const HttpResult &result) {
                    created(localId, revision, sent, attempt, result);
                });
}

void SeriesPush::created(qint64 localId, qint64 revision, const TaskSeries &sent, int attempt, const HttpResult &result)
{
    if (m_sync.handleFatal(result, false))
        return;
    if (result.ok()) {
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        const QVector<ExecutionListing::Series> created
            = ExecutionListing::groupBySeries(ExecutionListing::executionsIn(document.array(), nullptr));
        if (document.isArray() && created.size() == 1) {
            adoptCreated(localId, revision, created.first());
            return;
        }
    }
    if (result.ok() || result.transient()) {
        const QString why = result.ok() ? tr("the answer cannot be read") : result.serverMessage();
        m_sync.log(SyncLogLevel::Warning, tr("No usable answer for %1 (%2); looking for it on the server before sending it again.")
                                              .arg(sent.name, why));
        lookupCreate(localId, revision, sent, attempt, !result.ok(), why);
        return;
    }
    m_store.markFailed(localId, result.serverMessage());
    fail(tr("Refused by the server: %1 — %2").arg(sent.name, result.serverMessage()));
}

void SeriesPush::lookupCreate(qint64 localId, qint64 revision, const TaskSeries &sent, int attempt,
                              bool mayPostAgain, const QString &why)
{
    // The info filters narrow the answer (name, and executions from just before the start);
    // which series is ours is decided here, so a server that ignores them is still right.
    const QString from = Timestamp::format(sent.startAt.toUtc().addSecs(-1), Timestamp::Style::Milliseconds);
    const QUrl lookup = m_sync.endpoint(TaskSeriesSync::executionsPath() + QStringLiteral("/info"),
                                        {{QStringLiteral("name"), sent.name}, {QStringLiteral("startAt"), QStringLiteral("gt:") + from}});
    m_sync.send("GET", lookup, QByteArray(), true,
                [this, localId, revision, sent, attempt, mayPostAgain, why](const HttpResult &result) {
                    lookedUp(localId, revision, sent, attempt, mayPostAgain, why, result);
                });
}

void SeriesPush::lookedUp(qint64 localId, qint64 revision, const TaskSeries &sent, int attempt, bool mayPostAgain,
                          const QString &why, const HttpResult &result)
{
    if (m_sync.handleFatal(result))
        return;
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    if (!result.ok() || !document.isArray()) {
        fail(tr("Could not check whether %1 was created (%2); the next sync checks before sending it again.")
                 .arg(sent.name, result.ok() ? tr("the answer cannot be read") : result.serverMessage()));
        return;
    }
    bool unplaced = false;
    for (const ExecutionListing::Series &listed :
         ExecutionListing::groupBySeries(ExecutionListing::executionsIn(document.array(), nullptr))) {
        unplaced = unplaced || listed.seriesId.isEmpty();
        if (!listed.seriesId.isEmpty() && !m_sync.knownHere(listed.seriesId) && ExecutionListing::isCreateOf(sent, listed)) {
            adoptCreated(localId, revision, listed);
            return;
        }
    }
    if (unplaced) {
        // Items without their series cannot be told apart: posting again could
        // make a copy. The next sync's listing places them and finds it.
        fail(tr("Could not check whether %1 was created (%2); the next sync checks before sending it again.")
                 .arg(sent.name, tr("the list does not say which series its items belong to")));
        return;
    }
    if (mayPostAgain && attempt + 1 < qMax(1, m_sync.http().options().maxAttempts)) {
        m_sync.later(attempt, [this, localId, attempt] { pushCreate(localId, attempt + 1); });
        return;
    }
    fail(tr("Not created: %1 — %2; it is sent again next time.").arg(sent.name, why));
}

void SeriesPush::adoptCreated(qint64 localId, qint64 revision, const ExecutionListing::Series &created)
{
    const SeriesRemoteRef ref = ExecutionListing::refOf(created);
    QStringList executionIds;
    for (const ExecutionListing::Execution &e : created.executions)
        executionIds.append(e.id);
    m_sync.readExecution(ref.executionId, [this, localId, revision, ref, executionIds](const HttpResult &result) {
        if (m_sync.handleFatal(result))
            return;
        QString why;
        const auto series = SeriesWire::seriesIn(result, ref.executionId, &why);
        // A create makes one series: its executions need not be read again to be placed.
        for (const QString &id : executionIds)
            if (series)
                m_sync.remember(id, series->seriesId);
        if (!series) {
            // push_attempted stays set: the next sync finds it in the listing.
            fail(tr("Created on the server, but it could not be read back (%1); the next sync takes it.").arg(why));
        } else if (m_store.markSynced(localId, revision, *series, ref)) {
            ++m_sync.m_report.pushedCreated;
            m_sync.log(SyncLogLevel::Info, tr("Created on the server: %1").arg(series->name));
            step();
        } else {
            fail(tr("Series %1 could not be stored: %2").arg(series->name, m_store.errorString()));
        }
    });
}

// ---- update ---------------------------------------------------------------------------

void SeriesPush::pushUpdate(qint64 localId, int attempt)
{
    const auto record = m_store.get(localId);
    if (!record || record->state != SyncState::Modified) {
        step();
        return;
    }
    const QString executionId = record->remoteRef.executionId;
    const QString name = record->local.name;
    if (executionId.isEmpty()) {
        fail(tr("Not sent: %1 — its task execution is not known yet; it is read again next time.").arg(name));
        return;
    }
    // Before every PUT the server's current version is read and merged: a change to steps or
    // actions only does not show in the listing, and a PUT must never overwrite it unseen.
    m_sync.readExecution(executionId, [this, localId, attempt, executionId, name](const HttpResult &result) {
        updateRead(localId, attempt, executionId, name, result);
    });
}

void SeriesPush::updateRead(qint64 localId, int attempt, const QString &executionId, const QString &name,
                            const HttpResult &result)
{
    if (m_sync.handleFatal(result))
        return;
    if (result.status == 404) {
        fail(tr("Not sent: %1 — its task execution is gone from the server; it is read again next time.").arg(name));
        return;
    }
    QString why;
    const auto theirs = SeriesWire::seriesIn(result, executionId, &why);
    if (!theirs) {
        fail(tr("Not sent: %1 — %2").arg(name, why));
        return;
    }
    if (updateLanded(localId, executionId, name, *theirs))
        return;
    if (!RemoteChangeWriter::applyPulled(m_store, localId, *theirs)) {
        fail(tr("Series %1 could not be stored: %2").arg(name, m_store.errorString()));
        return;
    }
    const auto merged = m_store.get(localId);
    if (!merged) {
        step();
    } else if (merged->state == SyncState::Conflict) {
        ++m_sync.m_report.conflicts;
        m_sync.log(SyncLogLevel::Warning, tr("Conflict: %1 — %2").arg(name, merged->syncError));
        step();
    } else if (merged->state != SyncState::Modified) {
        m_sync.log(SyncLogLevel::Info, tr("Nothing to send for %1: the server already has it.").arg(name));
        step();
    } else if (!merged->valid) {
        ++m_sync.m_report.invalid;
        m_sync.log(SyncLogLevel::Warning, tr("Not sent, still a draft with errors: %1").arg(name));
        step();
    } else {
        putSeries(localId, attempt, *merged, *theirs);
    }
}

bool SeriesPush::updateLanded(qint64 localId, const QString &executionId, const QString &name, const TaskSeries &theirs)
{
    // A PUT whose answer was lost (this sync or an earlier one): if the execution moved to
    // a new series that is what was sent, the PUT went through.
    const auto before = m_store.get(localId);
    if (!before || !before->pushAttempted || !before->posted || !SeriesWire::isUpdateOf(*before->posted, theirs))
        return false;
    const QString sentSeriesId = before->posted->seriesId;
    const SeriesRemoteRef ref = ExecutionListing::refAfterSplit(m_sync.m_listedSeries.value(sentSeriesId), executionId);
    if (!m_store.markSynced(localId, before->pushAttemptedRevision, theirs, ref, before->posted)) {
        fail(tr("Series %1 could not be stored: %2").arg(name, m_store.errorString()));
        return true;
    }
    m_sync.splitMade(sentSeriesId, executionId, theirs.seriesId);
    ++m_sync.m_report.pushedUpdated;
    m_sync.log(SyncLogLevel::Info, tr("Updated on the server: %1 (series %2 replaces %3)").arg(theirs.name, theirs.seriesId, sentSeriesId));
    step();
    return true;
}

void SeriesPush::putSeries(qint64 localId, int attempt, const StoredTaskSeries &record, const TaskSeries &server)
{
    const QString executionId = record.remoteRef.executionId;
    const qint64 revision = record.revision;
    const TaskSeries sent = record.local;
    // Remembered first: if the answer is lost, this sync or a later one recognises the
    // split it made instead of sending it again.
    if (!m_store.setPushAttempted(localId, revision, sent)) {
        fail(tr("Not sent: %1 — %2").arg(sent.name, m_store.errorString()));
        return;
    }
    m_sync.send("PUT", m_sync.executionUrl(executionId, QStringLiteral("/series")), SeriesWire::updateBody(sent, server),
                false, [this, localId, attempt, sent, revision, executionId](const HttpResult &result) {
                    putAnswered(localId, attempt, sent, revision, executionId, result);
                });
}

void SeriesPush::putAnswered(qint64 localId, int attempt, const TaskSeries &sent, qint64 revision,
                             const QString &executionId, const HttpResult &result)
{
    if (m_sync.handleFatal(result, false))
        return;
    const QString name = sent.name;
    if (result.transient()) {
        if (attempt + 1 < qMax(1, m_sync.http().options().maxAttempts)) {
            m_sync.log(SyncLogLevel::Warning, tr("No usable answer for %1 (%2); reading it again before sending it again.")
                                                  .arg(name, result.serverMessage()));
            // Read again first: the split may have happened with its answer lost.
            m_sync.later(attempt, [this, localId, attempt] { pushUpdate(localId, attempt + 1); });
            return;
        }
        fail(tr("No answer for %1 (%2); it is sent again next time.").arg(name, result.serverMessage()));
        return;
    }
    if (!result.ok()) {
        m_store.markFailed(localId, result.serverMessage());
        fail(tr("Refused by the server: %1 — %2").arg(name, result.serverMessage()));
        return;
    }
    // 200 {updatingSeriesId, createdSeriesId}: the execution now belongs to the new
    // series; reading it gives the new ids (and any the server gave new steps).
    const QString created = QJsonDocument::fromJson(result.body).object().value(QStringLiteral("createdSeriesId")).toString();
    m_sync.readExecution(executionId, [this, localId, revision, sent, created, executionId](const HttpResult &again) {
        putRead(localId, revision, sent, executionId, created, again);
    });
}

void SeriesPush::putRead(qint64 localId, qint64 revision, const TaskSeries &sent, const QString &executionId,
                         const QString &created, const HttpResult &result)
{
    if (m_sync.handleFatal(result))
        return;
    const QString name = sent.name;
    const QString oldId = sent.seriesId;
    QString why;
    const auto series = SeriesWire::seriesIn(result, executionId, &why);
    if (!series) {
        fail(tr("Updated on the server: %1, but it could not be read back (%2); the next sync reads it.").arg(name, why));
    } else if (m_store.markSynced(localId, revision, *series,
                                  ExecutionListing::refAfterSplit(m_sync.m_listedSeries.value(oldId), executionId), sent)) {
        m_sync.splitMade(oldId, executionId, series->seriesId);
        ++m_sync.m_report.pushedUpdated;
        if (!created.isEmpty() && created != series->seriesId)
            m_sync.log(SyncLogLevel::Warning, tr("Series %1: the server announced series %2 but shows %3.").arg(name, created, series->seriesId));
        m_sync.log(SyncLogLevel::Info, tr("Updated on the server: %1 (series %2 replaces %3)").arg(series->name, series->seriesId, oldId));
        step();
    } else {
        fail(tr("Series %1 could not be stored: %2").arg(name, m_store.errorString()));
    }
}
