#pragma once

#include "edit/ServiceTaskChange.h"
#include "itemmodels/PageCache.h"
#include "itemmodels/RecordTableModel.h"
#include "storage/RecordQuery.h"
#include "storage/StoredServiceTask.h"

class ServiceTaskStore;

// The service task table. It holds only the ordered ids of the rows that pass the
// filter (computed in SQL, see RecordTableModel) and a small cache of pages read on
// demand, so 100 000 tasks open at once. Edits go to the ServiceTaskEditor (the undo stack), and the
// model follows the store's signals, so every view shows what the database holds.
class ServiceTaskTableModel : public RecordTableModel
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
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    std::optional<StoredServiceTask> recordAt(int row) const;

    // Applies `after` to the task in `row` through the editor; false if refused.
    bool commit(int row, const ServiceTask &after, const QString &description);
    QString lastError() const { return m_lastError; }

    // The wire field a validation issue names, as a column (or -1).
    static int columnForField(const QString &field);
    static QString columnName(int column);

signals:
    void editFailed(const QString &message);

protected:
    void dropCachedFrom(int row) override { m_cache.dropFrom(row); }
    void dropCachedRow(int row) override { m_cache.dropRow(row); }

private:
    const StoredServiceTask *cached(int row) const;
    QVariant displayValue(const StoredServiceTask &record, int column) const;
    QVariant editValue(const StoredServiceTask &record, int column) const;
    QStringList issuesFor(const StoredServiceTask &record, int column) const;

    ServiceTaskStore &m_store;
    ServiceTaskEditor *m_editor = nullptr;
    mutable PageCache<StoredServiceTask> m_cache;
    QString m_lastError;
};
