#pragma once

#include "edit/ServiceTaskChange.h"
#include "storage/ServiceTaskQuery.h"
#include "storage/StoredServiceTask.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

class ServiceTaskStore;

// The service task table. It holds only the ordered ids of the rows that pass the
// filter (computed in SQL) and a small cache of pages read on demand, so 100 000
// tasks open at once. Edits go to the ServiceTaskEditor (the undo stack), and the
// model follows the store's signals, so every view shows what the database holds.
class ServiceTaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name, Enabled, ScriptCode, SiteMode, Sites, Regular, Overlap, Interval, Start, Stop,
        Schedule, Title, Created, LastWrite, State, ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        LocalIdRole = Qt::UserRole + 1,
        UuidRole,
        SyncStateRole,     // SyncState as int
        IssuesRole,        // QStringList: validation messages for this cell
        RecordIssuesRole,  // QStringList: every validation message of the row
    };

    explicit ServiceTaskTableModel(ServiceTaskStore &store, QObject *parent = nullptr);

    void setEditor(ServiceTaskEditor *editor) { m_editor = editor; }
    void setFilter(const ServiceTaskFilter &filter);
    ServiceTaskFilter filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 localIdAt(int row) const;
    int rowOf(qint64 localId) const;
    std::optional<StoredServiceTask> recordAt(int row) const;

    // Applies `after` to the task in `row` through the editor; false if refused.
    bool commit(int row, const ServiceTask &after, const QString &description);
    QString lastError() const { return m_lastError; }

    // The wire field a validation issue names, as a column (or -1).
    static int columnForField(const QString &field);
    static QString columnName(int column);

signals:
    void editFailed(const QString &message);

private:
    void reload(bool sameRows);
    void onInserted(qint64 localId);
    void onChanged(qint64 localId);
    void onRemoved(qint64 localId);
    void appendIfVisible(qint64 localId);
    const StoredServiceTask *cached(int row) const;
    void invalidate(int row);
    QVariant displayValue(const StoredServiceTask &record, int column) const;
    QVariant editValue(const StoredServiceTask &record, int column) const;
    QStringList issuesFor(const StoredServiceTask &record, int column) const;
    void rebuildRowIndex();

    ServiceTaskStore &m_store;
    ServiceTaskQuery m_query;
    ServiceTaskEditor *m_editor = nullptr;
    ServiceTaskFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<qint64> m_ids;
    QHash<qint64, int> m_rowOf;
    // Rows read from the database, by page; dropped wholesale when it grows large.
    mutable QHash<int, QVector<StoredServiceTask>> m_pages;
    QString m_lastError;
};
