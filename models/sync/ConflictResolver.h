#pragma once

#include "storage/SyncState.h"
#include "sync/ThreeWayMerge.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

#include <optional>

class Workspace;
struct StoredServiceTask;
struct StoredTaskSeries;

// One record in Conflict as the user decides it: each conflicting path with base, mine
// and theirs. "Mine" is always the stored local copy (for a conflict between edits it
// already holds every non-conflicting change of theirs); a side that deleted the record
// is an undefined value of the "record" path.
struct ConflictRecord
{
    enum class Kind { ServiceTask, Series };
    Kind kind = Kind::ServiceTask;
    qint64 localId = 0;
    QString name;
    QString why;                        // in the language shown now where known, else the store's sync error
    QJsonObject merged;                 // what the choices are written into
    std::optional<QJsonObject> remote;  // the server's copy, when there is one
    QVector<FieldConflict> conflicts;
};

// Finds the records in Conflict and writes the user's decisions through the stores, with
// no widgets: the conflict dialog shows what records() gives and hands back a value per
// conflict. Resolved records are sent by the next sync.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    explicit ConflictResolver(Workspace &workspace);

    // Service tasks, then series, each by name.
    QVector<ConflictRecord> records() const;

    // One value per conflict, in order (an undefined value removes the field or item; for
    // "record", deletes the record here and on the server). False, with *error, when the
    // result is no valid record or the store refuses it; nothing is written then.
    bool apply(const ConflictRecord &record, const QVector<QJsonValue> &values, QString *error);

    enum class Side { Mine, Theirs };
    // Every conflict of the record decided for one side.
    bool applySide(const ConflictRecord &record, Side side, QString *error);

    // The record from its three wire copies (base and theirs absent where there is none).
    static ConflictRecord makeRecord(ConflictRecord::Kind kind, qint64 localId, const QString &name,
                                     const QString &why, ConflictKind conflictKind, const QJsonObject &mine,
                                     const std::optional<QJsonObject> &base,
                                     const std::optional<QJsonObject> &theirs);

    // Why a stored record is in Conflict, said in the language shown now.
    static QString reasonOf(const StoredServiceTask &record);
    static QString reasonOf(const StoredTaskSeries &record);

private:
    Workspace &m_workspace;
};
