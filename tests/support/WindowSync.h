#pragma once

// A sync started from the main window in a GUI test (the clean slate before it:
// SyncRun::resetSession).

#include "sync/SyncReport.h"

class MainWindow;
class QSignalSpy;

namespace WindowSync {

// Waits up to a minute for the window's syncCompleted caught by `completed`.
SyncReport waitForSync(QSignalSpy &completed);
// Triggers the window's Sync action and waits for the end of the sync.
SyncReport syncFromWindow(MainWindow *window);

} // namespace WindowSync
