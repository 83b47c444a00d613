#pragma once

// The real MainWindow on a temporary database, offscreen, for a GUI test: the test
// application's identity, a window at a chosen size (or on a chosen screen), closed and
// its file opened again as a restart does, and the confirmations it asks recorded and
// answered by the test.

#include "MainWindow.h"
#include "TemporaryDatabase.h"

#include <QSize>
#include <QStringList>

#include <memory>

class QScreen;

class MainWindowFixture
{
public:
    // Settings under a test organisation (never the user's), test-mode paths, English.
    static void setUpApplication(const QString &name);
    // A zone east of UTC without summer time: "shown in local time, stored in UTC" can
    // only be told apart from "stored as shown" away from UTC.
    static void useZoneEastOfUtc();

protected:
    explicit MainWindowFixture(const QString &databasePrefix) : m_db(databasePrefix) {}

    // The window on the current file; at `size` when given, on `screen` when given.
    bool openWindow(const QSize &size = {}, QScreen *screen = nullptr);
    void closeWindow();
    // Closes the window and its database, then opens the file again, as a restart does.
    std::unique_ptr<Workspace> reopen();

    // Settings cleared; confirmations recorded in m_asked and answered with m_answer.
    void startTest();
    // The window closed; confirmations no longer answered by the test.
    void endTest();

    TemporaryDatabase m_db;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_asked;
    bool m_answer = false;
};
