#include "DatabaseWindows.h"

#include "MainWindow.h"
#include "RecentDatabases.h"
#include "storage/SampleDatabase.h"
#include "storage/Workspace.h"

#include <QFileInfo>
#include <QTimer>

DatabaseWindows::DatabaseWindows(QObject *parent)
    : QObject(parent)
{
}

DatabaseWindows::~DatabaseWindows()
{
    for (auto &[window, entry] : m_open)
        delete entry.window.data();
}

MainWindow *DatabaseWindows::windowFor(const QString &path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (const auto &[window, entry] : m_open) {
        if (entry.window && QFileInfo(entry.workspace->path()).absoluteFilePath() == wanted)
            return entry.window;
    }
    return nullptr;
}

MainWindow *DatabaseWindows::open(const QString &path, QString *error)
{
    if (MainWindow *already = windowFor(path)) {
        already->show();
        already->raise();
        already->activateWindow();
        return already;
    }
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(path)) {
        *error = workspace->errorString();
        return nullptr;
    }
    if (!SampleDatabase::isSample(path))
        RecentDatabases::add(path);
    auto *window = new MainWindow(*workspace);
    m_open[window] = Entry{std::move(workspace), window};
    adopt(window);
    window->show();
    return window;
}

void DatabaseWindows::adopt(MainWindow *window)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::openSampleRequested, this, [this] {
        QString error;
        if (!openSample(&error))
            emit failed(error);
    });
    connect(window, &MainWindow::openDatabaseRequested, this, [this](const QString &path) {
        QString error;
        if (!open(path, &error))
            emit failed(error);
    });
    connect(window, &MainWindow::resetSampleRequested, this, [this] {
        QString error;
        if (!resetSample(&error))
            emit failed(error);
    });
    // The workspace goes once the window and all its children are gone.
    connect(window, &QObject::destroyed, this, [this, window] {
        QTimer::singleShot(0, this, [this, window] {
            // A new window may have been built at the same address meanwhile: keep that one.
            const auto found = m_open.find(window);
            if (found != m_open.end() && !found->second.window)
                m_open.erase(found);
        });
    });
}

MainWindow *DatabaseWindows::openSample(QString *error)
{
    if (!SampleDatabase::ensure(error))
        return nullptr;
    return open(SampleDatabase::path(), error);
}

MainWindow *DatabaseWindows::resetSample(QString *error)
{
    if (MainWindow *open = windowFor(SampleDatabase::path())) {
        if (!open->close()) {
            *error = tr("The sample data is still in use.");
            return nullptr;
        }
        // The file must be closed before it is replaced: now, not on the next event loop turn.
        const auto found = m_open.find(open);
        delete found->second.window.data();
        m_open.erase(found);
    }
    if (!SampleDatabase::reset(error))
        return nullptr;
    return open(SampleDatabase::path(), error);
}
