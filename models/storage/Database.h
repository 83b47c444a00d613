#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include "storage/WriteLockWait.h"

// The local SQLite file: opened with WAL and foreign keys, migrated to the current
// schema, refused (and left untouched) when a newer Taskdesk made it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Migrate: the file is brought to the current schema. AsIs: a second connection to a
    // file another connection has opened (and migrated) already, as a worker thread's.
    enum class Schema { Migrate, AsIs };
    // Creates the file (and its folder) when missing. On failure returns false and
    // errorString() tells the user why.
    bool open(const QString &path, Schema schema = Schema::Migrate);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;
    // -1 when the file cannot be read; then `error` (if given) says why, in words for people.
    int schemaVersion(QString *error = nullptr) const;

    // Where the database lives unless --database says otherwise.
    static QString defaultPath();

    // The connection's SQLite handle, or nullptr for a driver that is not SQLite's.
    sqlite3 *nativeHandle() const;
    // Whether this connection's waits for the write lock are told to WriteLockWait's
    // listeners (yes unless the listener's own).
    void setWaitsAnnounced(bool announced) { m_wait.setAnnounced(announced); }

    // Used by Transaction to nest through savepoints.
    int &transactionDepth() { return m_transactionDepth; }

private:
    bool fail(const QString &message);
    int readSchemaVersion(QSqlError *error) const;
    bool refuseUnreadable(const QSqlError &error);
    bool exec(const QString &sql);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    int m_transactionDepth = 0;
    WriteLockWait m_wait; // installed on the connection, which ~Database closes first
};
