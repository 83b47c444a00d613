#pragma once

#include <QCoreApplication>

class MainWindow;
class QMenu;

// File ▸ Open database… and File ▸ Recent databases: both ask the window to open
// another database beside it (openDatabaseRequested).
class DatabaseMenuActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    static void addTo(QMenu *fileMenu, MainWindow &window);

private:
    // Filled again each time it opens: another window may have opened a database meanwhile.
    static void fillRecentMenu(QMenu *recentMenu, MainWindow &window);
};
