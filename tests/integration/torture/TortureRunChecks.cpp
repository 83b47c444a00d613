#include "TortureRun.h"

// The invariants TortureRun checks once a schedule has run and a last sync ran on a
// quiet server: each field holds the last value either side wrote, nothing is on the
// server twice or missing, a re-sync sends list requests only, the file is intact.

#include "RefServer.h"
#include "TrackedFields.h"

#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

void TortureRun::finish()
{
    m_server.resetStats();
    TortureStep quiet;
    const SyncReport report = sync(quiet, -2, true);
    const int puts = m_server.stats().value(QStringLiteral("PUT /task-executions/{id}/series")).toInt();
    note(QStringLiteral("final sync: exit %1, %2 conflicts, %3 series PUT").arg(report.exitCode()).arg(report.conflicts).arg(puts));
    learnSeriesIds();
    checkResyncListsOnly();
    checkTasks();
    checkSeries();
    checkIntegrity();
}

QHash<QString, int> TortureRun::resyncRequests()
{
    const Snapshot before = localSnapshot();
    if (!m_server.resetStats())
        violation(QStringLiteral("the server's stats could not be reset"));
    sync(TortureStep(), -3, true);
    if (localSnapshot() != before)
        violation(QStringLiteral("a re-sync after convergence changed local records"));
    QHash<QString, int> requests;
    const QJsonObject stats = m_server.stats();
    for (auto it = stats.constBegin(); it != stats.constEnd(); ++it)
        if (it.key() != QLatin1String("total") && it.key() != QLatin1String("GET /rest/v1/service/svctasks")
            && it.key() != QLatin1String("GET /task-executions/info") && it.value().toInt() > 0)
            requests.insert(it.key(), it.value().toInt());
    return requests;
}

void TortureRun::checkResyncListsOnly()
{
    // Conflicts waiting for the user and series just PUT included: the list pages only.
    for (int round = 1; round <= 2; ++round) {
        const QHash<QString, int> requests = resyncRequests();
        if (requests.isEmpty())
            continue;
        QStringList sent;
        for (auto it = requests.cbegin(); it != requests.cend(); ++it)
            sent.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
        sent.sort();
        violation(QStringLiteral("re-sync %1 after convergence sent more than list pages: %2")
                      .arg(round).arg(sent.join(QStringLiteral(", "))));
    }
}

void TortureRun::checkFields(const QString &key, const WriteLedger::Fields &local, const WriteLedger::Fields *server,
                             bool conflict)
{
    for (const QString &field : m_ledger.fields(key)) {
        if (field == kExists)
            continue;
        const auto last = conflict ? m_ledger.last(key, field) : m_ledger.expected(key, field);
        if (conflict) {
            // Held for the user: every field last written here still has its value (one put
            // back to its synced value holds no edit: the merge may take the server's there).
            if (last->side == WriteLedger::Side::Local && !last->backToBase && local.value(field) != last->value)
                violation(QStringLiteral("%1 in conflict lost the local edit of step %2: %3 = \"%4\", expected \"%5\"")
                              .arg(key).arg(last->step).arg(field, local.value(field).left(60), last->value.left(60)));
            continue;
        }
        if (local.value(field) != last->value)
            violation(QStringLiteral("%1.%2 here is \"%3\"; the last write (step %4, %5) was \"%6\"")
                          .arg(key, field, local.value(field).left(60)).arg(last->step)
                          .arg(last->side == WriteLedger::Side::Local ? QStringLiteral("local") : QStringLiteral("server"),
                               last->value.left(60)));
        if (server && server->value(field) != last->value)
            violation(QStringLiteral("%1.%2 on the server is \"%3\"; the last write (step %4, %5) was \"%6\"")
                          .arg(key, field, server->value(field).left(60)).arg(last->step)
                          .arg(last->side == WriteLedger::Side::Local ? QStringLiteral("local") : QStringLiteral("server"),
                               last->value.left(60)));
    }
}

void TortureRun::checkTasks()
{
    QSet<QString> seen;
    for (const StoredServiceTask &record : m_ws->serviceTasks().all(true)) {
        const QString key = QStringLiteral("t:") + record.local.id;
        seen.insert(key);
        if (!m_ledger.knows(key)) {
            violation(QStringLiteral("%1 is here but no step made it").arg(key));
            continue;
        }
        const auto server = serverTask(record.local.id);
        if (record.state == SyncState::Conflict) {
            checkFields(key, TrackedFields::of(record.local), nullptr, true);
            continue;
        }
        if (record.state != SyncState::Clean) {
            violation(QStringLiteral("%1 is still %2 after a sync on a quiet server (%3)")
                          .arg(key, SyncStates::displayName(record.state), record.syncError));
            continue;
        }
        if (!m_ledger.expectedToExist(key))
            violation(QStringLiteral("%1 was deleted (step %2) but is here").arg(key).arg(m_ledger.expected(key, kExists)->step));
        if (!server) {
            violation(QStringLiteral("%1 is clean here but not on the server").arg(key));
            continue;
        }
        const WriteLedger::Fields remote = TrackedFields::of(*server);
        checkFields(key, TrackedFields::of(record.local), &remote, false);
        if (ServiceTaskCodec::encode(record.local) != ServiceTaskCodec::encode(*server))
            violation(QStringLiteral("%1: the local copy and the server's differ outside the edited fields").arg(key));
    }
    for (const QString &key : taskKeys()) {
        if (seen.contains(key))
            continue;
        const bool onServer = serverTask(key.mid(2)).has_value();
        if (m_ledger.expectedToExist(key))
            violation(QStringLiteral("%1 is missing here (on the server: %2), yet never deleted").arg(key).arg(onServer));
        else if (onServer)
            violation(QStringLiteral("%1 was deleted (step %2) but is on the server").arg(key).arg(m_ledger.expected(key, kExists)->step));
    }
    // Nothing on the server that no step made: no duplicate, no resurrection.
    for (const QJsonValue &item : apiGet(QStringLiteral("/rest/v1/service/svctasks?mask=id")).array())
        if (!m_ledger.knows(QStringLiteral("t:") + item.toObject().value(QStringLiteral("id")).toString()))
            violation(QStringLiteral("the server has a service task no step made: %1").arg(item.toObject().value(QStringLiteral("id")).toString()));
}

namespace {

// A series field for field, without what a split or the choice of execution moves.
QJsonObject comparable(const TaskSeries &series)
{
    QJsonObject body = TaskSeriesCodec::encode(series);
    for (const char *moved : {"startAt", "endAt", "recurrence"})
        body.remove(QLatin1String(moved));
    return body;
}

} // namespace

void TortureRun::checkSeries()
{
    QSet<QString> seen;
    QHash<QString, QString> keyOfLive; // seriesId -> ledger key
    for (const StoredTaskSeries &record : m_ws->series().all(true)) {
        const QString key = seriesKey(record);
        seen.insert(key);
        if (!m_ledger.knows(key)) {
            violation(QStringLiteral("series %1 (%2) is here but no step made it").arg(key, record.local.seriesId));
            continue;
        }
        QString seriesId;
        const auto server = serverSeries(key, &seriesId);
        if (server)
            keyOfLive.insert(seriesId, key);
        if (record.state == SyncState::Conflict) {
            checkFields(key, TrackedFields::of(record.local), nullptr, true);
            continue;
        }
        if (record.state != SyncState::Clean) {
            violation(QStringLiteral("series %1 is still %2 after a sync on a quiet server (%3)")
                          .arg(key, SyncStates::displayName(record.state), record.syncError));
            continue;
        }
        if (!server) {
            violation(QStringLiteral("series %1 is clean here but not on the server").arg(key));
            continue;
        }
        if (record.local.seriesId != seriesId)
            violation(QStringLiteral("series %1 is %2 here and %3 on the server").arg(key, record.local.seriesId, seriesId));
        const WriteLedger::Fields remote = TrackedFields::of(*server);
        checkFields(key, TrackedFields::of(record.local), &remote, false);
        if (comparable(record.local) != comparable(*server))
            violation(QStringLiteral("series %1: the local copy and the server's differ:\n    here:   %2\n    server: %3")
                          .arg(key, QString::fromUtf8(QJsonDocument(comparable(record.local)).toJson(QJsonDocument::Compact)).left(600),
                               QString::fromUtf8(QJsonDocument(comparable(*server)).toJson(QJsonDocument::Compact)).left(600)));
    }
    for (const QString &key : m_seriesIdOf.keys()) {
        if (seen.contains(key))
            continue;
        QString seriesId;
        const bool onServer = serverSeries(key, &seriesId).has_value();
        if (onServer)
            keyOfLive.insert(seriesId, key);
        if (m_ledger.expectedToExist(key))
            violation(QStringLiteral("series %1 is missing here (on the server: %2), yet never deleted").arg(key).arg(onServer));
        else if (onServer)
            violation(QStringLiteral("series %1 was deleted on the server but is there again").arg(key));
    }
    // Every live series on the server belongs to one record: no duplicate create.
    QSet<QString> listed;
    for (const QJsonValue &item : apiGet(QStringLiteral("/task-executions/info")).array())
        listed.insert(item.toObject().value(QStringLiteral("seriesId")).toString());
    for (const QString &seriesId : listed) {
        QJsonObject answer;
        m_server.admin("GET", QStringLiteral("series/") + seriesId, {}, &answer);
        if (answer.value(QStringLiteral("successorId")).toString().isEmpty() && !keyOfLive.contains(seriesId))
            violation(QStringLiteral("the server has a series no step made (a duplicate?): %1 \"%2\"")
                          .arg(seriesId, answer.value(QStringLiteral("series")).toObject().value(QStringLiteral("name")).toString().left(60)));
    }
}

void TortureRun::checkIntegrity()
{
    QSqlQuery query(m_ws->database().connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        violation(QStringLiteral("PRAGMA integrity_check: %1").arg(query.value(0).toString()));
}
