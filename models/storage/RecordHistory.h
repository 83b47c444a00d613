#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

class Database;

// The versions a record had here, newest first, as the database keeps them (a trigger adds
// one whenever the local copy changes, whoever changes it; schema 6). Bounded per record.
class RecordHistory
{
    Q_DECLARE_TR_FUNCTIONS(RecordHistory)

public:
    enum class Origin { EditedHere = 1, Received = 2, Resolved = 3 };

    struct Version
    {
        qint64 id = 0;
        QDateTime at; // UTC
        Origin origin = Origin::EditedHere;
        QJsonObject record; // the wire entity, as stored
    };

    static constexpr int kDefaultLimit = 50;
    static constexpr int kMinimumLimit = 2; // a change needs the version before it
    static constexpr int kMaximumLimit = 10000;

    explicit RecordHistory(Database &db);

    // Newest first. A record never changed here has none: its current copy is its only version.
    QVector<Version> serviceTask(qint64 localId) const;
    // Versions kept per record from the next change on (clamped to the bounds above).
    bool setLimit(int versions);
    int limit() const;
    QString errorString() const { return m_error; }

    static QString originName(Origin origin);

private:
    Database &m_db;
    mutable QString m_error;
};
