#pragma once

#include <QPointer>

#include <functional>

class ConflictDialog;
class QString;
class QWidget;
class SyncSettingsDialog;
class TokenStore;
class Workspace;

// The window's two sync dialogs, one of each at a time: asked again, the open one comes
// to the front. Both are shown with open(): window-modal for the user, non-blocking for tests.
class SyncDialogs
{
public:
    SyncDialogs(Workspace &workspace, TokenStore &tokens, QWidget &window);

    // accepted runs when this dialog's settings are saved (not for one already open).
    SyncSettingsDialog *settings(const QString &message, const std::function<void()> &accepted);
    // resolved runs after each decision the dialog writes.
    ConflictDialog *conflicts(const std::function<void()> &resolved);

private:
    Workspace &m_workspace;
    TokenStore &m_tokens;
    QWidget &m_window;
    QPointer<SyncSettingsDialog> m_settings;
    QPointer<ConflictDialog> m_conflicts;
};
