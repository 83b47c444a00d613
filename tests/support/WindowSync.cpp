#include "WindowSync.h"

#include "GuiActions.h"
#include "MainWindow.h"

#include <QAction>
#include <QSignalSpy>

namespace WindowSync {

SyncReport waitForSync(QSignalSpy &completed)
{
    if (completed.isEmpty() && !completed.wait(60000))
        qWarning("the sync did not finish");
    return completed.isEmpty() ? SyncReport() : completed.first().first().value<SyncReport>();
}

SyncReport syncFromWindow(MainWindow *window)
{
    QSignalSpy completed(window, &MainWindow::syncCompleted);
    GuiTest::child<QAction>(window, "syncAction")->trigger();
    return waitForSync(completed);
}

} // namespace WindowSync
