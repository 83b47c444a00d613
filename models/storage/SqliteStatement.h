#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>

class Database;
struct sqlite3;
struct sqlite3_stmt;

// One prepared statement run through SQLite's own interface on the connection's
// handle. QtSql copies every bound value into a list of QVariants and back out again
// on each run, which was a tenth of a bulk import's writing; the bulk writers and
// the id lists go this way instead. Errors read as SqlErrorText says them.
class SqliteStatement
{
public:
    enum class Step { Row, Done, Error };

    SqliteStatement();
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(Database &db, const QString &sql);
    // `index` counts from 0. Null, integers, booleans, doubles and text; anything else
    // fails with an error (the caller's mistake, not the user's). A null QString is NULL,
    // an empty one '' (as QtSql binds them).
    bool bind(int index, const QVariant &value);
    Step step();
    // One run that returns no rows; ready for the next binding afterwards.
    bool exec();
    // Ends a run that stopped on a row: the statement lets go of its read lock.
    void reset();
    qint64 int64At(int column) const;
    qint64 lastInsertId() const;
    QString errorString() const { return m_error; }

private:
    bool failed(int code);

    sqlite3 *m_db = nullptr;
    QVector<QByteArray> m_text; // the UTF-8 of bound text, alive until it is bound again
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> m_statement; // finalized before m_text goes
    QString m_error;
};
