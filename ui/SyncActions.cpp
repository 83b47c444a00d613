#include "SyncActions.h"

#include "ActionFactory.h"
#include "MainWindow.h"

#include <QAction>

SyncActions::SyncActions(MainWindow &window)
{
    m_sync = ActionFactory::create(&window, QStringLiteral("syncAction"), tr("S&ync"), QStringLiteral(":/icons/sync.svg"),
                                   QKeySequence(Qt::Key_F5), tr("Sync with the servers: receive their changes, send yours"));
    QObject::connect(m_sync, &QAction::triggered, &window, &MainWindow::startSync);
    m_cancel = ActionFactory::create(&window, QStringLiteral("cancelSyncAction"), tr("&Cancel sync"), QString(),
                                     QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Stop the running sync"));
    QObject::connect(m_cancel, &QAction::triggered, &window, &MainWindow::cancelSync);
    m_settings = ActionFactory::create(&window, QStringLiteral("syncSettingsAction"), tr("Sync &settings…"), QString(),
                                       QKeySequence(), tr("The servers to sync with, their tokens and request limits"));
    m_settings->setMenuRole(QAction::NoRole);
    QObject::connect(m_settings, &QAction::triggered, &window, [&window] { window.openSyncSettings(); });
    createConflictActions(window);
}

void SyncActions::createConflictActions(MainWindow &window)
{
    m_resolveConflicts = ActionFactory::create(&window, QStringLiteral("resolveConflictsAction"), tr("&Resolve conflicts…"),
                                               QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                               tr("Decide, field by field, between your changes and the server's"));
    QObject::connect(m_resolveConflicts, &QAction::triggered, &window, [&window] { window.openConflictDialog(); });
    m_conflictsOnly = ActionFactory::create(&window, QStringLiteral("conflictsOnlyAction"), tr("C&onflicts only"),
                                            QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                            tr("Show only the records in conflict, in both tables"));
    m_conflictsOnly->setCheckable(true);
    QObject::connect(m_conflictsOnly, &QAction::toggled, &window, &MainWindow::setConflictsOnly);
}

void SyncActions::update(bool hasProfile, bool syncing, int conflicts)
{
    m_sync->setEnabled(!syncing);
    ActionFactory::setTip(m_sync, hasProfile ? tr("Sync with the servers: receive their changes, send yours")
                                             : tr("No server is set up yet: opens the sync settings"));
    m_cancel->setEnabled(syncing);
    m_resolveConflicts->setEnabled(!syncing && conflicts > 0);
}
