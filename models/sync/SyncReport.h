#pragma once

#include <QSslCertificate>
#include <QString>
#include <QStringList>

// What one sync did, for the summary line, the exit code and the tests.
struct SyncReport
{
    int listPages = 0;        // list requests (the cheap change scan)
    int fetched = 0;          // records read in full
    int pulledNew = 0;        // records new to this database
    int pulledChanged = 0;    // records the server changed
    int remoteDeleted = 0;
    int pushedCreated = 0;
    int pushedUpdated = 0;
    int pushedDeleted = 0;
    int failed = 0;           // records the server refused, or that could not be read
    int conflicts = 0;        // records waiting for the user
    int invalid = 0;          // drafts not sent
    bool authFailed = false;  // 401/403: nothing more was tried
    bool unreachable = false; // the server could not be reached
    bool cancelled = false;
    QString fatalError;       // why the sync stopped early, for the user
    QStringList tlsErrors;    // the TLS errors that made a server untrusted (never ignored)
    QSslCertificate untrustedCertificate; // the certificate it presented, to show the user

    // 0 all synced, 1 some records failed, 2 conflicts wait, 3 no server or refused credentials.
    int exitCode() const
    {
        if (authFailed || unreachable)
            return 3;
        if (conflicts > 0)
            return 2;
        if (failed > 0 || cancelled || !fatalError.isEmpty())
            return 1;
        return 0;
    }
};
