#include "RecordViews.h"

#include "i18n/LocalDates.h"
#include "itemmodels/RecordTableModel.h"
#include "storage/SyncState.h"
#include "widgets/ColumnChooser.h"
#include "widgets/SearchField.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace RecordViews {

ColumnChooser *setUpTable(QTableView *view, QAbstractItemModel *model, const QSet<int> &defaultHidden)
{
    // The row height before the rows: set after them, it resized 100 000 rows one by one.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->verticalHeader()->hide();
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The unsorted order first: switching sorting on then asks the model for the order it has.
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    QHeaderView *header = view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    // Tab leaves the table for the form, as in other desktop programs; the arrows move in it.
    view->setTabKeyNavigation(false);
    // The rows move under a sort; the record the operator was on must stay in sight.
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, [view] {
        QTimer::singleShot(0, view, [view] {
            const QModelIndex current = view->selectionModel()->currentIndex();
            if (current.isValid())
                view->scrollTo(current, QAbstractItemView::PositionAtCenter);
        });
    });
    // Every header readable whole, in the longer Russian words too («Синхр…» was cut).
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, qMax(header->sectionSize(column), header->sectionSizeHint(column)));
    auto *chooser = new ColumnChooser(header, defaultHidden);
    chooser->applyDefaults();
    return chooser;
}

int dateColumnWidth(const QTableView *view, const QString &header)
{
    const QDateTime sample(QDate(2024, 12, 28), QTime(23, 58), Qt::UTC);
    const QFontMetrics metrics = view->fontMetrics();
    return qMax(metrics.horizontalAdvance(LocalDates::text(sample)), metrics.horizontalAdvance(header)) + 28;
}

int stateColumnWidth(const QTableView *view, const QString &header)
{
    const QFontMetrics metrics = view->fontMetrics();
    int widest = 0;
    for (int state = 0; state <= int(SyncState::Error); ++state) {
        for (bool held : {false, true})
            widest = qMax(widest, metrics.horizontalAdvance(SyncStates::displayName(SyncStates::fromInt(state), held)));
    }
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    return qMax(widest + icon + 20, metrics.horizontalAdvance(header) + 28);
}

QVector<qint64> selectedIds(const QTableView *view, const RecordTableModel *model)
{
    QVector<qint64> ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(model->localIdAt(index.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<qint64> currentRecord(const QTableView *view, const RecordTableModel *model)
{
    const QItemSelectionModel *selection = view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    qint64 id = -1;
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent())) {
        id = model->localIdAt(current.row());
    } else {
        const QModelIndexList rows = selection->selectedRows();
        if (rows.size() == 1)
            id = model->localIdAt(rows.first().row());
    }
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void followCurrentRecord(QTableView *view, RecordTableModel *model, QObject *context,
                         const std::function<void()> &onChange)
{
    QItemSelectionModel *selection = view->selectionModel();
    QObject::connect(selection, &QItemSelectionModel::currentRowChanged, context, onChange);
    QObject::connect(selection, &QItemSelectionModel::selectionChanged, context, onChange);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, onChange);
    QObject::connect(model, &QAbstractItemModel::modelReset, context, onChange);
}

void select(QTableView *view, RecordTableModel *model, SearchField *search, qint64 localId)
{
    int row = model->rowOf(localId);
    if (row < 0 && !search->text().isEmpty()) {
        search->clearNow();
        row = model->rowOf(localId);
    }
    if (row < 0)
        return;
    const QModelIndex index = model->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

QByteArray saveLayout(const QSplitter *splitter, const QTableView *view)
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint32(1) << splitter->saveState() << view->horizontalHeader()->saveState();
    return state;
}

void restoreLayout(QSplitter *splitter, QTableView *view, RecordTableModel *model, const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitterState, header;
    in >> version >> splitterState >> header;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    splitter->restoreState(splitterState);
    view->horizontalHeader()->restoreState(header);
    // The restored sort indicator is applied to the model too.
    const QHeaderView *h = view->horizontalHeader();
    model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
}

} // namespace RecordViews
