#pragma once

#include "sync/PendingChange.h"

#include <QCoreApplication>
#include <QJsonObject>

class Workspace;
struct ServiceTask;
struct TaskSeries;

// The changes the next sync would send, read from the database alone (no network):
// what `taskdesk --status` prints and a pending-changes view shows.
class PendingChanges
{
    Q_DECLARE_TR_FUNCTIONS(PendingChanges)

public:
    // Every unsynced record, or at most `limit` of them (service tasks first); `total`, when
    // given, is how many there are in all (listed or not).
    static QVector<PendingChange> collect(Workspace &workspace, int limit = -1, int *total = nullptr);

    // Field by field, local against base, on the wire form of the record.
    static QVector<FieldChange> diff(const ServiceTask &base, const ServiceTask &local);
    static QVector<FieldChange> diff(const TaskSeries &base, const TaskSeries &local);

    // A line per record for people ("change  service task «Name»: name, opts.title").
    static QStringList describe(const QVector<PendingChange> &changes);
    static QString summary(const QVector<PendingChange> &changes);
    // For scripts: stable English keys, every field with its base and local value.
    static QJsonObject toJson(const QVector<PendingChange> &changes);

    // Would be sent but for the operator's hold (a held draft or conflict is not sent anyway).
    static bool isHeld(const PendingChange &change);
    static QString kindName(PendingChange::Kind kind);
    static const char *kindKey(PendingChange::Kind kind);
};
