#include "itemmodels/RecordTableModel.h"

#include <QSet>

#include <algorithm>

RecordTableModel::RecordTableModel(const RecordQuery &query, const QStringList &sortKeys, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_sortKeys(sortKeys)
{
}

QVector<qint64> RecordTableModel::queryIds() const
{
    return m_query.ids(m_filter, m_sortKeys.value(m_sortColumn), m_sortOrder == Qt::DescendingOrder);
}

void RecordTableModel::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    const RecordFilter before = m_filter;
    m_filter = filter;
    // One more letter typed: the rows shown are in order already and only some stay,
    // which spares walking a sort index. A search typed from scratch does the same
    // from the rows shown without a search.
    if (narrowFrom(m_ids, before, m_idsCurrent) || narrowFrom(m_unsearched, m_unsearchedFilter, m_unsearchedCurrent))
        return;
    reload(false);
}

bool RecordTableModel::narrowFrom(const QVector<qint64> &from, const RecordFilter &fromFilter, bool current)
{
    // (No rows may also mean a failed read.)
    if (!current || from.isEmpty() || !RecordQuery::narrows(fromFilter, m_filter)
        || m_query.dataVersion() != m_dataVersion)
        return false;
    // A search cleared: the rows are those of before, in their order.
    QVector<qint64> ids = fromFilter == m_filter ? from : m_query.narrowed(from, m_filter);
    beginResetModel();
    setIds(std::move(ids));
    endResetModel();
    return true;
}

void RecordTableModel::forgetOrder()
{
    m_idsCurrent = false;
    m_unsearchedCurrent = false;
    m_unsearched.clear();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_ids.size();
}

int RecordTableModel::rowOf(qint64 localId) const
{
    if (!m_rowOfBuilt) {
        m_rowOf.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            m_rowOf.insert(m_ids.at(i), i);
        m_rowOfBuilt = true;
    }
    return m_rowOf.value(localId, -1);
}

void RecordTableModel::setIds(QVector<qint64> ids)
{
    m_ids = std::move(ids);
    m_rowOf.clear();
    m_rowOfBuilt = false;
    m_idsCurrent = true;
    dropCachedFrom(0);
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= columnCount())
        return;
    // The view asks for the order it already has when sorting is switched on: the rows
    // are read once at start, not again for each such call.
    if (column == m_sortColumn && order == m_sortOrder && m_idsCurrent && m_query.dataVersion() == m_dataVersion)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    forgetOrder();
    reload(true);
}

void RecordTableModel::reload(bool sameRows)
{
    m_dataVersion = m_query.dataVersion();
    QVector<qint64> ids = queryIds();
    m_unsearchedCurrent = m_filter.text.trimmed().isEmpty();
    m_unsearched = m_unsearchedCurrent ? ids : QVector<qint64>(); // shared, not copied
    m_unsearchedFilter = m_filter;
    if (!sameRows || ids.size() != m_ids.size()) {
        beginResetModel();
        setIds(std::move(ids));
        endResetModel();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &index : before)
        beforeIds.append(m_ids.value(index.row()));
    setIds(std::move(ids));
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOf(beforeIds.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RecordTableModel::appendIfVisible(qint64 localId)
{
    if (rowOf(localId) >= 0 || !isVisible(localId))
        return;
    // New rows go to the end until the next sort, where the user expects to find them.
    const int row = m_ids.size();
    beginInsertRows(QModelIndex(), row, row);
    m_ids.append(localId);
    m_rowOf.insert(localId, row);
    dropCachedRow(row);
    endInsertRows();
}

void RecordTableModel::recordInserted(qint64 localId)
{
    forgetOrder(); // appended, not sorted in
    appendIfVisible(localId);
}

void RecordTableModel::recordChanged(qint64 localId)
{
    forgetOrder(); // its sort key may have changed
    const int row = rowOf(localId);
    if (row < 0) {
        appendIfVisible(localId); // e.g. an undone delete
        return;
    }
    dropCachedRow(row);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RecordTableModel::recordsChanged()
{
    forgetOrder();
    m_dataVersion = m_query.dataVersion();
    QVector<qint64> fresh = queryIds();
    const QSet<qint64> now(fresh.cbegin(), fresh.cend());
    const bool anyGone = std::any_of(m_ids.cbegin(), m_ids.cend(), [&now](qint64 id) { return !now.contains(id); });
    if (anyGone || m_ids.isEmpty()) {
        beginResetModel();
        setIds(std::move(fresh)); // in the query's order: current
        endResetModel();
        return;
    }
    const QSet<qint64> shown(m_ids.cbegin(), m_ids.cend());
    QVector<qint64> added;
    for (qint64 id : std::as_const(fresh)) {
        if (!shown.contains(id))
            added.append(id);
    }
    dropCachedFrom(0);
    emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columnCount() - 1));
    if (added.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_ids.size()), int(m_ids.size() + added.size()) - 1);
    m_ids += added;
    m_rowOf.clear();
    m_rowOfBuilt = false;
    endInsertRows();
}

void RecordTableModel::recordsAdded(const QVector<qint64> &localIds)
{
    if (localIds.isEmpty())
        return;
    forgetOrder();
    m_dataVersion = m_query.dataVersion();
    if (m_sortKeys.value(m_sortColumn).isEmpty() && m_sortOrder == Qt::AscendingOrder) {
        // In the order of their ids, as a table without a sort shows them: new ids are the highest.
        QVector<qint64> added;
        for (qint64 id : m_query.among(localIds, m_filter)) {
            if (rowOf(id) < 0)
                added.append(id);
        }
        if (!added.isEmpty())
            insertRun(int(m_ids.size()), added);
        return;
    }
    // Sorted: their places come from the whole order, read again (a few ms for 10 000 rows).
    placeFrom(queryIds(), QSet<qint64>(localIds.cbegin(), localIds.cend()));
}

void RecordTableModel::placeFrom(const QVector<qint64> &ordered, const QSet<qint64> &added)
{
    // Each run of added ids goes after the row shown before it in `ordered`. The rows
    // shown stay where they are, even one whose sort key was edited since it was placed.
    QVector<std::pair<int, QVector<qint64>>> runs; // insert before this row, these ids
    int after = 0;
    for (qint64 id : ordered) {
        const int row = rowOf(id);
        if (row >= 0) {
            after = row + 1;
        } else if (added.contains(id)) {
            if (runs.isEmpty() || runs.last().first != after)
                runs.append(std::pair<int, QVector<qint64>>(after, {}));
            runs.last().second.append(id);
        }
    }
    // From the bottom up, so that the rows still to insert before keep their numbers (of
    // two runs before one row, the later first: the earlier then goes before it).
    std::stable_sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto run = runs.crbegin(); run != runs.crend(); ++run)
        insertRun(run->first, run->second);
}

void RecordTableModel::insertRun(int row, const QVector<qint64> &run)
{
    beginInsertRows(QModelIndex(), row, row + int(run.size()) - 1);
    if (row == m_ids.size()) {
        // Appended: no row moves, so the rows of the others stay known.
        m_ids += run;
        for (qsizetype i = 0; m_rowOfBuilt && i < run.size(); ++i)
            m_rowOf.insert(run.at(i), row + int(i));
    } else {
        m_ids = m_ids.mid(0, row) + run + m_ids.mid(row);
        m_rowOf.clear();
        m_rowOfBuilt = false;
    }
    dropCachedFrom(row);
    endInsertRows();
}

void RecordTableModel::recordRemoved(qint64 localId)
{
    forgetOrder();
    const int row = rowOf(localId);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_ids.remove(row);
    m_rowOf.remove(localId);
    for (int i = row; i < m_ids.size(); ++i)
        m_rowOf.insert(m_ids.at(i), i);
    dropCachedFrom(row);
    endRemoveRows();
}
