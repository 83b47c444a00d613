#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class PreviewSyncDialog;
class QAction;
class QMenu;
class TokenStore;
class Workspace;

// Sync ▸ Preview sync…: opens the preview of the window's database with the profile and
// the tokens a real sync would use; its "Sync now" starts the window's sync.
class PreviewSync : public QObject
{
    Q_OBJECT

public:
    static PreviewSync *install(MainWindow &window, Workspace &workspace, QMenu *syncMenu);

    QAction *action() const { return m_action; }
    // Opens the preview and starts it (or raises the one open).
    PreviewSyncDialog *open();

private:
    PreviewSync(MainWindow &window, Workspace &workspace);

    MainWindow &m_window;
    Workspace &m_workspace;
    TokenStore *m_tokens = nullptr;
    QAction *m_action = nullptr;
    QPointer<PreviewSyncDialog> m_dialog;
};
