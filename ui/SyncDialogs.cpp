#include "SyncDialogs.h"

#include "sync/ConflictDialog.h"
#include "sync/SyncSettingsDialog.h"

SyncDialogs::SyncDialogs(Workspace &workspace, TokenStore &tokens, QWidget &window)
    : m_workspace(workspace)
    , m_tokens(tokens)
    , m_window(window)
{
}

SyncSettingsDialog *SyncDialogs::settings(const QString &message, const std::function<void()> &accepted)
{
    if (m_settings) {
        m_settings->setMessage(message);
        m_settings->raise();
        m_settings->activateWindow();
        return m_settings;
    }
    auto *dialog = new SyncSettingsDialog(m_tokens, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(message);
    QObject::connect(dialog, &QDialog::accepted, &m_window, accepted);
    m_settings = dialog;
    dialog->open();
    return dialog;
}

ConflictDialog *SyncDialogs::conflicts(const std::function<void()> &resolved)
{
    if (m_conflicts) {
        m_conflicts->reload();
        m_conflicts->raise();
        m_conflicts->activateWindow();
        return m_conflicts;
    }
    auto *dialog = new ConflictDialog(m_workspace, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ConflictDialog::resolved, &m_window, resolved);
    m_conflicts = dialog;
    dialog->open();
    return dialog;
}
