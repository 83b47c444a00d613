#pragma once

// What the GUI tests of syncing from the main window share (tst_holdmenu,
// tst_previewsync, the sync user interface's SyncUiTest): SyncTest's reference server and
// new database for every test, and the real MainWindow on that database, offscreen, often
// synced once so that every record starts in step with the server.

#include "SyncTest.h"

#include "MainWindow.h"

#include <memory>

class SyncWindowTest : public SyncTest
{
    Q_OBJECT

public:
    using SyncTest::SyncTest;

protected:
    // The application set up as MainWindowFixture does (under `name`) and the server
    // started with `serverArguments`; false when the server does not start.
    bool startApplication(const QString &name, const QStringList &serverArguments = {});
    // The window on the database of the test, shown; null when it never shows.
    MainWindow *openWindow();
    // The window on the database of the test (after startSession), shown, and synced once;
    // false when it never shows or the sync fails.
    bool openSyncedWindow() { return openWindow() && syncFromWindow().exitCode() == 0; }

    // Triggers the window's Sync action and waits for the end of the sync.
    SyncReport syncFromWindow();
    // The local id of a service task; -1 when there is none.
    qint64 localId(const QString &uuid);
    // The name of a service task on the server.
    QString serverName(const QString &uuid);
    // A rename in the table, as the user types it.
    void rename(const QString &uuid, const QString &name);

    std::unique_ptr<MainWindow> m_window;

private slots:
    void cleanup();
};
