#pragma once

#include "sync/ConflictPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

// One field (or item, or order) changed on both sides to different values.
struct FieldConflict
{
    // Where in the wire JSON (see ConflictPath). A step without a seriesId (a local new one)
    // is named by its position in `merged`.
    ConflictPath path;
    QString label;       // for people, translated: "Name", "Title", "Step “step 1”: name", …
    QJsonValue base;     // undefined = absent / deleted
    QJsonValue mine;
    QJsonValue theirs;
};

struct MergeResult
{
    // Every non-conflicting change of both sides applied; for a conflicting path it holds
    // MINE, so nothing of the user's is lost while the conflict waits.
    QJsonObject merged;
    QVector<FieldConflict> conflicts;
    bool clean() const { return conflicts.isEmpty(); }
};

// Three-way merge of records on the wire (ServiceTaskCodec::encode / TaskSeriesCodec::encode
// output) for sync: base = the server's version the local edit started from, mine = the local
// version, theirs = the server's current version. Never loses an edit, never invents data.
class ThreeWayMerge
{
    Q_DECLARE_TR_FUNCTIONS(ThreeWayMerge)

public:
    // ERA service tasks. Top-level fields three-way; `opts` per key; `ext` is server-owned and
    // always theirs; `id` must be equal (else a conflict "id").
    static MergeResult mergeServiceTask(const QJsonObject &base, const QJsonObject &mine,
                                        const QJsonObject &theirs);

    // TARGPatrol series bodies. Top-level fields three-way (`recurrence` per key); `seriesId`
    // is theirs. Steps and actions are matched by `seriesId` (actions across all steps: the
    // parent step is a mergeable property); items without one are local (mine) and kept in
    // their position. Orders: one side's reorder is taken, two different reorders are one
    // "…order" conflict. Deleted on one side + unchanged on the other = deleted; deleted +
    // edited = a conflict on the item. `order` fields are renumbered 0..n-1.
    static MergeResult mergeSeries(const QJsonObject &base, const QJsonObject &mine,
                                   const QJsonObject &theirs);

    // A record deleted on one side while edited on the other: path "record"; mine or theirs
    // is undefined for the side that deleted it (an empty object = deleted).
    static FieldConflict deleteConflict(const QJsonObject &base, const QJsonObject &mineOrEmpty,
                                        const QJsonObject &theirsOrEmpty);

    // Writes the user's decisions into `merged`: for each conflict whose path (format()) is in `choices`,
    // the chosen value (mine, theirs or an edited one); an undefined value removes the
    // field/item. Conflicts without a choice keep what `merged` holds (mine). For "record",
    // the result is the chosen object (empty when the choice is undefined = deleted).
    static QJsonObject resolve(const QJsonObject &merged, const QVector<FieldConflict> &conflicts,
                               const QHash<QString, QJsonValue> &choices);

    // The top-level fields whose value differs between two entities, in `to`'s key order then
    // removed ones: for ERA PATCH bodies. Never "id" and never "ext" (server-owned, read-only).
    // Uses sameValue(), so a date or `sites` that differs only in form is no change.
    static QStringList changedFields(const QJsonObject &from, const QJsonObject &to);

    // Equality of one top-level field's values: dates (dtstart, dtstop, startAt, endAt, every
    // key of ext) as instants, `sites` as a list (string or array), ERA intbools (isenabled,
    // isregular, overlap) as booleans; anything else with QJsonValue ==.
    static bool sameValue(const QString &key, const QJsonValue &a, const QJsonValue &b);

    // The translated label of a top-level field ("Name", "Start", …; unknown keys as they are).
    static QString fieldLabel(const QString &key);
};
