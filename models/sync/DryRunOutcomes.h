#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QVector>

#include <optional>

class Database;
class RecordStore;
class Workspace;

// What a dry run did to one record of its copy of the database, as a preview lists it.
struct DryRunOutcome
{
    enum class Kind { ServiceTask, Series };
    enum class What { ReceivedNew, ReceivedChanges, Merged, Conflict, DeletedThere };

    Kind kind = Kind::ServiceTask;
    What what = What::ReceivedChanges;
    qint64 localId = 0;
    QString name;
    QString reason; // a conflict's, as the record keeps it

    bool operator==(const DryRunOutcome &o) const
    {
        return kind == o.kind && what == o.what && localId == o.localId && name == o.name && reason == o.reason;
    }
};

// Watches the stores of a dry run's copy and tells, record by record, what the pull did:
// received (new, changed, deleted there), merged with edits made here, or left in conflict.
// It reads the rows the stores say they wrote; a write that only answers a sent request
// (the record becomes clean) is a request of the plan, not an outcome.
class DryRunOutcomes : public QObject
{
    Q_OBJECT

public:
    // Takes the copy's state now; watch before the sync starts.
    DryRunOutcomes(Workspace &copy, QObject *parent = nullptr);

    // In the order they happened, one per record (its last).
    QVector<DryRunOutcome> outcomes() const { return m_outcomes; }

private:
    struct Row
    {
        int state = -1;
        size_t base = 0; // the server's copy as last synced, hashed
        QString name;
        QString error;
    };
    struct Table
    {
        QString name;
        DryRunOutcome::Kind kind;
        QHash<qint64, Row> rows;
        qint64 lastId = 0;
    };

    void load(Table &table);
    void watch(RecordStore &store, Table &table);
    void touched(Table &table, qint64 localId);
    void gone(Table &table, qint64 localId);
    void appeared(Table &table);
    std::optional<Row> read(const Table &table, qint64 localId) const;
    void add(const Table &table, qint64 localId, DryRunOutcome::What what, const Row &row);

    Database &m_db;
    Table m_tasks;
    Table m_series;
    QVector<DryRunOutcome> m_outcomes;
    QHash<QPair<int, qint64>, int> m_index; // (kind, local id) -> its outcome
};
