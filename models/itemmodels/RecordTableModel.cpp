#include "itemmodels/RecordTableModel.h"

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
    m_filter = filter;
    reload(false);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_ids.size();
}

void RecordTableModel::setIds(QVector<qint64> ids)
{
    m_ids = std::move(ids);
    m_rowOf.clear();
    m_rowOf.reserve(m_ids.size());
    for (int i = 0; i < m_ids.size(); ++i)
        m_rowOf.insert(m_ids.at(i), i);
    dropCachedFrom(0);
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload(true);
}

void RecordTableModel::reload(bool sameRows)
{
    QVector<qint64> ids = queryIds();
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
    if (m_rowOf.contains(localId) || !isVisible(localId))
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
    appendIfVisible(localId);
}

void RecordTableModel::recordChanged(qint64 localId)
{
    const int row = rowOf(localId);
    if (row < 0) {
        appendIfVisible(localId); // e.g. an undone delete
        return;
    }
    dropCachedRow(row);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RecordTableModel::recordRemoved(qint64 localId)
{
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
