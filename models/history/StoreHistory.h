#pragma once

#include "history/HistorySubject.h"

// A record's history read from its store, restored through its page's editor (undoable).
// The same for every kind of record but for a small part, `Kind`:
//   Store, Editor, Record: the types; kind: the history's kind of record;
//   encode(record), decode(json, error): the record as its versions keep it;
//   identified(version, stored, history): the version to restore, as the record is known now
//     (its ids, and the server's own data);
//   same(a, b): two copies the record would not tell apart; alreadySo(): why a restore
//     that changes nothing is refused;
//   apply(editor, description, stored, restored, error): the restore as one undoable edit.
template <typename Kind>
class StoreHistory : public HistorySubject
{
public:
    using Store = typename Kind::Store;
    using Editor = typename Kind::Editor;

    StoreHistory(Store &store, Editor &editor, qint64 localId, QObject *parent = nullptr)
        : HistorySubject(store.database(), Kind::kind, localId, parent)
        , m_store(store)
        , m_editor(editor)
    {
        watch(store);
    }

    std::optional<QJsonObject> current() const override
    {
        const auto stored = m_store.get(localId());
        return stored ? std::optional<QJsonObject>(Kind::encode(stored->local)) : std::nullopt;
    }

    QVector<DiffLine> diff(const QJsonObject &older, const QJsonObject &newer) const override
    {
        return diffOf<Kind>(older, newer);
    }

    std::optional<SyncState> state() const override
    {
        const auto stored = m_store.get(localId());
        return stored ? std::optional<SyncState>(stored->state) : std::nullopt;
    }

    bool restore(const QJsonObject &version, QString *error) override
    {
        *error = restoreRefusal();
        const auto stored = m_store.get(localId());
        if (!error->isEmpty() || !stored)
            return false;
        DecodeError decodeError;
        const auto decoded = Kind::decode(version, &decodeError);
        if (!decoded) {
            *error = unreadable(decodeError.toString());
            return false;
        }
        const auto restored = Kind::identified(*decoded, *stored, versions());
        if (Kind::same(restored, stored->local)) {
            *error = Kind::alreadySo();
            return false;
        }
        return Kind::apply(m_editor, restoreDescription(stored->local.name), *stored, restored, error);
    }

private:
    Store &m_store;
    Editor &m_editor;
};
