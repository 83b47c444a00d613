#include "CommandLine.h"

#include "i18n/Translator.h"

#include <QCommandLineParser>
#include <QUrl>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Taskdesk edits ERA service tasks and TARGPatrol task series in a local database "
           "and syncs them with their servers."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version and exit."));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("Use the local database FILE instead of the default one."),
                                            tr("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Use the language LANG (ru or en) instead of the system's."),
                                            tr("LANG"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          tr("Import the JSON document FILE into the database and exit "
                                             "(all or nothing)."),
                                          tr("FILE"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          tr("Export every record of the database to the JSON document FILE and exit."),
                                          tr("FILE"));
    const QCommandLineOption syncOption(QStringLiteral("sync"),
                                        tr("Sync the database with the servers once and exit. Exit code: 0 all synced, "
                                           "1 some records failed, 2 conflicts wait for you, 3 no server or credentials refused."));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          tr("List what the next sync would send (and what it would not, with why), "
                                             "from the database alone, and exit."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("With --sync: only show what the sync would do (reads from the servers, "
                                             "sends no change, leaves the database as it is). Same exit codes."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("With --status: print JSON for scripts."));
    const QCommandLineOption eraOption(QStringLiteral("era-url"), tr("With --sync: the ERA server's base URL."), tr("URL"));
    const QCommandLineOption patrolOption(QStringLiteral("patrol-url"), tr("With --sync: the TARGPatrol server's base URL."),
                                          tr("URL"));
    parser.addOptions({helpOption, versionOption, databaseOption, languageOption, importOption, exportOption,
                       syncOption, dryRunOption, statusOption, jsonOption, eraOption, patrolOption});
    // helpText() reads the application's name: only ask once there is an application.
    if (QCoreApplication::instance())
        result.helpText = parser.helpText();

    auto usageError = [&result](const QString &message) {
        result.mode = Mode::UsageError;
        result.error = message;
        return result;
    };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    result.databasePath = parser.value(databaseOption);
    result.language = parser.value(languageOption);
    if (parser.isSet(languageOption) && !Translator::availableLanguages().contains(result.language))
        return usageError(tr("Unknown language \"%1\": use ru or en.").arg(result.language));
    if (parser.isSet(databaseOption) && result.databasePath.isEmpty())
        return usageError(tr("--database needs a file name."));

    if (parser.isSet(helpOption)) {
        result.mode = Mode::Help;
    } else if (parser.isSet(versionOption)) {
        result.mode = Mode::Version;
    } else if (int(parser.isSet(importOption)) + int(parser.isSet(exportOption)) + int(parser.isSet(syncOption))
                   + int(parser.isSet(statusOption)) > 1) {
        return usageError(tr("Use only one of --import, --export, --sync and --status."));
    } else if (parser.isSet(statusOption)) {
        result.mode = Mode::Status;
        result.json = parser.isSet(jsonOption);
    } else if (parser.isSet(syncOption)) {
        result.mode = Mode::Sync;
        result.dryRun = parser.isSet(dryRunOption);
        result.eraUrl = parser.value(eraOption);
        result.patrolUrl = parser.value(patrolOption);
        for (const QString &url : {result.eraUrl, result.patrolUrl}) {
            const QUrl parsed(url, QUrl::StrictMode);
            if (!url.isEmpty() && (!parsed.isValid() || !parsed.scheme().startsWith(QLatin1String("http"))))
                return usageError(tr("\"%1\" is not an http:// or https:// address.").arg(url));
        }
        if (result.eraUrl.isEmpty() && result.patrolUrl.isEmpty())
            return usageError(tr("--sync needs --era-url and/or --patrol-url."));
    } else if (parser.isSet(importOption)) {
        result.mode = Mode::Import;
        result.file = parser.value(importOption);
    } else if (parser.isSet(exportOption)) {
        result.mode = Mode::Export;
        result.file = parser.value(exportOption);
    }
    if (result.mode != Mode::Status && parser.isSet(jsonOption))
        return usageError(tr("--json goes with --status."));
    if (result.mode != Mode::Sync && parser.isSet(dryRunOption))
        return usageError(tr("--dry-run goes with --sync."));
    if (result.mode != Mode::Sync && (parser.isSet(eraOption) || parser.isSet(patrolOption)))
        return usageError(tr("--era-url and --patrol-url go with --sync."));
    if ((result.mode == Mode::Import || result.mode == Mode::Export) && result.file.isEmpty())
        return usageError(tr("--import and --export need a file name."));
    return result;
}
