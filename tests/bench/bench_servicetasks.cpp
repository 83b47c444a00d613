// Fills a database with many service tasks and measures what an operator feels:
// the first page of the table on screen, a sort, a search keystroke, and memory.
//
//   bench_servicetasks [--count N] [--database FILE]     (QT_QPA_PLATFORM=offscreen works)
#include "itemmodels/ServiceTaskTableModel.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

QTextStream out(stdout);

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// Touches every visible cell as a paint would, so lazy loading is part of the time.
void readVisible(QTableView &view)
{
    QAbstractItemModel *model = view.model();
    const int first = qMax(0, view.rowAt(0));
    const int last = qMin(model->rowCount() - 1, first + view.viewport()->height() / qMax(1, view.rowHeight(0)) + 1);
    for (int row = first; row <= last; ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            model->data(model->index(row, column));
}

void report(const char *what, qint64 ms)
{
    out << qSetFieldWidth(40) << Qt::left << what << qSetFieldWidth(0) << ms << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Number of service tasks."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption dbOption(QStringLiteral("database"), QStringLiteral("Database file (default: a temporary one)."),
                                      QStringLiteral("FILE"));
    parser.addOptions({countOption, dbOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(QStringLiteral("bench.sqlite"));
    Workspace ws;
    if (!ws.open(path)) {
        out << ws.errorString() << Qt::endl;
        return 1;
    }

    QElapsedTimer timer;
    const int existing = ws.serviceTasks().count();
    if (existing < count) {
        timer.start();
        Transaction tx(ws.database());
        const QStringList scripts{QStringLiteral("dialByCallList"), QStringLiteral("cleardata"), QStringLiteral("report")};
        for (int i = existing; i < count; ++i) {
            ServiceTask task;
            task.name = QStringLiteral("Задача %1 обзвон").arg(i, 6, 10, QLatin1Char('0'));
            task.scriptCode = scripts.at(i % scripts.size());
            task.isRegular = i % 2;
            task.intervalSec = 60 * (i % 1440 + 1);
            task.setTitle(QStringLiteral("Title %1").arg(i));
            Timestamp::parse(QStringLiteral("2024-01-01T08:00:00Z"), &task.dtStart);
            if (!ws.serviceTasks().create(task)) {
                out << ws.serviceTasks().errorString() << Qt::endl;
                return 1;
            }
        }
        if (!tx.commit())
            return 1;
        report("fill (one transaction)", timer.elapsed());
    }
    out << "service tasks: " << ws.serviceTasks().count() << Qt::endl;

    timer.start();
    ServiceTaskTableModel model(ws.serviceTasks());
    QTableView view;
    view.resize(1200, 800);
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view.show();
    readVisible(view);
    QCoreApplication::processEvents();
    report("first table page shown", timer.elapsed());

    timer.start();
    view.sortByColumn(ServiceTaskTableModel::Name, Qt::DescendingOrder);
    readVisible(view);
    QCoreApplication::processEvents();
    report("sort by name", timer.elapsed());

    timer.start();
    view.sortByColumn(ServiceTaskTableModel::Interval, Qt::AscendingOrder);
    readVisible(view);
    QCoreApplication::processEvents();
    report("sort by interval", timer.elapsed());

    const QStringList keystrokes{QStringLiteral("о"), QStringLiteral("об"), QStringLiteral("обз"),
                                 QStringLiteral("обзв"), QStringLiteral("0042"), QStringLiteral("title 9")};
    for (const QString &text : keystrokes) {
        timer.start();
        model.setFilter({text, false});
        readVisible(view);
        QCoreApplication::processEvents();
        const qint64 ms = timer.elapsed();
        out << qSetFieldWidth(40) << Qt::left << QStringLiteral("search \"%1\" (%2 rows)").arg(text).arg(model.rowCount())
            << qSetFieldWidth(0) << ms << " ms" << Qt::endl;
    }

    timer.start();
    model.setFilter({});
    view.scrollToBottom();
    readVisible(view);
    QCoreApplication::processEvents();
    report("clear search, scroll to the end", timer.elapsed());

    out << qSetFieldWidth(40) << Qt::left << "peak memory" << qSetFieldWidth(0)
        << QString::number(peakMegabytes(), 'f', 1) << " MB" << Qt::endl;
    return 0;
}
