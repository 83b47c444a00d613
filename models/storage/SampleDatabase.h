#pragma once

#include <QCoreApplication>
#include <QString>

// The sample data a newcomer can try Taskdesk on: a database of its own in the
// app's data folder, made from the bundled sample document on first use, so that
// trying never touches the operator's own database.
class SampleDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SampleDatabase)

public:
    static QString path();
    static bool isSample(const QString &databasePath);
    // Makes the sample database if it is not there yet. False with `error` set on failure.
    static bool ensure(QString *error);
    // Throws the sample away and makes it anew. The caller closes it first.
    static bool reset(QString *error);

private:
    static bool create(QString *error);
};
