#pragma once

#include "json/DecodeError.h"
#include "storage/RecordHistory.h"
#include "storage/SyncState.h"
#include "sync/DiffLine.h"
#include "sync/RecordDiff.h"

#include <QJsonObject>
#include <QObject>
#include <QVector>

#include <optional>

class Database;
class RecordStore;

// One record's history as the history window shows it: its versions, its copy now, the
// differences between two copies in the form's words, and a restore made as an ordinary
// undoable edit. One subclass per kind of record.
class HistorySubject : public QObject
{
    Q_OBJECT

public:
    HistorySubject(Database &db, RecordHistory::Kind kind, qint64 localId, QObject *parent = nullptr);

    Database &database() const { return m_db; }
    RecordHistory::Kind kind() const { return m_kind; }
    qint64 localId() const { return m_localId; }

    // Newest first.
    QVector<RecordHistory::Version> versions() const;
    // The record as it is now; nullopt when it no longer exists.
    virtual std::optional<QJsonObject> current() const = 0;
    virtual QVector<DiffLine> diff(const QJsonObject &older, const QJsonObject &newer) const = 0;
    // Where the record stands; nullopt when it no longer exists.
    virtual std::optional<SyncState> state() const = 0;
    // Why a version cannot be restored now (the record is gone, deleted or in a conflict);
    // empty when it can.
    QString restoreRefusal() const;
    // `version` becomes the local copy as one undoable edit; false with why when refused.
    virtual bool restore(const QJsonObject &version, QString *error) = 0;

signals:
    // The record changed or went: versions() and current() are worth reading again.
    void changed();

protected:
    // Why a stored copy cannot be shown or restored (written by another version of the app).
    static QString unreadable(const QString &why);
    static QString restoreDescription(const QString &name);
    // The two copies read by `Codec` and compared in the form's words.
    template <typename Codec>
    static QVector<DiffLine> diffOf(const QJsonObject &older, const QJsonObject &newer)
    {
        DecodeError error;
        const auto before = Codec::decode(older, &error);
        const auto after = before ? Codec::decode(newer, &error) : decltype(before)();
        if (!after)
            return {{QString(), unreadable(error.toString())}};
        return RecordDiff::describe(*before, *after);
    }
    // Emits changed() when the store writes this record (or many rows at once).
    void watch(const RecordStore &store);

private:
    Database &m_db;
    RecordHistory::Kind m_kind;
    qint64 m_localId;
};
