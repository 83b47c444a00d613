#pragma once

#include <QCoreApplication>
#include <QString>

// A consistent copy of a database file, made through a read-only connection: the source is
// never opened for writing, whoever else has it open.
class DatabaseSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSnapshot)

public:
    // `target` must not exist yet. On failure returns false and `error` says why, in words.
    static bool copy(const QString &source, const QString &target, QString *error);
};
