// What the record history costs (RecordHistory, schema 6): the database growth and the
// edit time for N service tasks edited once each, with the history trigger and without
// it, and the time to read one record's history of 50 versions (what History… shows).
// Usage: bench_history [N=100000]. Prints measurements; asserts nothing.
#include "storage/RecordHistory.h"
#include "storage/ServiceTaskBatch.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

ServiceTask task(int i)
{
    ServiceTask t;
    t.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    t.name = QStringLiteral("Service task %1").arg(i);
    t.scriptCode = QStringLiteral("dialByCallList");
    t.intervalSec = 3600;
    t.setTitle(QStringLiteral("Calls of the morning shift, list %1").arg(i % 97));
    return t;
}

qint64 fileSize(Workspace &ws)
{
    QSqlQuery(ws.database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return QFileInfo(ws.path()).size();
}

struct Result
{
    qint64 before = 0;
    qint64 after = 0;
    qint64 editMs = 0;
};

Result editOnce(const QString &path, int n, bool history)
{
    Workspace ws;
    Result r;
    if (!ws.open(path))
        return r;
    if (!history)
        QSqlQuery(ws.database().connection()).exec(QStringLiteral("DROP TRIGGER svctask_history"));
    {
        ServiceTaskBatch pull(ws.serviceTasks(), n);
        for (int i = 0; i < n; ++i)
            pull.insertPulled(task(i));
        pull.commit();
    }
    r.before = fileSize(ws);
    QElapsedTimer timer;
    timer.start();
    {
        ServiceTaskBatch edit(ws.serviceTasks(), n);
        for (int i = 0; i < n; ++i) {
            ServiceTask t = task(i);
            t.name += QStringLiteral(" (edited)");
            edit.writeLocal(t, true);
        }
        edit.commit();
    }
    r.editMs = timer.elapsed();
    r.after = fileSize(ws);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const Result with = editOnce(dir.filePath(QStringLiteral("with.sqlite")), n, true);
    const Result without = editOnce(dir.filePath(QStringLiteral("without.sqlite")), n, false);
    auto mb = [](qint64 bytes) { return QString::number(double(bytes) / (1 << 20), 'f', 1); };
    out << n << " service tasks edited once\n"
        << "  with history:    " << mb(with.before) << " MB -> " << mb(with.after) << " MB, edit " << with.editMs << " ms\n"
        << "  without history: " << mb(without.before) << " MB -> " << mb(without.after) << " MB, edit "
        << without.editMs << " ms\n"
        << "  history growth:  " << mb(with.after - without.after) << " MB ("
        << (with.after - without.after) / n << " bytes a task)\n";

    // One record with a full history: what History… reads before it shows.
    Workspace ws;
    if (!ws.open(dir.filePath(QStringLiteral("with.sqlite"))))
        return 1;
    const qint64 id = *ws.serviceTasks().localIdForUuid(task(n / 2).id);
    ServiceTask t = ws.serviceTasks().get(id)->local;
    for (int i = 0; i < RecordHistory::kDefaultLimit + 10; ++i) {
        t.name = QStringLiteral("Version %1").arg(i);
        ws.serviceTasks().saveLocal(id, t);
    }
    RecordHistory history(ws.database());
    QVector<qint64> micros;
    int versions = 0;
    for (int run = 0; run < 50; ++run) {
        QElapsedTimer timer;
        timer.start();
        versions = int(history.serviceTask(id).size());
        micros.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(micros.begin(), micros.end());
    out << "  one record's history (" << versions << " versions): median " << micros.at(micros.size() / 2) << " us\n";
    return 0;
}
