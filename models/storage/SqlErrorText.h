#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// An SQLite error in words for people. Qt's own text glues SQLite's message to the
// driver's ("… Unable to fetch row"), which means nothing to a user; the common
// failures (disk full, read-only, damaged file…) get a sentence that says what to do.
class SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrorText)

public:
    static QString describe(const QSqlError &error);
    // The sentence for an SQLite result code (primary or extended), or an empty string
    // for a code that has none.
    static QString forCode(int code);
};
