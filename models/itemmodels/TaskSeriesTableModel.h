#pragma once

#include "itemmodels/PageCache.h"
#include "itemmodels/RecordTableModel.h"
#include "storage/RecordQuery.h"
#include "storage/StoredTaskSeries.h"

class TaskSeriesStore;

// The series table: one row per series, lazily read like the service task table.
// Editing happens in the form and the step editor, not in the cells.
class TaskSeriesTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name, Priority, Start, End, OrderedSteps, StrictTime, Deadlined, Tags, Assignees, Location,
        Steps, State, ColumnCount
    };
    Q_ENUM(Column)

    enum Role { LocalIdRole = Qt::UserRole + 1, SyncStateRole, RecordIssuesRole };

    explicit TaskSeriesTableModel(TaskSeriesStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    std::optional<StoredTaskSeries> recordAt(int row) const;
    static QString columnName(int column);
    static QString priorityText(const QString &code);

protected:
    void dropCachedFrom(int row) override { m_cache.dropFrom(row); }
    void dropCachedRow(int row) override { m_cache.dropRow(row); }

private:
    QVariant displayValue(const StoredTaskSeries &record, int column) const;

    TaskSeriesStore &m_store;
    mutable PageCache<StoredTaskSeries> m_cache;
};
