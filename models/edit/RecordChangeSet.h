#pragma once

#include "edit/StaleEdit.h"
#include "storage/SyncState.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

// What ServiceTaskChangeSet and TaskSeriesChangeSet share: a list of changes applied
// forwards (redo) or backwards (undo) in one transaction, each naming its record by
// local id. `Kind` says what differs between the two kinds of record:
//   using Store, Change, Record;
//   static QJsonObject comparable(const Record &);          // what a stale step is judged on
//   static Record toStore(const Record &target, const Record &current); // the copy a replay writes
//   static qint64 localIdOf(const Store &, const Change &); // 0: none stored yet
template<typename Kind>
class RecordChangeSet
{
public:
    using Store = typename Kind::Store;
    using Change = typename Kind::Change;
    using Record = typename Kind::Record;

    // Fills in the local ids of records it creates, so that a later undo or redo finds them.
    static bool apply(Store &store, QVector<Change> &changes, bool forward, QString *error, bool replay)
    {
        Transaction tx(store.database());
        if (!tx.isActive()) {
            *error = tx.errorString();
            return false;
        }
        for (Change &change : changes) {
            if (!applyOne(store, change, forward, error, replay))
                return false; // nothing written: the transaction rolls back
        }
        if (!tx.commit()) {
            *error = tx.errorString();
            return false;
        }
        return true;
    }

private:
    static std::optional<QJsonObject> comparable(const std::optional<Record> &record)
    {
        return record ? std::optional(Kind::comparable(*record)) : std::nullopt;
    }

    static bool applyOne(Store &store, Change &change, bool forward, QString *error, bool replay)
    {
        const std::optional<Record> &target = forward ? change.after : change.before;
        const std::optional<Record> &source = forward ? change.before : change.after;
        change.localId = Kind::localIdOf(store, change);
        const auto current = change.localId > 0 ? store.get(change.localId) : std::nullopt;
        const bool present = current && current->state != SyncState::Deleted;
        const std::optional<Record> now = present ? std::optional(current->local) : std::nullopt;
        if (replay && !StaleEdit::matches(comparable(source), comparable(now))) {
            *error = StaleEdit::refusal(forward, now ? now->name : (source ? source->name : target->name));
            return false;
        }
        bool ok = true;
        if (!target) {
            ok = !current || store.remove(change.localId);
        } else if (current) {
            ok = store.saveLocal(change.localId, replay && now ? Kind::toStore(*target, *now) : *target);
        } else {
            // Undoing a delete re-creates the record under the id it had: never given to
            // another record since (LocalIds), it still names this one.
            const auto created = store.create(*target, change.localId > 0 ? std::optional(change.localId)
                                                                          : std::nullopt);
            ok = created.has_value();
            if (ok)
                change.localId = *created;
        }
        if (!ok)
            *error = store.errorString();
        return ok;
    }
};
