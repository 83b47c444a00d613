#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the user asked for on the command line. Parsing needs no application
// object, so main() can decide between a window and a headless run first.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Window, Import, Export, Sync, Status, Help, Version, UsageError };

    static CommandLine parse(const QStringList &arguments);

    Mode mode = Mode::Window;
    QString databasePath;  // empty = the default location
    QString language;      // empty = the system's
    QString file;          // the file to import or export
    QString eraUrl;        // --sync: the ERA server's base URL
    QString patrolUrl;     // --sync: the TARGPatrol server's base URL
    bool json = false;     // --status --json
    bool dryRun = false;   // --sync --dry-run
    QString error;         // for UsageError
    QString helpText;

    bool needsWindow() const { return mode == Mode::Window; }
};
