#pragma once

// The taskdesk program run headless by a test (--sync, --status, --dry-run, --import,
// --export): its exit code and what it printed.

#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

class CliRun
{
public:
    // Runs `program` with `arguments` and waits up to `timeoutMs`; exit code -1 (and a
    // line in err) when it did not finish normally: it is killed after the time-out.
    static CliRun run(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 60000);
    // The same with the taskdesk program of this build.
    static CliRun taskdesk(const QStringList &arguments,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // This process's environment with both servers' tokens set to `token`.
    static QProcessEnvironment withTokens(const QString &token);
    // This process's environment without any display (headless commands must not need
    // one) in the C.UTF-8 locale.
    static QProcessEnvironment withoutDisplay();
    // "--database FILE --sync" with both servers at `server`.
    static QStringList syncArguments(const QString &database, const QUrl &server);

    int exitCode = -1;
    QString out;
    QString err;
};
