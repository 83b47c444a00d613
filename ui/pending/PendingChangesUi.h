#pragma once

#include <QObject>
#include <QSet>

#include <memory>

class MainWindow;
class PendingChangesDock;
class PushScope;
class QAction;
class QMenu;
class QUndoStack;
class Workspace;

// Puts the pending changes into a window: the dock (View ▸ Pending changes, Ctrl+Shift+P),
// the counts in the status bar, Sync ▸ Sync selected, Hold / Release and Sync selected in
// the tables' context menus, and double-click to show a record
// on its page. Sync selected holds a push scope for the one sync it starts.
class PendingChangesUi : public QObject
{
    Q_OBJECT

public:
    static PendingChangesUi *install(MainWindow &window, Workspace &workspace, QUndoStack &tasksUndo,
                                     QUndoStack &seriesUndo, QMenu *viewMenu, QMenu *syncMenu);
    ~PendingChangesUi() override;

    PendingChangesDock *dock() const { return m_dock; }
    QAction *syncSelectedAction() const { return m_syncSelected; }
    // Pushes only these records in one sync (the pull reads everything).
    void syncOnly(const QSet<qint64> &serviceTasks, const QSet<qint64> &series);

private:
    PendingChangesUi(MainWindow &window, Workspace &workspace);
    // Hold / Release and Sync selected in the context menus of both record tables.
    void attachTables(QUndoStack &tasksUndo, QUndoStack &seriesUndo);
    // The dock's selection, else the records selected on the page on show.
    void syncSelected();
    // What Sync selected works on: the dock's selection when it is open and has one, else
    // the page's; false when none of it has anything to send.
    bool selection(QSet<qint64> &tasks, QSet<qint64> &series) const;
    void showRecord(int record, qint64 localId);
    // On the right where the window is wide enough for the pages beside it, else below them.
    void placeDock();

    MainWindow &m_window;
    Workspace &m_workspace;
    PendingChangesDock *m_dock = nullptr;
    QAction *m_syncSelected = nullptr;
    std::unique_ptr<PushScope> m_scope;
};
