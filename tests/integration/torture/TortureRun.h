#pragma once

#include "TortureStep.h"
#include "WriteLedger.h"

#include "domain/TaskSeries.h"
#include "storage/Workspace.h"
#include "sync/SyncReport.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QUndoStack>

#include <memory>
#include <optional>

class RefServer;
class UndoServiceTaskEditor;
class UndoTaskSeriesEditor;

// One schedule against the reference server: a fresh database and server data, the
// steps one by one (local edits through the undo editors the pages use, the server's
// admin API as another client, syncs under faults, cancels and killed headless syncs),
// then a final sync on a quiet server and the invariants. Violations are collected as
// lines, never thrown: the test prints them with the schedule.
class TortureRun
{
public:
    // The ledger's field for a record's existence ("0" deleted, "1" there).
    static inline const QString kExists = QStringLiteral("exists");

    TortureRun(RefServer &server, const QString &databasePath, quint32 seed);
    ~TortureRun();

    bool setUp();
    void run(const QVector<TortureStep> &steps);
    // The final sync on a quiet server, the re-sync, and every invariant.
    void finish();

    const QStringList &violations() const { return m_violations; }
    const QStringList &journal() const { return m_journal; }
    // Deviations from an invariant caused by a defect that is known and reported.
    const QStringList &knownDefects() const { return m_known; }

private:
    using Snapshot = QHash<QString, WriteLedger::Fields>;
    // What one undo command changed: record key -> fields.
    using CommandChanges = QHash<QString, QSet<QString>>;

    void runStep(const TortureStep &step, int index);
    // Local steps (through the editors); each is recorded in the ledger as it lands.
    void localStep(const TortureStep &step, int index);
    void createTask(const TortureStep &step);
    void editTask(const TortureStep &step, bool remove);
    void createSeries(const TortureStep &step);
    void editSeries(const TortureStep &step);
    void undoOrRedo(QUndoStack &stack, QVector<CommandChanges> &commands, bool undo, int index);
    void pushed(QUndoStack &stack, QVector<CommandChanges> &commands, bool ok, const CommandChanges &changes);
    // Server steps (the admin API).
    void serverStep(const TortureStep &step, int index);
    void serverCreateTask(const TortureStep &step, int index);
    void serverCreateSeries(const TortureStep &step, int index);
    void serverEditSeries(const TortureStep &step, int index);
    // Syncs.
    SyncReport sync(const TortureStep &step, int index, bool quiet);
    void killedSync(const TortureStep &step);
    void setFaults(const QString &spec);
    void waitForDelayedRequests(const QString &spec);

    // The local records as the ledger names them.
    Snapshot localSnapshot();
    // The last synced copy (base) of each record that has one, named the same way.
    Snapshot baseSnapshot();
    // After a sync: remembers the bases and, per field, the step that last changed them.
    void learnBases(int step);
    // The step that last moved any field of the record's base (-1: the starting data).
    int lastBaseStep(const QString &key) const;
    // Flags the local writes between two snapshots that put a field back to its base.
    void markWritesBackToBase(const Snapshot &before, const Snapshot &after, int step);
    // The tracked fields and "exists" of a local record.
    static WriteLedger::Fields fieldsOf(WriteLedger::Fields fields, SyncState state, ConflictKind conflict);
    QString seriesKey(const StoredTaskSeries &record);
    void learnSeriesIds();
    // A series on the server, following the splits ("successorId") to the live one.
    std::optional<TaskSeries> serverSeries(const QString &key, QString *seriesId = nullptr);
    std::optional<ServiceTask> serverTask(const QString &uuid);
    QJsonDocument apiGet(const QString &pathAndQuery);
    QStringList taskKeys() const;
    QStringList seriesKeys() const;

    // Invariants.
    void checkTasks();
    void checkSeries();
    void checkFields(const QString &key, const WriteLedger::Fields &local, const WriteLedger::Fields *server,
                     bool conflict);
    // The requests other than list pages of a re-sync, which must change nothing here.
    QHash<QString, int> resyncRequests();
    void checkResyncListsOnly();
    void checkIntegrity();
    void violation(const QString &text) { m_violations.append(text); }
    void note(const QString &text) { m_journal.append(text); }

    RefServer &m_server;
    QString m_path;
    quint32 m_seed;
    std::unique_ptr<Workspace> m_ws;
    QUndoStack m_taskStack;
    QUndoStack m_seriesStack;
    QUndoStack m_seriesCreates; // series creates stay off the undo stack: there is no API to delete a series
    std::unique_ptr<UndoServiceTaskEditor> m_taskEditor;
    std::unique_ptr<UndoTaskSeriesEditor> m_seriesEditor;
    std::unique_ptr<UndoTaskSeriesEditor> m_seriesCreator;
    QVector<CommandChanges> m_taskCommands;
    QVector<CommandChanges> m_seriesCommands;
    WriteLedger m_ledger;
    Snapshot m_bases;
    QHash<QString, QHash<QString, int>> m_baseSteps; // record -> field -> step its base last changed
    QHash<qint64, QString> m_seriesKeyOfLocal;
    QHash<QString, QString> m_seriesIdOf; // ledger key -> a seriesId it had on the server
    int m_serverSeriesCount = 0;
    int m_localSeriesCount = 0;
    QStringList m_violations;
    QStringList m_journal;
    QStringList m_known;
};
