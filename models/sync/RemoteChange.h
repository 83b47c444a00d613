#pragma once

#include "json/DecodeError.h"
#include "storage/SyncWrite.h"
#include "sync/RemoteChangeText.h"
#include "sync/ThreeWayMerge.h"

#include <QJsonObject>

// What the server's word about a record does to the stored record: the sync's decision,
// written once for both kinds. Pure: it reads the stored record and the server's copy
// and says what to write; RemoteChangeWriter stores it. `Rules` holds what a kind does
// its own way (ServiceTaskChangeRules, SeriesChangeRules): its codec, its merge, and the
// few cases where the two kinds have answered differently so far.
template <typename Rules>
class RemoteChange
{
public:
    using Record = typename Rules::Record;
    using Stored = typename Rules::Stored;

    struct Outcome
    {
        enum class Action { Nothing, Write, DeleteRow, Fail };
        Action action = Action::Nothing;
        SyncWrite<Record> write; // for Write
        QString failure;         // for Fail: why the merged copy cannot be read
    };

    // The server's current copy of a known record. A clean record takes it; an edited one
    // is merged three-way: changes on different fields both survive, the same field changed
    // on both sides is a conflict kept for the user (the local copy keeps the user's
    // values, the server's copy is stored beside it).
    static Outcome pulled(const Stored &current, const Record &serverCopy)
    {
        const QJsonObject theirs = Rules::encode(serverCopy);
        const QJsonObject mine = Rules::encodeMine(current.local);
        const QJsonObject base = Rules::baseOf(current, mine, theirs);
        if (current.state == SyncState::Deleted)
            return pulledDeletedHere(current, serverCopy, base, theirs);
        if (current.state == SyncState::Conflict && current.conflictKind == ConflictKind::DeletedHere) {
            // Still deleted here and changed there: the user decides; the server's newest
            // copy waits beside it.
            return write({current.local, current.base, serverCopy, SyncState::Conflict, current.syncError,
                          ConflictKind::DeletedHere});
        }
        if ((current.state == SyncState::Clean && !Rules::unanswered(current)) || Rules::encode(current.local) == base)
            return write({serverCopy, serverCopy, std::nullopt, SyncState::Clean, QString(), ConflictKind::None});
        return merged(current, serverCopy, base, mine, theirs);
    }

    // The server no longer has the record: a clean copy goes, an edited one is a conflict
    // (edit against delete), a locally deleted one is done. A record the server never
    // confirmed (no base) is only ours: a sync never deletes it.
    static Outcome deletedOnServer(const Stored &current)
    {
        if (!current.base)
            return {};
        const bool edited = Rules::encode(*current.base) != Rules::encode(current.local);
        if (current.state == SyncState::Deleted || (!edited && current.state != SyncState::Conflict))
            return {Outcome::Action::DeleteRow, {}, QString()};
        return write({current.local, current.base, std::nullopt, SyncState::Conflict, RemoteChangeText::deletedThere(),
                      ConflictKind::DeletedThere});
    }

private:
    static Outcome write(const SyncWrite<Record> &what) { return {Outcome::Action::Write, what, QString()}; }

    static Outcome pulledDeletedHere(const Stored &current, const Record &serverCopy, const QJsonObject &base,
                                     const QJsonObject &theirs)
    {
        if (Rules::kDeleteOutlivesArrivedCreate && !current.base) {
            // Deleted here while its create was out, and the create arrived: the server's
            // copy is the base, the delete is still to be sent.
            return write({current.local, serverCopy, std::nullopt, SyncState::Deleted, QString(), ConflictKind::None});
        }
        // Deleted here: if the server changed it meanwhile, the user decides.
        if (current.base && !Rules::serverChanged(base, theirs))
            return {};
        Record local = current.local;
        Rules::takeIdentity(local, serverCopy);
        return write({local, current.base, serverCopy, SyncState::Conflict, RemoteChangeText::deletedHere(),
                      ConflictKind::DeletedHere});
    }

    static Outcome merged(const Stored &current, const Record &serverCopy, const QJsonObject &base,
                          const QJsonObject &mine, const QJsonObject &theirs)
    {
        const MergeResult merge = Rules::merge(base, mine, theirs);
        DecodeError failure;
        const std::optional<Record> merged = Rules::decode(merge.merged, &failure);
        if (!merged)
            return {Outcome::Action::Fail, {}, failure.toString()};
        if (!merge.clean()) {
            // The merged copy keeps the user's values on conflicting fields: nothing is lost.
            return write({*merged, current.base, serverCopy, SyncState::Conflict,
                          RemoteChangeText::changedOnBothSides(merge.conflicts), ConflictKind::Edited});
        }
        SyncState state = Rules::mergedIsTheirs(merge.merged, *merged, theirs) ? SyncState::Clean : SyncState::Modified;
        QString error;
        if (Rules::kRefusalOutlivesMerge && state == SyncState::Modified && current.state == SyncState::Error) {
            state = SyncState::Error; // still refused: only a new edit sends it again
            error = current.syncError;
        }
        return write({*merged, serverCopy, std::nullopt, state, error, ConflictKind::None});
    }
};
