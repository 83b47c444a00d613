#include "sync/PreviewSync.h"

#include "MainWindow.h"
#include "storage/Workspace.h"
#include "sync/PreviewSyncDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncProfile.h"
#include "sync/TokenStore.h"

#include <QAction>
#include <QMenu>

PreviewSync::PreviewSync(MainWindow &window, Workspace &workspace)
    : QObject(&window)
    , m_window(window)
    , m_workspace(workspace)
    , m_tokens(new TokenStore(QStringLiteral("default"), this))
{
    setObjectName(QStringLiteral("previewSync"));
}

PreviewSync *PreviewSync::install(MainWindow &window, Workspace &workspace, QMenu *syncMenu)
{
    auto *preview = new PreviewSync(window, workspace);
    preview->m_action = new QAction(tr("&Preview sync…"), &window);
    preview->m_action->setObjectName(QStringLiteral("previewSyncAction"));
    preview->m_action->setToolTip(tr("What a sync would receive and send, without sending or changing anything"));
    preview->m_action->setStatusTip(preview->m_action->toolTip());
    // Next to Sync and Sync selected, before Cancel sync.
    QAction *before = window.findChild<QAction *>(QStringLiteral("cancelSyncAction"));
    syncMenu->insertAction(syncMenu->actions().contains(before) ? before : nullptr, preview->m_action);
    connect(preview->m_action, &QAction::triggered, preview, &PreviewSync::open);
    return preview;
}

PreviewSyncDialog *PreviewSync::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new PreviewSyncDialog(m_workspace.path(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreviewSyncDialog::syncNowRequested, &m_window, &MainWindow::startSync);
    m_dialog = dialog;
    dialog->show(); // not modal: the window stays usable while the preview runs
    const SyncProfile profile = SyncProfile::load();
    if (!profile.isSet()) {
        dialog->showProblem(tr("No server is set up yet: enter one in Sync ▸ Sync settings."));
        return dialog;
    }
    // Tokens go from the token store to the run only, as for the real sync.
    m_tokens->readBoth(dialog, [dialog, profile](const QString &eraToken, const QString &patrolToken) {
        dialog->start(SyncController::sessionSettings(profile, eraToken, patrolToken));
    });
    return dialog;
}
