#pragma once

#include "storage/RecordQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

// What the service task and series tables share: the ordered ids of the rows that
// pass the filter, computed in SQL, kept in step with the store's signals.
// Subclasses read the rows themselves (see PageCache) and say which ids to show.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const RecordFilter &filter);
    RecordFilter filter() const { return m_filter; }

    qint64 localIdAt(int row) const { return m_ids.value(row, -1); }
    int rowOf(qint64 localId) const;

protected:
    // `sortKeys`: the SQL sort key of each column, in column order.
    RecordTableModel(const RecordQuery &query, const QStringList &sortKeys, QObject *parent = nullptr);

    // Cached rows at or after `row` (or just `row`) no longer hold what they held.
    virtual void dropCachedFrom(int row) = 0;
    virtual void dropCachedRow(int row) = 0;

    const QVector<qint64> &ids() const { return m_ids; }
    // Reads the ids again: a new order of the same rows keeps selections, other rows reset.
    void reload(bool sameRows);

    void recordInserted(qint64 localId);
    void recordChanged(qint64 localId);
    void recordRemoved(qint64 localId);
    // Many records written at once (a batch): rows still there keep their place, and
    // so the selection; new ones go to the end, as single inserts do.
    void recordsChanged();
    // Only these records were added (a pull's worker): they take their place in the
    // order shown, without a reset; rows already shown stay, and so the selection.
    void recordsAdded(const QVector<qint64> &localIds);

private:
    QVector<qint64> queryIds() const;
    bool isVisible(qint64 localId) const { return m_query.matches(localId, m_filter); }
    void setIds(QVector<qint64> ids);
    void forgetOrder();
    // The ids for m_filter from rows already in order (`from`, shown for `fromFilter`), if they can give them.
    bool narrowFrom(const QVector<qint64> &from, const RecordFilter &fromFilter, bool current);
    void appendIfVisible(qint64 localId);
    // The rows of `added` in `ordered` (the whole order) go where it puts them among the rows shown.
    void placeFrom(const QVector<qint64> &ordered, const QSet<qint64> &added);
    void insertRun(int row, const QVector<qint64> &run);

    RecordQuery m_query;
    QStringList m_sortKeys;
    RecordFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<qint64> m_ids;
    // Whether m_ids is still what the query gives for m_filter: no record changed
    // since, here or (by the data version) in another process.
    bool m_idsCurrent = false;
    qint64 m_dataVersion = -1;
    // The ordered ids of the last reload without a search text, while still current
    // (same sort, no record changed since): a search typed from scratch keeps those
    // of its matches in that order instead of walking a sort index again. 8 bytes a row.
    QVector<qint64> m_unsearched;
    RecordFilter m_unsearchedFilter;
    bool m_unsearchedCurrent = false;
    // The row of each id, built on first use: a search keystroke that matches 100 000
    // rows should not pay for it before anyone asks.
    mutable QHash<qint64, int> m_rowOf;
    mutable bool m_rowOfBuilt = false;
};
