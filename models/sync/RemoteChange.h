#pragma once

#include "json/DecodeError.h"
#include "storage/SyncWrite.h"
#include "sync/RemoteChangeText.h"
#include "sync/ThreeWayMerge.h"
#include "sync/UnansweredPush.h"

#include <QJsonObject>

// What the server's word about a record does to the stored record: the sync's decision,
// written once for both kinds, and the same for both in the same situation. Pure: it reads
// the stored record and the server's copy and says what to write; RemoteChangeWriter stores
// it. `Rules` holds how a kind is encoded, merged and identified (ServiceTaskChangeRules,
// SeriesChangeRules). Where the servers' APIs differ, the push says so, not this decision: a
// series deleted here stays deleted as a task does, and its push tells the user to delete it
// in TARGPatrol, which has no request for it.
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
    static Outcome pulled(const Stored &stored, const Record &serverCopy)
    {
        const Stored current = withServerIds(stored, serverCopy);
        const QJsonObject theirs = Rules::encode(serverCopy);
        const QJsonObject mine = Rules::encodeMine(current.local);
        const QJsonObject base = baseOf(current, mine, theirs);
        if (current.state == SyncState::Deleted)
            return pulledDeletedHere(current, serverCopy, base, theirs);
        if (current.state == SyncState::Conflict && current.conflictKind == ConflictKind::DeletedHere) {
            // Still deleted here and changed there: the user decides; the server's newest
            // copy waits beside it.
            return write({current.local, current.base, serverCopy, SyncState::Conflict, current.syncError,
                          ConflictKind::DeletedHere});
        }
        if ((current.state == SyncState::Clean && !unanswered(current)) || Rules::encode(current.local) == base)
            return write({serverCopy, serverCopy, std::nullopt, SyncState::Clean, QString(), ConflictKind::None});
        return merged(current, serverCopy, base, mine, theirs);
    }

    // The server no longer has the record: a clean copy goes, an edited one is a conflict
    // (edit against delete), a locally deleted one is done. A record the server never
    // confirmed (no base) is only ours: a sync never deletes it. A delete undone here after
    // its DELETE went out is a change here too: whether the delete there is that DELETE
    // (which the undo overrides) or another client's cannot be told, so the user decides.
    static Outcome deletedOnServer(const Stored &current)
    {
        if (!current.base)
            return {};
        const bool edited = Rules::encode(*current.base) != Rules::encode(current.local) || deleteSent(current);
        if (current.state == SyncState::Deleted || (!edited && current.state != SyncState::Conflict))
            return {Outcome::Action::DeleteRow, {}, QString()};
        return write({current.local, current.base, std::nullopt, SyncState::Conflict, RemoteChangeText::deletedThere(),
                      ConflictKind::DeletedThere});
    }

private:
    // What a push whose answer never came sent (a POST, PATCH or PUT): it may have landed.
    static const std::optional<Record> &sent(const Stored &current)
    {
        static const std::optional<Record> none;
        return current.pushAttempted ? current.posted : none;
    }
    static bool unanswered(const Stored &current) { return current.base && sent(current); }
    // A DELETE was sent and its answer never came: the attempt is noted without a copy.
    static bool deleteSent(const Stored &current) { return current.pushAttempted && !current.posted; }

    // An update whose answer never came may have landed: the items it made there take the
    // server's identities here and in what was sent (a series' new steps and actions), so
    // they are not taken for items added on both sides.
    static Stored withServerIds(Stored current, const Record &serverCopy)
    {
        if (unanswered(current)) {
            current.local = Rules::adoptServerIds(current.local, *current.posted, serverCopy);
            current.posted = Rules::adoptServerIds(*current.posted, *current.posted, serverCopy);
        }
        return current;
    }

    // What the merge starts from: the last synced copy; never synced here (a create whose
    // answer was lost), what the create sent, so that what another client changed there
    // since is taken, not overwritten; neither, the server's copy. An update whose answer
    // never came may have landed: then the base is what it left there (UnansweredPush), so
    // an edit made since is neither lost to the values it wrote nor a false conflict.
    static QJsonObject baseOf(const Stored &current, const QJsonObject &mine, const QJsonObject &theirs)
    {
        const std::optional<Record> &posted = sent(current);
        const QJsonObject base = current.base ? Rules::encode(*current.base) : posted ? Rules::encode(*posted) : theirs;
        return unanswered(current) ? UnansweredPush::baseFor(base, Rules::encode(*posted), mine, theirs) : base;
    }

    static Outcome write(const SyncWrite<Record> &what) { return {Outcome::Action::Write, what, QString()}; }

    static Outcome pulledDeletedHere(const Stored &current, const Record &serverCopy, const QJsonObject &base,
                                     const QJsonObject &theirs)
    {
        Record local = current.local;
        Rules::takeIdentity(local, serverCopy);
        if (!current.base) {
            // Deleted here while its create was out, and the create arrived: nobody changed
            // it there, so no conflict; the server's copy is the base (and gives the record
            // the server's identity), the delete is still to be sent.
            return write({local, serverCopy, std::nullopt, SyncState::Deleted, QString(), ConflictKind::None});
        }
        // Deleted here: if the server changed it meanwhile, the user decides.
        if (!Rules::serverChanged(base, theirs))
            return {};
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
        if (Rules::mergedIsTheirs(merge.merged, *merged, theirs))
            return write({*merged, serverCopy, std::nullopt, SyncState::Clean, QString(), ConflictKind::None});
        Record refused = current.local;
        Rules::takeIdentity(refused, serverCopy);
        if (current.state == SyncState::Error
            && ThreeWayMerge::changedFields(Rules::encode(refused), Rules::encode(*merged)).isEmpty()) {
            // What was refused is what would be sent again (the server's ext aside): it stays
            // refused, with why, until the user edits it.
            return write({*merged, serverCopy, std::nullopt, SyncState::Error, current.syncError, ConflictKind::None});
        }
        // A refusal was of the old content: the merged one is sent (a new refusal says why).
        return write({*merged, serverCopy, std::nullopt, SyncState::Modified, QString(), ConflictKind::None});
    }
};
