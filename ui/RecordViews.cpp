#include "RecordViews.h"

#include "itemmodels/RecordTableModel.h"
#include "widgets/SearchField.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>

#include <algorithm>

namespace RecordViews {

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
