#include "TortureRun.h"

#include "RefServer.h"
#include "SeriesBuilder.h"
#include "TrackedFields.h"

#include "json/ServiceTaskCodec.h"
#include "json/TaskSeriesCodec.h"
#include "sync/SyncSession.h"
#include "undo/UndoServiceTaskEditor.h"
#include "undo/UndoTaskSeriesEditor.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <csignal>

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isTaskKey(const QString &key)
{
    return key.startsWith(QLatin1String("t:"));
}

// A series as the series page makes one: a step with two actions, recurring.
TaskSeries newSeries(const QString &name)
{
    return SeriesBuilder::newRound(name, QStringLiteral("2031-05-01T06:00:00.000Z"),
                                   QStringLiteral("2031-05-01T08:00:00.000Z"));
}

} // namespace

TortureRun::TortureRun(RefServer &server, const QString &databasePath, quint32 seed)
    : m_server(server)
    , m_path(databasePath)
    , m_seed(seed)
{
}

TortureRun::~TortureRun()
{
    // The commands refer to the stores: gone before the workspace.
    m_taskStack.clear();
    m_seriesStack.clear();
    m_seriesCreates.clear();
}

bool TortureRun::setUp()
{
    if (m_server.admin("POST", QStringLiteral("data/reset")) / 100 != 2 || !m_server.resetFaults())
        return false;
    const QJsonObject generate{{QStringLiteral("svctasks"), int(4 + m_seed % 4)},
                               {QStringLiteral("series"), int(2 + m_seed % 2)},
                               {QStringLiteral("seed"), int(m_seed)}};
    if (m_server.admin("POST", QStringLiteral("generate"), generate) / 100 != 2)
        return false;
    m_ws = std::make_unique<Workspace>();
    if (!m_ws->open(m_path))
        return false;
    m_taskEditor = std::make_unique<UndoServiceTaskEditor>(m_ws->serviceTasks(), m_taskStack);
    m_seriesEditor = std::make_unique<UndoTaskSeriesEditor>(m_ws->series(), m_seriesStack);
    m_seriesCreator = std::make_unique<UndoTaskSeriesEditor>(m_ws->series(), m_seriesCreates);
    // Everything starts clean on both sides: the server's data, pulled once.
    if (sync(TortureStep(), -1, true).exitCode() != 0)
        return false;
    const Snapshot start = localSnapshot();
    for (auto it = start.cbegin(); it != start.cend(); ++it)
        m_ledger.writeAll(it.key(), it.value(), WriteLedger::Side::Server, -1);
    learnSeriesIds();
    learnBases(-1);
    return true;
}

void TortureRun::run(const QVector<TortureStep> &steps)
{
    for (int i = 0; i < steps.size(); ++i)
        runStep(steps.at(i), i);
}

void TortureRun::runStep(const TortureStep &step, int index)
{
    switch (step.op) {
    case TortureOp::Sync: {
        const SyncReport report = sync(step, index, false);
        note(QStringLiteral("step %1: sync exit %2%3").arg(index).arg(report.exitCode())
                 .arg(report.fatalError.isEmpty() ? QString() : QStringLiteral(" (") + report.fatalError + QLatin1Char(')')));
        learnSeriesIds();
        learnBases(index);
        return;
    }
    case TortureOp::KilledSync:
        killedSync(step);
        learnSeriesIds();
        learnBases(index);
        return;
    case TortureOp::ServerCreateTask:
    case TortureOp::ServerEditTask:
    case TortureOp::ServerDeleteTask:
    case TortureOp::ServerCreateSeries:
    case TortureOp::ServerEditSeries:
    case TortureOp::ServerDeleteSeries:
        serverStep(step, index);
        return;
    default:
        localStep(step, index);
        return;
    }
}

// ---------------------------------------------------------------- local steps

void TortureRun::localStep(const TortureStep &step, int index)
{
    const Snapshot before = localSnapshot();
    switch (step.op) {
    case TortureOp::UndoTasks: undoOrRedo(m_taskStack, m_taskCommands, true, index); return;
    case TortureOp::RedoTasks: undoOrRedo(m_taskStack, m_taskCommands, false, index); return;
    case TortureOp::UndoSeries: undoOrRedo(m_seriesStack, m_seriesCommands, true, index); return;
    case TortureOp::RedoSeries: undoOrRedo(m_seriesStack, m_seriesCommands, false, index); return;
    case TortureOp::CreateTask: createTask(step); break;
    case TortureOp::EditTask: editTask(step, false); break;
    case TortureOp::DeleteTask: editTask(step, true); break;
    case TortureOp::CreateSeries: createSeries(step); break;
    default: editSeries(step); break;
    }
    const Snapshot after = localSnapshot();
    m_ledger.writeDifferences(before, after, index);
    markWritesBackToBase(before, after, index);
}

void TortureRun::pushed(QUndoStack &stack, QVector<CommandChanges> &commands, bool ok, const CommandChanges &changes)
{
    // push() dropped the commands above the old index, then appended the new one unless
    // the store refused it: the first entries stay in place.
    commands.resize(stack.count());
    if (ok && !commands.isEmpty())
        commands.last() = changes;
}

void TortureRun::createTask(const TortureStep &step)
{
    ServiceTask task;
    task.id = uuid();
    task.name = step.value;
    task.scriptCode = QStringLiteral("report");
    task.intervalSec = step.number;
    QString error;
    const bool ok = m_taskEditor->apply(QStringLiteral("create"), {{std::nullopt, task}}, &error);
    if (!ok)
        violation(QStringLiteral("a new service task was refused: ") + error);
    CommandChanges changes;
    for (const QString &field : TrackedFields::of(task).keys())
        changes[QStringLiteral("t:") + task.id].insert(field);
    changes[QStringLiteral("t:") + task.id].insert(kExists);
    pushed(m_taskStack, m_taskCommands, ok, changes);
    note(QStringLiteral("created task %1").arg(task.id));
}

void TortureRun::editTask(const TortureStep &step, bool remove)
{
    const QVector<StoredServiceTask> records = m_ws->serviceTasks().all(false);
    if (records.isEmpty())
        return;
    const StoredServiceTask record = records.at(step.pick % records.size());
    ServiceTask after = record.local;
    TrackedFields::editTask(after, step);
    CommandChanges changes;
    const QString key = QStringLiteral("t:") + record.local.id;
    const WriteLedger::Fields old = TrackedFields::of(record.local);
    const WriteLedger::Fields now = TrackedFields::of(after);
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        if (remove || now.value(it.key()) != it.value())
            changes[key].insert(it.key());
    if (remove)
        changes[key].insert(kExists);
    QString error;
    const QVector<ServiceTaskChange> change{{record.local, remove ? std::nullopt : std::optional<ServiceTask>(after)}};
    const bool ok = m_taskEditor->apply(remove ? QStringLiteral("delete") : QStringLiteral("edit"), change, &error);
    if (!ok)
        note(QStringLiteral("the store refused a task edit: ") + error);
    pushed(m_taskStack, m_taskCommands, ok, changes);
    note(QStringLiteral("%1 task %2 (state %3)").arg(remove ? QStringLiteral("deleted") : QStringLiteral("edited"),
                                                     record.local.id, SyncStates::displayName(record.state)));
}

void TortureRun::createSeries(const TortureStep &step)
{
    QVector<TaskSeriesChange> changes{{0, std::nullopt, newSeries(step.value)}};
    QString error;
    if (!m_seriesCreator->apply(QStringLiteral("create"), changes, &error))
        violation(QStringLiteral("a new series was refused: ") + error);
    else
        note(QStringLiteral("created series, local id %1").arg(changes.first().localId));
}

void TortureRun::editSeries(const TortureStep &step)
{
    const QVector<StoredTaskSeries> records = m_ws->series().all(false);
    if (records.isEmpty())
        return;
    const StoredTaskSeries record = records.at(step.pick % records.size());
    TaskSeries after = record.local;
    if (!TrackedFields::editSeries(after, step))
        return;
    const QString key = seriesKey(record);
    CommandChanges fields;
    const WriteLedger::Fields old = TrackedFields::of(record.local);
    const WriteLedger::Fields now = TrackedFields::of(after);
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (old.value(it.key()) != it.value())
            fields[key].insert(it.key());
    QVector<TaskSeriesChange> changes{{record.localId, record.local, after}};
    QString error;
    const bool ok = m_seriesEditor->apply(QStringLiteral("edit"), changes, &error);
    if (!ok)
        note(QStringLiteral("the store refused a series edit: ") + error);
    pushed(m_seriesStack, m_seriesCommands, ok, fields);
    note(QStringLiteral("edited series %1 (state %2)").arg(key, SyncStates::displayName(record.state)));
}

void TortureRun::undoOrRedo(QUndoStack &stack, QVector<CommandChanges> &commands, bool undo, int index)
{
    if (undo ? !stack.canUndo() : !stack.canRedo())
        return;
    const int position = undo ? stack.index() - 1 : stack.index();
    const CommandChanges allowed = commands.value(position);
    const int count = stack.count();
    const Snapshot before = localSnapshot();
    undo ? stack.undo() : stack.redo();
    const Snapshot after = localSnapshot();
    if (stack.count() < count) // refused and dropped as obsolete
        commands.remove(position);
    note(QStringLiteral("%1 of command %2").arg(undo ? QStringLiteral("undo") : QStringLiteral("redo")).arg(position));
    // An undo or redo changes only what its command changed: a newer value of another
    // field (pulled by a sync since) is never written over.
    WriteLedger probe;
    probe.writeDifferences(before, after, index);
    for (const QString &key : probe.records())
        for (const QString &field : probe.fields(key))
            if (!allowed.value(key).contains(field) && before.contains(key))
                m_known.append(QStringLiteral("undo/redo replays its whole stale copy: step %1: %2 of a command that changed %3 [%4] also wrote %3.%5 = \"%6\" over \"%7\"")
                              .arg(index).arg(undo ? QStringLiteral("undo") : QStringLiteral("redo"), key,
                                              QStringList(allowed.value(key).values()).join(QLatin1Char(',')), field,
                                              after.value(key).value(field).left(60),
                                              before.value(key).value(field).left(60)));
    m_ledger.writeDifferences(before, after, index);
    markWritesBackToBase(before, after, index);
}

// ---------------------------------------------------------------- server steps

QStringList TortureRun::taskKeys() const
{
    QStringList keys;
    for (const QString &key : m_ledger.records())
        if (isTaskKey(key))
            keys.append(key);
    keys.sort();
    return keys;
}

QStringList TortureRun::seriesKeys() const
{
    QStringList keys = m_seriesIdOf.keys();
    keys.sort();
    return keys;
}

void TortureRun::serverStep(const TortureStep &step, int index)
{
    const QStringList tasks = taskKeys();
    const QStringList series = seriesKeys();
    switch (step.op) {
    case TortureOp::ServerCreateTask: serverCreateTask(step, index); return;
    case TortureOp::ServerCreateSeries: serverCreateSeries(step, index); return;
    case TortureOp::ServerEditSeries: serverEditSeries(step, index); return;
    case TortureOp::ServerEditTask: {
        if (tasks.isEmpty())
            return;
        const QString key = tasks.at(step.pick % tasks.size());
        const auto before = serverTask(key.mid(2));
        QJsonObject answer;
        if (!before || m_server.admin("PATCH", QStringLiteral("svctasks/") + key.mid(2), TrackedFields::taskPatch(step), &answer) != 200)
            return; // gone on the server
        const WriteLedger::Fields fields = TrackedFields::of(*ServiceTaskCodec::decode(answer, nullptr));
        const QString field = QStringList{QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("comment"),
                                          QStringLiteral("isEnabled"), QStringLiteral("intervalSec")}.at(step.field % 5);
        // Setting the value it had is no change: a three-way merge cannot see it.
        if (TrackedFields::of(*before).value(field) != fields.value(field))
            m_ledger.write(key, field, WriteLedger::Side::Server, fields.value(field), index);
        note(QStringLiteral("server edited %1.%2").arg(key, field));
        return;
    }
    case TortureOp::ServerDeleteTask: {
        if (tasks.isEmpty())
            return;
        const QString key = tasks.at(step.pick % tasks.size());
        if (m_server.admin("DELETE", QStringLiteral("svctasks/") + key.mid(2)) / 100 == 2) {
            m_ledger.write(key, kExists, WriteLedger::Side::Server, QStringLiteral("0"), index);
            note(QStringLiteral("server deleted %1").arg(key));
        }
        return;
    }
    default: { // ServerDeleteSeries
        if (series.isEmpty())
            return;
        const QString key = series.at(step.pick % series.size());
        QString seriesId;
        if (serverSeries(key, &seriesId)
            && m_server.admin("DELETE", QStringLiteral("series/") + seriesId) / 100 == 2) {
            m_ledger.write(key, kExists, WriteLedger::Side::Server, QStringLiteral("0"), index);
            note(QStringLiteral("server deleted series %1 (%2)").arg(key, seriesId));
        }
        return;
    }
    }
}

void TortureRun::serverCreateTask(const TortureStep &step, int index)
{
    const QString id = uuid();
    const QJsonObject task{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), step.value},
                           {QStringLiteral("svcscriptcode"), QStringLiteral("report")},
                           {QStringLiteral("intervalsec"), step.number},
                           {QStringLiteral("opts"), QJsonObject{{QStringLiteral("title"), step.value.left(50)}}}};
    if (m_server.admin("POST", QStringLiteral("import"), {{QStringLiteral("svctasks"), QJsonArray{task}}}) / 100 != 2) {
        violation(QStringLiteral("step %1: the server did not import a task").arg(index));
        return;
    }
    const auto stored = serverTask(id);
    if (stored)
        m_ledger.writeAll(QStringLiteral("t:") + id, TrackedFields::of(*stored), WriteLedger::Side::Server, index);
    note(QStringLiteral("server created task t:%1").arg(id));
}

void TortureRun::serverCreateSeries(const TortureStep &step, int index)
{
    QJsonObject body = TaskSeriesCodec::encode(newSeries(step.value));
    const QString seriesId = uuid();
    body.insert(QStringLiteral("seriesId"), seriesId);
    if (m_server.admin("POST", QStringLiteral("import"), {{QStringLiteral("series"), QJsonArray{body}}}) / 100 != 2) {
        violation(QStringLiteral("step %1: the server did not import a series").arg(index));
        return;
    }
    const QString key = QStringLiteral("s:server-%1").arg(++m_serverSeriesCount);
    m_seriesIdOf.insert(key, seriesId);
    if (const auto stored = serverSeries(key))
        m_ledger.writeAll(key, TrackedFields::of(*stored), WriteLedger::Side::Server, index);
    note(QStringLiteral("server created series %1 (%2)").arg(key, seriesId));
}

void TortureRun::serverEditSeries(const TortureStep &step, int index)
{
    const QStringList keys = seriesKeys();
    if (keys.isEmpty())
        return;
    const QString key = keys.at(step.pick % keys.size());
    QString seriesId;
    const auto before = serverSeries(key, &seriesId);
    if (!before)
        return;
    const auto edit = TrackedFields::seriesPatch(*before, step);
    if (!edit || m_server.admin("PATCH", QStringLiteral("series/") + seriesId + edit->path, edit->body) != 200)
        return;
    // A step or action changed in place is not visible in the task list, the only
    // change scan the API offers: another client's edit also changes a listed field, to a
    // value no earlier edit gave it (values can share their first 50 characters).
    if (!edit->path.isEmpty())
        m_server.admin("PATCH", QStringLiteral("series/") + seriesId,
                       {{QStringLiteral("description"),
                         QStringLiteral("steps changed (step %1): %2").arg(index).arg(step.value.left(50))}});
    const auto after = serverSeries(key);
    if (!after)
        return;
    const WriteLedger::Fields old = TrackedFields::of(*before);
    const WriteLedger::Fields now = TrackedFields::of(*after);
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (old.value(it.key()) != it.value())
            m_ledger.write(key, it.key(), WriteLedger::Side::Server, it.value(), index);
    note(QStringLiteral("server edited series %1 (%2)%3").arg(key, seriesId, edit->path));
}

std::optional<ServiceTask> TortureRun::serverTask(const QString &uuid)
{
    QJsonObject answer;
    if (m_server.admin("GET", QStringLiteral("svctasks/") + uuid, {}, &answer) != 200)
        return std::nullopt;
    return ServiceTaskCodec::decode(answer, nullptr);
}

std::optional<TaskSeries> TortureRun::serverSeries(const QString &key, QString *seriesId)
{
    QString id = m_seriesIdOf.value(key);
    for (int hops = 0; !id.isEmpty() && hops < 100; ++hops) {
        QJsonObject answer;
        if (m_server.admin("GET", QStringLiteral("series/") + id, {}, &answer) != 200)
            return std::nullopt;
        const QString successor = answer.value(QStringLiteral("successorId")).toString();
        if (!successor.isEmpty()) {
            id = successor;
            continue;
        }
        if (seriesId)
            *seriesId = id;
        return TaskSeriesCodec::decode(answer.value(QStringLiteral("series")), nullptr);
    }
    return std::nullopt;
}

QJsonDocument TortureRun::apiGet(const QString &pathAndQuery)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(m_server.url().resolved(QUrl(pathAndQuery))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return document;
}

// ---------------------------------------------------------------- syncs

void TortureRun::setFaults(const QString &spec)
{
    if (!(spec.isEmpty() ? m_server.resetFaults() : m_server.faults(spec)))
        violation(QStringLiteral("the server refused the fault spec \"%1\"").arg(spec));
}

void TortureRun::waitForDelayedRequests(const QString &spec)
{
    // A delayed request the client gave up on (a cancel, a kill, a timeout) is still
    // carried out once its delay is over; the server has no signal for that moment.
    if (spec.contains(QLatin1String("delay")))
        QTest::qWait(300);
}

SyncReport TortureRun::sync(const TortureStep &step, int index, bool quiet)
{
    setFaults(step.fault);
    SyncSession::Settings settings;
    settings.eraUrl = m_server.url();
    settings.patrolUrl = m_server.url();
    settings.pageSize = quiet ? 500 : 2 + int(m_seed % 4);
    settings.http.timeoutMs = quiet ? 10000 : 700;
    settings.http.deadlineMs = quiet ? 20000 : 3000;
    settings.http.maxAttempts = 3;
    settings.http.backoffBaseMs = 10;
    settings.http.backoffCapMs = 50;
    SyncSession session(*m_ws, settings);
    QSignalSpy finished(&session, &SyncSession::finished);
    QStringList log;
    QObject::connect(&session, &SyncSession::logLine, &session,
                     [&log](SyncLogLevel, const QString &line) { log.append(line); });
    if (step.delayMs >= 0)
        QTimer::singleShot(step.delayMs, &session, [&session] { session.cancel(); });
    if (step.editAtMs >= 0)
        QTimer::singleShot(step.editAtMs, &session, [this, step, index] {
            TortureStep edit = step;
            edit.op = step.field % 2 ? TortureOp::EditSeries : TortureOp::EditTask;
            note(QStringLiteral("step %1: a local edit during the sync").arg(index));
            localStep(edit, index);
        });
    session.start();
    if (finished.isEmpty() && !finished.wait(60000))
        violation(QStringLiteral("step %1: the sync never finished").arg(index));
    setFaults(QString());
    waitForDelayedRequests(step.fault);
    if (quiet && index < -1)
        note(QStringLiteral("sync log: ") + log.join(QStringLiteral("\n    ")));
    if (quiet && !(session.report().exitCode() == 0 || session.report().exitCode() == 2))
        violation(QStringLiteral("the sync on a quiet server failed (exit %1): %2")
                      .arg(session.report().exitCode()).arg(log.join(QStringLiteral(" | "))));
    return session.report();
}

void TortureRun::killedSync(const TortureStep &step)
{
    setFaults(step.fault);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TASKDESK_ERA_TOKEN"), QStringLiteral("t"));
    env.insert(QStringLiteral("TASKDESK_PATROL_TOKEN"), QStringLiteral("t"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TASKDESK_EXECUTABLE),
                  {QStringLiteral("--database"), m_path, QStringLiteral("--sync"), QStringLiteral("--era-url"),
                   m_server.url().toString(), QStringLiteral("--patrol-url"), m_server.url().toString()});
    if (!process.waitForStarted(10000)) {
        violation(QStringLiteral("the headless sync did not start"));
        return;
    }
    if (!process.waitForFinished(step.delayMs)) {
        ::kill(pid_t(process.processId()), SIGKILL);
        if (!process.waitForFinished(10000))
            violation(QStringLiteral("the headless sync survived SIGKILL"));
    }
    note(QStringLiteral("headless sync: %1").arg(process.exitStatus() == QProcess::CrashExit ? QStringLiteral("killed")
                                                                                            : QStringLiteral("exit %1").arg(process.exitCode())));
    setFaults(QString());
    waitForDelayedRequests(step.fault);
}

// ---------------------------------------------------------------- local records

TortureRun::Snapshot TortureRun::localSnapshot()
{
    Snapshot snapshot;
    for (const StoredServiceTask &record : m_ws->serviceTasks().all(true))
        snapshot.insert(QStringLiteral("t:") + record.local.id, fieldsOf(TrackedFields::of(record.local), record.state, record.conflictKind));
    const QVector<StoredTaskSeries> series = m_ws->series().all(true);
    // A local id of a series that went away is given to the next new one (SQLite rowids).
    QSet<qint64> present;
    for (const StoredTaskSeries &record : series)
        present.insert(record.localId);
    for (const qint64 localId : m_seriesKeyOfLocal.keys())
        if (!present.contains(localId))
            m_seriesKeyOfLocal.remove(localId);
    for (const StoredTaskSeries &record : series)
        snapshot.insert(seriesKey(record), fieldsOf(TrackedFields::of(record.local), record.state, record.conflictKind));
    return snapshot;
}

TortureRun::Snapshot TortureRun::baseSnapshot()
{
    Snapshot snapshot;
    for (const StoredServiceTask &record : m_ws->serviceTasks().all(true))
        if (record.base)
            snapshot.insert(QStringLiteral("t:") + record.local.id, TrackedFields::of(*record.base));
    for (const StoredTaskSeries &record : m_ws->series().all(true))
        if (record.base)
            snapshot.insert(seriesKey(record), TrackedFields::of(*record.base));
    return snapshot;
}

int TortureRun::lastBaseStep(const QString &key) const
{
    int last = -1;
    for (const int step : m_baseSteps.value(key))
        last = qMax(last, step);
    return last;
}

void TortureRun::learnBases(int step)
{
    const Snapshot bases = baseSnapshot();
    for (auto it = bases.cbegin(); it != bases.cend(); ++it) {
        const WriteLedger::Fields old = m_bases.value(it.key());
        for (auto field = it->cbegin(); field != it->cend(); ++field)
            if (!old.contains(field.key()) || old.value(field.key()) != field.value())
                m_baseSteps[it.key()][field.key()] = step;
    }
    m_bases = bases;
}

void TortureRun::markWritesBackToBase(const Snapshot &before, const Snapshot &after, int step)
{
    // Read now: a local edit made during a sync may follow a base that sync just moved.
    const Snapshot bases = baseSnapshot();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto base = bases.constFind(it.key());
        if (base == bases.constEnd())
            continue;
        if (before.value(it.key()).value(kExists) == QLatin1String("0") && it->value(kExists) == QLatin1String("1")) {
            // A delete undone on a synced record, as an undone edit: the sync sees no change
            // here, so a delete on the server since the base was taken wins over the undo.
            m_ledger.markBackToBase(it.key(), kExists, lastBaseStep(it.key()));
            note(QStringLiteral("step %1: %2 is back after its delete").arg(step).arg(it.key()));
        }
        for (auto field = it->cbegin(); field != it->cend(); ++field) {
            if (field.key() == kExists || before.value(it.key()).value(field.key()) == field.value()
                || !base->contains(field.key()) || base->value(field.key()) != field.value())
                continue;
            const bool moved = m_bases.value(it.key()).value(field.key()) != field.value();
            const int baseStep = moved ? step : m_baseSteps.value(it.key()).value(field.key(), -1);
            m_ledger.markBackToBase(it.key(), field.key(), baseStep);
            note(QStringLiteral("step %1: %2.%3 is back to its synced value").arg(step).arg(it.key(), field.key()));
        }
    }
}

WriteLedger::Fields TortureRun::fieldsOf(WriteLedger::Fields fields, SyncState state, ConflictKind conflict)
{
    const bool deleted = state == SyncState::Deleted || (state == SyncState::Conflict && conflict == ConflictKind::DeletedHere);
    fields.insert(kExists, deleted ? QStringLiteral("0") : QStringLiteral("1"));
    return fields;
}

QString TortureRun::seriesKey(const StoredTaskSeries &record)
{
    const qint64 localId = record.localId;
    const TaskSeries &series = record.local;
    if (m_seriesKeyOfLocal.contains(localId)) {
        const QString key = m_seriesKeyOfLocal.value(localId);
        // SQLite gives the local id of a series a sync deleted to the next one it inserts,
        // within the same sync: a record that never had its key's seriesId is another one.
        const QString known = m_seriesIdOf.value(key);
        if (known.isEmpty() || series.seriesId.isEmpty() || known == series.seriesId
            || record.seriesIdHistory.contains(known))
            return key;
        m_seriesKeyOfLocal.remove(localId);
    }
    QString key;
    // A series the server made (here: another client) and a sync pulled.
    for (auto it = m_seriesIdOf.cbegin(); it != m_seriesIdOf.cend() && key.isEmpty(); ++it) {
        if (series.seriesId.isEmpty() || m_seriesKeyOfLocal.values().contains(it.key()))
            continue;
        QString live;
        if (it.value() == series.seriesId || (serverSeries(it.key(), &live) && live == series.seriesId))
            key = it.key();
    }
    if (key.isEmpty())
        key = QStringLiteral("s:local-%1").arg(++m_localSeriesCount);
    m_seriesKeyOfLocal.insert(localId, key);
    if (!series.seriesId.isEmpty())
        m_seriesIdOf.insert(key, series.seriesId);
    return key;
}

void TortureRun::learnSeriesIds()
{
    localSnapshot(); // forgets the local ids of series gone since
    for (const StoredTaskSeries &record : m_ws->series().all(true)) {
        const QString key = seriesKey(record);
        if (!record.local.seriesId.isEmpty())
            m_seriesIdOf.insert(key, record.local.seriesId);
    }
}
