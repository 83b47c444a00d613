#include "HeadlessCommands.h"

#include "io/DocumentExporter.h"
#include "io/DocumentImporter.h"
#include "storage/Workspace.h"
#include "sync/DryRun.h"
#include "sync/PendingChanges.h"
#include "sync/SyncSession.h"
#include "sync/TokenStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

int HeadlessCommands::importFile(const QString &databasePath, const QString &file)
{
    Workspace workspace;
    if (!workspace.open(databasePath)) {
        err() << workspace.errorString() << Qt::endl;
        return 1;
    }
    DocumentImporter importer(workspace.database(), workspace.serviceTasks(), workspace.series());
    if (!importer.importFile(file)) {
        err() << tr("Import failed; the database was not changed.") << Qt::endl;
        const QStringList errors = importer.errors();
        for (const QString &error : errors)
            err() << "  " << error << Qt::endl;
        return 1;
    }
    const auto counts = importer.counts();
    out() << tr("Imported %1 service task(s) (%2 new, %3 replaced) and %4 series (%5 new, %6 replaced) into %7.")
                 .arg(counts.svctasksCreated + counts.svctasksReplaced)
                 .arg(counts.svctasksCreated)
                 .arg(counts.svctasksReplaced)
                 .arg(counts.seriesCreated + counts.seriesReplaced)
                 .arg(counts.seriesCreated)
                 .arg(counts.seriesReplaced)
                 .arg(workspace.path())
          << Qt::endl;
    return 0;
}

int HeadlessCommands::exportFile(const QString &databasePath, const QString &file)
{
    Workspace workspace;
    if (!workspace.open(databasePath)) {
        err() << workspace.errorString() << Qt::endl;
        return 1;
    }
    DocumentExporter exporter(workspace.serviceTasks(), workspace.series());
    if (!exporter.exportFile(file)) {
        err() << exporter.errorString() << Qt::endl;
        return 1;
    }
    out() << tr("Exported %1 service task(s) and %2 series to %3.")
                 .arg(exporter.svctaskCount())
                 .arg(exporter.seriesCount())
                 .arg(file)
          << Qt::endl;
    return 0;
}

namespace {

SyncSession::Settings syncSettings(const QString &eraUrl, const QString &patrolUrl)
{
    SyncSession::Settings settings;
    settings.eraUrl = QUrl(eraUrl);
    settings.patrolUrl = QUrl(patrolUrl);
    // Tokens come from the environment when set, else from the keychain (or the settings
    // file if the user opted in) — never from the command line, visible to every user.
    // The keychain is not asked when the environment has both: a headless run on a
    // server must not wait on a desktop keychain. Every keychain call has a deadline.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString eraVariable = QStringLiteral("TASKDESK_ERA_TOKEN");
    const QString patrolVariable = QStringLiteral("TASKDESK_PATROL_TOKEN");
    if (!env.contains(eraVariable) || !env.contains(patrolVariable)) {
        TokenStore tokens;
        QEventLoop wait;
        tokens.readBoth(&wait, [&settings, &wait](const QString &era, const QString &patrol) {
            settings.eraToken = era;
            settings.patrolToken = patrol;
            wait.quit();
        });
        wait.exec();
    }
    if (env.contains(eraVariable))
        settings.eraToken = env.value(eraVariable);
    if (env.contains(patrolVariable))
        settings.patrolToken = env.value(patrolVariable);
    return settings;
}

// Phases on stdout, the engines' log on stderr: the same for a sync and a dry run.
template<typename Runner>
void printProgress(Runner &runner)
{
    QObject::connect(&runner, &Runner::phaseChanged, [](const QString &phase) { out() << phase << "…" << Qt::endl; });
    QObject::connect(&runner, &Runner::logLine, [](SyncLogLevel level, const QString &line) {
        // Errors and warnings say so, for a reader and for grep.
        const QString text = level == SyncLogLevel::Error     ? HeadlessCommands::tr("error: %1").arg(line)
                             : level == SyncLogLevel::Warning ? HeadlessCommands::tr("warning: %1").arg(line)
                                                              : line;
        err() << "  " << text << Qt::endl;
    });
}

} // namespace

int HeadlessCommands::sync(const QString &databasePath, const QString &eraUrl, const QString &patrolUrl)
{
    Workspace workspace;
    if (!workspace.open(databasePath)) {
        err() << workspace.errorString() << Qt::endl;
        return 1;
    }
    SyncSession session(workspace, syncSettings(eraUrl, patrolUrl));
    QEventLoop loop;
    printProgress(session);
    QObject::connect(&session, &SyncSession::finished, &loop, &QEventLoop::quit);
    session.start();
    if (session.isRunning())
        loop.exec();

    const SyncReport r = session.report();
    out() << tr("From the servers: %1 new, %2 changed, %3 deleted there. To the servers: %4 created, %5 updated, "
                "%6 deleted. Failed: %7, conflicts: %8, drafts not sent: %9.")
                 .arg(r.pulledNew).arg(r.pulledChanged).arg(r.remoteDeleted).arg(r.pushedCreated)
                 .arg(r.pushedUpdated).arg(r.pushedDeleted).arg(r.failed).arg(r.conflicts).arg(r.invalid)
          << Qt::endl;
    if (!r.fatalError.isEmpty())
        err() << r.fatalError << Qt::endl;
    return r.exitCode();
}

int HeadlessCommands::dryRun(const QString &databasePath, const QString &eraUrl, const QString &patrolUrl)
{
    // The database is only read (copied); a missing one is an error, not a new empty file.
    DryRun run(databasePath, syncSettings(eraUrl, patrolUrl));
    QEventLoop loop;
    printProgress(run);
    QObject::connect(&run, &DryRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (run.isRunning())
        loop.exec();
    if (!run.errorString().isEmpty()) {
        err() << run.errorString() << Qt::endl;
        return run.exitCode();
    }
    for (const PlannedRequest &request : run.plan())
        out() << tr("would send: %1").arg(DryRun::describe(request)) << Qt::endl;
    const SyncReport r = run.report();
    out() << DryRun::summary(r) << Qt::endl;
    if (!r.fatalError.isEmpty())
        err() << r.fatalError << Qt::endl;
    return run.exitCode();
}

int HeadlessCommands::status(const QString &databasePath, bool json)
{
    Workspace workspace;
    if (!workspace.open(databasePath)) {
        err() << workspace.errorString() << Qt::endl;
        return 1;
    }
    const QVector<PendingChange> changes = PendingChanges::collect(workspace);
    if (json) {
        out() << QString::fromUtf8(QJsonDocument(PendingChanges::toJson(changes)).toJson(QJsonDocument::Indented));
        out().flush();
        return 0;
    }
    for (const QString &line : PendingChanges::describe(changes))
        out() << line << Qt::endl;
    out() << PendingChanges::summary(changes) << Qt::endl;
    return 0;
}
