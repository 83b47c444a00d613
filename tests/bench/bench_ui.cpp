// Fills a database with many service tasks and series and measures what an operator
// feels: the first page of a table on screen, a sort, search keystrokes (typed one
// after the other, and one replacing an unrelated search), opening the step editor on
// the biggest series, and memory.
//
//   bench_ui [--count N] [--series N] [--database FILE]    (QT_QPA_PLATFORM=offscreen works)
#include "itemmodels/ServiceTaskTableModel.h"
#include "itemmodels/StepActionModel.h"
#include "itemmodels/TaskSeriesTableModel.h"
#include "series/StepEditor.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>
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
    const QCommandLineOption seriesOption(QStringLiteral("series"), QStringLiteral("Number of series (100 of them with 20 steps of 10 actions)."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({countOption, seriesOption, dbOption});
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

    // The keystrokes above are typed one after the other, so each narrows the rows of
    // the one before. A search replacing an unrelated one cannot: the whole query runs.
    model.setFilter({QStringLiteral("title 9"), false});
    timer.start();
    model.setFilter({QStringLiteral("о"), false});
    readVisible(view);
    QCoreApplication::processEvents();
    out << qSetFieldWidth(40) << Qt::left << QStringLiteral("search \"о\" from scratch (%1 rows)").arg(model.rowCount())
        << qSetFieldWidth(0) << timer.elapsed() << " ms" << Qt::endl;
    model.setFilter({});

    // Series: 10 000, of which 100 have 20 steps of 10 actions each.
    const int seriesCount = parser.value(seriesOption).toInt();
    const int existingSeries = ws.series().count();
    qint64 biggest = 0;
    if (existingSeries < seriesCount) {
        timer.start();
        Transaction tx(ws.database());
        for (int i = existingSeries; i < seriesCount; ++i) {
            TaskSeries series;
            series.name = QStringLiteral("Обход %1").arg(i, 5, 10, QLatin1Char('0'));
            series.priority = i % 7 ? QStringLiteral("NORMAL") : QStringLiteral("MAJOR");
            Timestamp::parse(QStringLiteral("2024-01-10T21:00:00.000Z"), &series.startAt);
            Timestamp::parse(QStringLiteral("2024-01-11T05:00:00.000Z"), &series.endAt);
            series.tags = {QStringLiteral("ночь")};
            const bool big = i < 100;
            for (int s = 0; s < (big ? 20 : 2); ++s) {
                Step step;
                step.name = QStringLiteral("Точка %1").arg(s + 1);
                for (int a = 0; a < (big ? 10 : 2); ++a) {
                    Action action;
                    action.name = QStringLiteral("Действие %1").arg(a + 1);
                    action.type = a % 3 == 0 ? QStringLiteral("BOOLEAN") : a % 3 == 1 ? QStringLiteral("TEXT") : QStringLiteral("NUMBER");
                    action.required = a % 2;
                    step.actions.append(action);
                }
                series.steps.append(step);
            }
            const auto id = ws.series().create(series);
            if (!id) {
                out << ws.series().errorString() << Qt::endl;
                return 1;
            }
            if (big && !biggest)
                biggest = *id;
        }
        if (!tx.commit())
            return 1;
        report("fill series (one transaction)", timer.elapsed());
    }
    if (!biggest) {
        const auto all = ws.series().all();
        if (all.isEmpty()) {
            out << "no series to open: " << ws.series().errorString() << Qt::endl;
            return 1;
        }
        biggest = all.first().localId;
    }
    out << "series: " << ws.series().count() << Qt::endl;

    timer.start();
    TaskSeriesTableModel seriesModel(ws.series());
    QTableView seriesView;
    seriesView.resize(1200, 800);
    seriesView.setModel(&seriesModel);
    seriesView.show();
    readVisible(seriesView);
    QCoreApplication::processEvents();
    report("first series page shown", timer.elapsed());

    timer.start();
    StepEditor editor(ws.series());
    editor.resize(700, 800);
    editor.show();
    editor.showSeries(biggest);
    QCoreApplication::processEvents();
    report("step editor on 20 x 10 series", timer.elapsed());
    out << "  items in the tree: " << editor.model()->stepCount() << " steps, "
        << editor.model()->actionCount() << " actions" << Qt::endl;

    timer.start();
    editor.model()->moveActions({editor.model()->index(0, 0, editor.model()->index(0, 0))},
                                editor.model()->index(19, 0), -1);
    QCoreApplication::processEvents();
    report("move one action across steps (stored)", timer.elapsed());

    out << qSetFieldWidth(40) << Qt::left << "peak memory" << qSetFieldWidth(0)
        << QString::number(peakMegabytes(), 'f', 1) << " MB" << Qt::endl;
    return 0;
}
