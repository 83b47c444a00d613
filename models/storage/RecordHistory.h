#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

class Database;
class QSqlQuery;

// The versions a record had here, newest first, as the database keeps them. A service
// task's are kept by a trigger whenever its local copy changes, whoever changes it
// (schema 6); a series' by its store, which alone sees the series with its steps and
// actions whole (recordChange). Bounded per record: the newest limit() versions.
class RecordHistory
{
    Q_DECLARE_TR_FUNCTIONS(RecordHistory)

public:
    enum class Kind { ServiceTask = 1, Series = 2 };
    enum class Origin { EditedHere = 1, Received = 2, Resolved = 3 };

    struct Version
    {
        qint64 id = 0;
        QDateTime at; // UTC
        Origin origin = Origin::EditedHere;
        QJsonObject record; // the wire entity as stored (a series with its steps and local keys)
    };

    // One version to add (recordMany): whose it is, when and why, and the record then.
    struct Entry
    {
        Kind kind = Kind::ServiceTask;
        qint64 localId = 0;
        QDateTime at;
        Origin origin = Origin::EditedHere;
        QJsonObject record;
    };

    static constexpr int kDefaultLimit = 50;
    static constexpr int kMinimumLimit = 2; // a change needs the version before it; 0 keeps none
    static constexpr int kMaximumLimit = 10000;

    explicit RecordHistory(Database &db);

    // Newest first. A record never changed here has none: its current copy is its only version.
    QVector<Version> versions(Kind kind, qint64 localId) const;
    QVector<Version> serviceTask(qint64 localId) const { return versions(Kind::ServiceTask, localId); }
    QVector<Version> series(qint64 localId) const { return versions(Kind::Series, localId); }

    // Adds versions in the order given, in the caller's transaction, then keeps the newest
    // limit() of each record they touch. Nothing when the limit is 0.
    bool recordMany(const QVector<Entry> &entries);
    // A record changed from `was` to `now`: `now` is added, and `was` before it when the
    // record has no version yet (the copy it had before its first change).
    bool recordChange(const Entry &was, const Entry &now);

    // Versions kept per record: 0 keeps none, otherwise clamped to the bounds above. A lower
    // limit than before drops the older versions of every record at once.
    bool setLimit(int versions);
    int limit() const;
    QString errorString() const { return m_error; }

    static int clampLimit(int versions);
    static QString originName(Origin origin);

private:
    bool trim(Kind kind, qint64 localId, int keep);
    bool fail(const QSqlQuery &query) const;

    Database &m_db;
    mutable QString m_error;
};
