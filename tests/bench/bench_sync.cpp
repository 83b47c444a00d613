// Measures a sync against the reference server on loopback:
//   pull N service tasks and M series into an empty database, a no-change re-sync,
//   a push of 1 000 edited tasks, and the same requests without the database.
//   During the pull a table model is attached to the store, as in the window, and a
//   timer measures the longest gap between two turns of the event loop (a stall).
//
//   Then more pulls, each into a database of its own beside a plain fetch: the median ratio.
//
//   bench_sync [--svctasks N] [--series M] [--edits K] [--resyncs R] [--pulls P] [--sort-column C]
#include "itemmodels/ServiceTaskTableModel.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "sync/HttpClient.h"
#include "sync/SyncSession.h"
#include "sync/ThreadCpu.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

#include <sys/resource.h>
#include <unistd.h>

namespace {

QTextStream out(stdout);

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

QJsonObject adminStats(HttpClient &http, const QUrl &base)
{
    QJsonObject stats;
    QEventLoop loop;
    http.send("GET", base.resolved(QUrl(QStringLiteral("/__admin/stats"))), QByteArray(), [&](const HttpResult &r) {
        stats = QJsonDocument::fromJson(r.body).object();
        loop.quit();
    });
    loop.exec();
    return stats;
}

void adminPost(HttpClient &http, const QUrl &base, const QString &path)
{
    QEventLoop loop;
    http.send("POST", base.resolved(QUrl(QStringLiteral("/__admin/") + path)), QByteArray("{}"), [&](const HttpResult &) { loop.quit(); });
    loop.exec();
}

// With `phases`, each phase's start is printed with the time since the sync began: where a
// re-sync's time goes.
SyncReport runSync(Workspace &ws, const QUrl &url, bool phases = false)
{
    SyncSession::Settings settings;
    settings.eraUrl = url;
    settings.patrolUrl = url;
    SyncSession session(ws, settings);
    QEventLoop loop;
    QObject::connect(&session, &SyncSession::finished, &loop, &QEventLoop::quit);
    QElapsedTimer since;
    since.start();
    if (phases) {
        QObject::connect(&session, &SyncSession::phaseChanged, [&since](const QString &phase) {
            out << "    " << since.elapsed() << " ms: " << phase << Qt::endl;
        });
    }
    session.start();
    if (session.isRunning())
        loop.exec();
    return session.report();
}

// The longest time between two timeouts of a timer meant to fire every millisecond, and
// the most CPU this thread spent within one such gap: on a machine shared with builds
// the scheduler alone makes gaps of tens of milliseconds, the work done in one does not
// depend on the load.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_since.restart();
            if (gap > m_longest) {
                m_longest = gap;
                m_longestAt = m_started.elapsed();
            }
            const qint64 cpu = threadCpuUs();
            if (cpu - m_cpuSince > m_longestCpuUs) {
                m_longestCpuUs = cpu - m_cpuSince;
                m_longestCpuAt = m_started.elapsed();
            }
            m_cpuSince = cpu;
        });
        m_started.start();
        m_since.start();
        m_cpuSince = threadCpuUs();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }
    qint64 longestCpuMs() const { return m_longestCpuUs / 1000; }
    // When each ended, in ms since the probe started: which phase it was in.
    qint64 longestAt() const { return m_longestAt; }
    qint64 longestCpuAt() const { return m_longestCpuAt; }

private:
    QTimer m_timer;
    QElapsedTimer m_started;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    qint64 m_longestAt = 0;
    qint64 m_longestCpuAt = 0;
    qint64 m_cpuSince = 0;
    qint64 m_longestCpuUs = 0;
};

// CPU time (user + system) of this process, and of the process `pid` from /proc: on a
// shared machine the wall time scatters, the CPU each side spends does not.
qint64 ownCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

qint64 cpuMsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // Fields 14 and 15 (utime, stime) follow the command name in parentheses.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / sysconf(_SC_CLK_TCK);
}

// The ids of a list read page by page (500 a page) until a short page; `query` has %1 for the offset.
QStringList listIds(HttpClient &http, const QUrl &base, const QString &path, const QString &query)
{
    QStringList ids;
    for (int offset = 0;; offset += 500) {
        QUrl page = base.resolved(QUrl(path));
        page.setQuery(query.arg(offset), QUrl::StrictMode);
        QEventLoop loop;
        qsizetype count = 0;
        http.send("GET", page, QByteArray(), [&](const HttpResult &r) {
            const QJsonArray items = QJsonDocument::fromJson(r.body).array();
            count = items.size();
            for (const QJsonValue &item : items)
                ids.append(item.toObject().value(QStringLiteral("id")).toString());
            loop.quit();
        });
        loop.exec();
        if (count < 500)
            return ids;
    }
}

// Bytes this process handed to write calls so far (files and sockets alike): for a pull
// almost all of it is the database's log and the checkpoints into the file.
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &row : io.readAll().split('\n')) {
        if (row.startsWith("wchar:"))
            return row.mid(6).trimmed().toLongLong();
    }
    return 0;
}

// One pull of everything on the server into `ws`, a sorted table model attached and the
// stall probe running, as in the window.
struct PullRun
{
    qint64 ms = 0, cpuMs = 0, guiCpuMs = 0, serverCpuMs = 0;
    qint64 stallMs = 0, stallAt = 0, stallCpuMs = 0, stallCpuAt = 0;
    qint64 writtenMb = 0;
    qint64 longestWriteWaitMs = -1; // of the window's writes during the pull (-1: none made)
};

PullRun pullOnce(Workspace &ws, const QUrl &url, int sortColumn, qint64 serverPid, bool phases, bool edits = false)
{
    PullRun run;
    ServiceTaskTableModel model(ws.serviceTasks());
    model.sort(sortColumn);
    StallProbe probe;
    const qint64 cpuBefore = ownCpuMs(), guiBefore = threadCpuUs(), serverBefore = cpuMsOf(serverPid);
    const qint64 writtenBefore = bytesWritten();
    // With `edits`, every 700 ms a write transaction on the window's connection, as an
    // edit saved during the pull makes: how long it waits for the worker's batch.
    QTimer editTimer;
    editTimer.setInterval(700);
    QObject::connect(&editTimer, &QTimer::timeout, [&ws, &run] {
        QElapsedTimer waited;
        waited.start();
        Transaction tx(ws.database());
        if (tx.isActive() && tx.commit())
            run.longestWriteWaitMs = qMax(run.longestWriteWaitMs, waited.elapsed());
    });
    if (edits)
        editTimer.start();
    QElapsedTimer timer;
    timer.start();
    runSync(ws, url, phases);
    run.ms = timer.elapsed();
    run.writtenMb = (bytesWritten() - writtenBefore) / (1024 * 1024);
    run.cpuMs = ownCpuMs() - cpuBefore;
    run.guiCpuMs = (threadCpuUs() - guiBefore) / 1000;
    run.serverCpuMs = cpuMsOf(serverPid) - serverBefore;
    run.stallMs = probe.longestMs();
    run.stallCpuMs = probe.longestCpuMs();
    run.stallAt = probe.longestAt();
    run.stallCpuAt = probe.longestCpuAt();
    return run;
}

// The item reads of a pull, without the database: each task listed, then read, all
// requests in flight at once as HttpClient allows.
struct FetchRun
{
    qint64 ms = 0, cpuMs = 0, guiCpuMs = 0, serverCpuMs = 0;
    qsizetype items = 0;
};

FetchRun plainFetch(HttpClient &http, const QUrl &url, qint64 serverPid)
{
    FetchRun run;
    StallProbe probe; // its timer costs the same as during the pull
    const qint64 cpuBefore = ownCpuMs(), guiBefore = threadCpuUs(), serverBefore = cpuMsOf(serverPid);
    QElapsedTimer timer;
    timer.start();
    const QStringList ids = listIds(http, url, QStringLiteral("/rest/v1/service/svctasks"), QStringLiteral("mask=id,ext.lwt&offset=%1&limit=500"));
    QEventLoop loop;
    qsizetype remaining = ids.size();
    for (const QString &id : ids) {
        http.send("GET", url.resolved(QUrl(QStringLiteral("/rest/v1/service/svctasks/") + id)), QByteArray(),
                  [&](const HttpResult &) { if (--remaining == 0) loop.quit(); });
    }
    if (remaining > 0)
        loop.exec();
    run.ms = timer.elapsed();
    run.items = ids.size();
    run.cpuMs = ownCpuMs() - cpuBefore;
    run.guiCpuMs = (threadCpuUs() - guiBefore) / 1000;
    run.serverCpuMs = cpuMsOf(serverPid) - serverBefore;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Each pair's wall-time ratio, and the CPU of both processes (Taskdesk and the server)
// pull against fetch: what the code costs, whatever else the machine runs.
void printPairs(const QList<std::pair<PullRun, FetchRun>> &pairs)
{
    QList<double> wall, cpu;
    QStringList each;
    for (const auto &[pull, fetch] : pairs) {
        wall.append(double(pull.ms) / qMax<qint64>(1, fetch.ms));
        cpu.append(double(pull.cpuMs + pull.serverCpuMs) / qMax<qint64>(1, fetch.cpuMs + fetch.serverCpuMs));
        each.append(QStringLiteral("%1/%2 ms").arg(pull.ms).arg(fetch.ms));
    }
    out << qSetFieldWidth(44) << Qt::left << QStringLiteral("pull / plain fetch, median of %1 pairs").arg(pairs.size())
        << qSetFieldWidth(0) << QString::number(median(wall), 'f', 2) << "  (target 1.3; pairs: " << each.join(QStringLiteral(", "))
        << ")" << Qt::endl;
    out << qSetFieldWidth(44) << Qt::left << "  CPU of both processes, pull / fetch" << qSetFieldWidth(0)
        << QString::number(median(cpu), 'f', 2) << "  (median)" << Qt::endl;
}

void line(const QString &what, qint64 ms, const QString &extra = QString())
{
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << ms << " ms" << extra << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tasksOption(QStringLiteral("svctasks"), QStringLiteral("Service tasks on the server."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seriesOption(QStringLiteral("series"), QStringLiteral("Series on the server."), QStringLiteral("M"), QStringLiteral("1000"));
    const QCommandLineOption editsOption(QStringLiteral("edits"), QStringLiteral("Tasks edited before the push."), QStringLiteral("K"), QStringLiteral("1000"));
    const QCommandLineOption resyncsOption(QStringLiteral("resyncs"), QStringLiteral("No-change re-syncs in a row."), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption pullsOption(QStringLiteral("pulls"), QStringLiteral("Pulls, each beside a plain fetch, for the median ratio."), QStringLiteral("P"), QStringLiteral("3"));
    const QCommandLineOption sortOption(QStringLiteral("sort-column"), QStringLiteral("The column the table is sorted by during the pull (-1: none)."), QStringLiteral("C"), QStringLiteral("-1"));
    parser.addOptions({tasksOption, seriesOption, editsOption, resyncsOption, pullsOption, sortOption});
    parser.process(app);

    QProcess server;
    server.start(QStringLiteral(TASKDESK_REFSERVER),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"), QStringLiteral("--generate-svctasks"),
                  parser.value(tasksOption), QStringLiteral("--generate-series"), parser.value(seriesOption)});
    if (!server.waitForReadyRead(120000)) {
        out << "the reference server did not start" << Qt::endl;
        return 1;
    }
    const QByteArray first = server.readLine().trimmed();
    const QUrl url(QString::fromUtf8(first.mid(int(qstrlen("listening on ")))));
    HttpClient admin;

    QTemporaryDir dir;
    Workspace ws;
    if (!ws.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        out << ws.errorString() << Qt::endl;
        return 1;
    }

    adminPost(admin, url, QStringLiteral("stats/reset"));
    QElapsedTimer timer;
    const int sortColumn = parser.value(sortOption).toInt();
    const PullRun pull = pullOnce(ws, url, sortColumn, server.processId(), true);
    const qint64 pullMs = pull.ms;
    QJsonObject stats = adminStats(admin, url);
    line(QStringLiteral("pull into an empty database"), pullMs,
         QStringLiteral("  (%1 tasks, %2 series; %3 requests)").arg(ws.serviceTasks().count()).arg(ws.series().count())
             .arg(stats.value(QStringLiteral("total")).toInt()));
    line(QStringLiteral("  CPU of the pull (all threads)"), pull.cpuMs,
         QStringLiteral(", of which the GUI thread %1 ms; the reference server %2 ms; %3 MB written")
             .arg(pull.guiCpuMs).arg(pull.serverCpuMs).arg(pull.writtenMb));
    line(QStringLiteral("longest event-loop stall during the pull"), pull.stallMs,
         QStringLiteral("  (target 50 ms; the table model attached; at %1 ms; the most GUI-thread CPU in one gap: %2 ms, at %3 ms)")
             .arg(pull.stallAt).arg(pull.stallCpuMs).arg(pull.stallCpuAt));

    // Re-syncs in a row, the median counted: one run's scatter on a busy machine is large.
    SyncReport report;
    QList<qint64> resyncs;
    qint64 clientCpu = 0, serverCpu = 0;
    for (int i = 0; i < parser.value(resyncsOption).toInt() || resyncs.isEmpty(); ++i) {
        adminPost(admin, url, QStringLiteral("stats/reset"));
        const qint64 clientBefore = ownCpuMs(), serverBefore = cpuMsOf(server.processId());
        timer.start();
        report = runSync(ws, url, resyncs.isEmpty());
        resyncs.append(timer.elapsed());
        clientCpu += ownCpuMs() - clientBefore;
        serverCpu += cpuMsOf(server.processId()) - serverBefore;
    }
    const QList<qint64> runs = resyncs;
    std::sort(resyncs.begin(), resyncs.end());
    const qint64 resyncMs = resyncs.at(resyncs.size() / 2);
    stats = adminStats(admin, url);
    QStringList each;
    for (qint64 ms : runs)
        each.append(QString::number(ms));
    line(QStringLiteral("re-sync, nothing changed (median)"), resyncMs,
         QStringLiteral("  (runs: %1 ms; %2 requests: %3 task list pages, %4 series list pages)")
             .arg(each.join(QStringLiteral(", ")))
             .arg(stats.value(QStringLiteral("total")).toInt())
             .arg(stats.value(QStringLiteral("GET /rest/v1/service/svctasks")).toInt())
             .arg(stats.value(QStringLiteral("GET /task-executions/info")).toInt()));
    line(QStringLiteral("  CPU per re-sync: Taskdesk"), clientCpu / resyncs.size(),
         QStringLiteral(", the reference server %1 ms").arg(serverCpu / resyncs.size()));

    const int edits = parser.value(editsOption).toInt();
    {
        Transaction tx(ws.database());
        const auto all = ws.serviceTasks().all();
        for (int i = 0; i < edits && i < all.size(); ++i) {
            ServiceTask task = all.at(i).local;
            task.setComment(QStringLiteral("bench edit %1").arg(i));
            ws.serviceTasks().saveLocal(all.at(i).localId, task);
        }
        tx.commit();
    }
    adminPost(admin, url, QStringLiteral("stats/reset"));
    timer.start();
    report = runSync(ws, url);
    const qint64 pushMs = timer.elapsed();
    stats = adminStats(admin, url);
    line(QStringLiteral("push %1 edited tasks").arg(edits), pushMs,
         QStringLiteral("  (%1 PATCH; exit code %2)").arg(stats.value(QStringLiteral("PATCH /rest/v1/service/svctasks/{id}")).toInt())
             .arg(report.exitCode()));

    // The re-sync's list pages, one after the other as the sync asks them, without the
    // database: what the server and the wire cost of a re-sync.
    HttpClient plain;
    timer.start();
    QStringList ids = listIds(plain, url, QStringLiteral("/rest/v1/service/svctasks"),
                              QStringLiteral("mask=id,ext.lwt&order=%5B%22id%22%5D&limit=500&offset=%1"));
    const qint64 taskListMs = timer.elapsed();
    const int executions = int(listIds(plain, url, QStringLiteral("/task-executions/info"),
                                       QStringLiteral("limit=500&offset=%1&sort=startAt,asc&sort=id,asc")).size());
    const qint64 listMs = timer.elapsed();
    line(QStringLiteral("the same list pages (no database)"), listMs,
         QStringLiteral("  (%1 tasks in %2 ms, %3 executions in %4 ms)").arg(ids.size()).arg(taskListMs)
             .arg(executions).arg(listMs - taskListMs));
    out << qSetFieldWidth(44) << Qt::left << "re-sync / list pages" << qSetFieldWidth(0)
        << QString::number(double(resyncMs) / qMax<qint64>(1, listMs), 'f', 2) << Qt::endl;

    // The same item reads, without the database: what the network costs of a pull.
    const FetchRun fetch = plainFetch(plain, url, server.processId());
    line(QStringLiteral("plain fetch of the same tasks (no database)"), fetch.ms,
         QStringLiteral("  (%1 items; CPU: %2 ms, of which the GUI thread %3 ms; the reference server %4 ms)")
             .arg(fetch.items).arg(fetch.cpuMs).arg(fetch.guiCpuMs).arg(fetch.serverCpuMs));
    out << qSetFieldWidth(44) << Qt::left << "pull / plain fetch" << qSetFieldWidth(0)
        << QString::number(double(pullMs) / qMax<qint64>(1, fetch.ms), 'f', 2)
        << "  (target 1.3 with --series 0)" << Qt::endl;

    // More pairs, each pull into a database of its own, the order alternating: one pair's
    // ratio on a shared machine scatters by a third, the median of several much less.
    QList<std::pair<PullRun, FetchRun>> pairs{{pull, fetch}};
    for (int i = 1; i < parser.value(pullsOption).toInt(); ++i) {
        QTemporaryDir pairDir;
        Workspace pairWs;
        if (!pairWs.open(pairDir.filePath(QStringLiteral("pair.sqlite")))) {
            out << pairWs.errorString() << Qt::endl;
            return 1;
        }
        if (i % 2 == 1) {
            const PullRun p = pullOnce(pairWs, url, sortColumn, server.processId(), false);
            pairs.append({p, plainFetch(plain, url, server.processId())});
        } else {
            const FetchRun f = plainFetch(plain, url, server.processId());
            pairs.append({pullOnce(pairWs, url, sortColumn, server.processId(), false), f});
        }
    }
    if (pairs.size() > 1)
        printPairs(pairs);

    // One more pull, with edits saved meanwhile.
    {
        QTemporaryDir editDir;
        Workspace editWs;
        if (!editWs.open(editDir.filePath(QStringLiteral("edits.sqlite")))) {
            out << editWs.errorString() << Qt::endl;
            return 1;
        }
        const PullRun edited = pullOnce(editWs, url, sortColumn, server.processId(), false, true);
        line(QStringLiteral("pull with a write every 700 ms"), edited.ms,
             QStringLiteral("  (the longest wait of a write for the worker: %1 ms; the longest stall %2 ms)")
                 .arg(edited.longestWriteWaitMs).arg(edited.stallMs));
    }
    out << qSetFieldWidth(44) << Qt::left << "peak memory" << qSetFieldWidth(0)
        << QString::number(peakMegabytes(), 'f', 1) << " MB" << Qt::endl;
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
