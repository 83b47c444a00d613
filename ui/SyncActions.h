#pragma once

#include <QCoreApplication>

class MainWindow;
class QAction;

// Sync, Cancel sync, Sync settings…, Resolve conflicts… and Conflicts only: the
// window's sync entries, enabled by whether a sync runs and conflicts wait (update()).
class SyncActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    explicit SyncActions(MainWindow &window);

    // hasProfile: without one, Sync opens the settings and its tip says so.
    void update(bool hasProfile, bool syncing, int conflicts);

    QAction *syncAction() const { return m_sync; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *settingsAction() const { return m_settings; }
    QAction *resolveConflictsAction() const { return m_resolveConflicts; }
    QAction *conflictsOnlyAction() const { return m_conflictsOnly; }

private:
    void createConflictActions(MainWindow &window);

    QAction *m_sync = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_resolveConflicts = nullptr;
    QAction *m_conflictsOnly = nullptr;
};
