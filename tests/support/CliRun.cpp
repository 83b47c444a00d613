#include "CliRun.h"

#include <QProcess>

CliRun CliRun::run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                   int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish normally").arg(program);
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliRun CliRun::taskdesk(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return run(QStringLiteral(TASKDESK_EXECUTABLE), arguments, environment);
}

QProcessEnvironment CliRun::withTokens(const QString &token)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TASKDESK_ERA_TOKEN"), token);
    environment.insert(QStringLiteral("TASKDESK_PATROL_TOKEN"), token);
    return environment;
}

QProcessEnvironment CliRun::withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

QStringList CliRun::syncArguments(const QString &database, const QUrl &server)
{
    const QString url = server.toString();
    return {QStringLiteral("--database"), database, QStringLiteral("--sync"), QStringLiteral("--era-url"), url,
            QStringLiteral("--patrol-url"), url};
}
