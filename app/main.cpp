#include "CommandLine.h"
#include "HeadlessCommands.h"
#include "DatabaseWindows.h"
#include "i18n/Translator.h"
#include "storage/Database.h"
#include "widgets/FileDialogLanguage.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <memory>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void identify()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Taskdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("taskdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TASKDESK_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    identify();
    const QStringList arguments = argumentsOf(argc, argv);
    // Decide first whether a display is needed: import, export, sync, help and usage
    // errors must work on a machine without one.
    CommandLine command = CommandLine::parse(arguments);

    std::unique_ptr<QCoreApplication> app;
    if (command.needsWindow())
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    Translator::install(command.language);
    command = CommandLine::parse(arguments); // again, now with translated texts

    const QString databasePath = command.databasePath.isEmpty() ? Database::defaultPath()
                                                                : command.databasePath;
    QTextStream err(stderr);
    switch (command.mode) {
    case CommandLine::Mode::UsageError:
        err << command.error << Qt::endl
            << QCoreApplication::translate("main", "Run \"taskdesk --help\" for the options.") << Qt::endl;
        return 2;
    case CommandLine::Mode::Help:
        QTextStream(stdout) << command.helpText;
        return 0;
    case CommandLine::Mode::Version:
        QTextStream(stdout) << "taskdesk " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case CommandLine::Mode::Import:
        return HeadlessCommands::importFile(databasePath, command.file);
    case CommandLine::Mode::Export:
        return HeadlessCommands::exportFile(databasePath, command.file);
    case CommandLine::Mode::Sync:
        return command.dryRun ? HeadlessCommands::dryRun(databasePath, command.eraUrl, command.patrolUrl)
                              : HeadlessCommands::sync(databasePath, command.eraUrl, command.patrolUrl);
    case CommandLine::Mode::Status:
        return HeadlessCommands::status(databasePath, command.json);
    case CommandLine::Mode::Window:
        break;
    }

    // Qt's file dialog writes dates and sizes in the UI language, as the window does.
    FileDialogLanguage::install();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/taskdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.taskdesk.Taskdesk"));
    DatabaseWindows windows;
    QObject::connect(&windows, &DatabaseWindows::failed, [](const QString &message) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Cannot open the database"), message);
    });
    QString error;
    if (!windows.open(databasePath, &error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the database"), error);
        return 1;
    }
    return app->exec();
}
