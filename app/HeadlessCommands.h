#pragma once

#include <QCoreApplication>
#include <QString>

// The commands that run without a window. Each returns the process exit code:
// 0 success, 1 failure (the reason on stderr); --sync has its own codes (SyncReport).
class HeadlessCommands
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)

public:
    static int importFile(const QString &databasePath, const QString &file);
    static int exportFile(const QString &databasePath, const QString &file);
    // One full sync; tokens from TASKDESK_ERA_TOKEN / TASKDESK_PATROL_TOKEN.
    static int sync(const QString &databasePath, const QString &eraUrl, const QString &patrolUrl);
    // What a sync would do, sending reads only and changing nothing: one line per planned
    // request and a summary; the exit codes of sync().
    static int dryRun(const QString &databasePath, const QString &eraUrl, const QString &patrolUrl);
    // What the next sync would send, without the network; `json` for scripts.
    static int status(const QString &databasePath, bool json);
};
