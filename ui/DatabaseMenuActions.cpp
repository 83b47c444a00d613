#include "DatabaseMenuActions.h"

#include "ActionFactory.h"
#include "MainWindow.h"
#include "RecentDatabases.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

void DatabaseMenuActions::addTo(QMenu *fileMenu, MainWindow &window)
{
    QAction *open = ActionFactory::create(&window, QStringLiteral("openDatabaseAction"), tr("&Open database…"), QString(),
                                          QKeySequence::Open, tr("Open another Taskdesk database in a window of its own"));
    QObject::connect(open, &QAction::triggered, &window, [&window] {
        const QString path = QFileDialog::getOpenFileName(&window, tr("Open database"), QString(),
                                                          tr("Taskdesk databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            emit window.openDatabaseRequested(path);
    });
    fileMenu->addAction(open);
    QMenu *recentMenu = fileMenu->addMenu(tr("&Recent databases"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QObject::connect(recentMenu, &QMenu::aboutToShow, &window,
                     [recentMenu, &window] { fillRecentMenu(recentMenu, window); });
    fillRecentMenu(recentMenu, window);
}

void DatabaseMenuActions::fillRecentMenu(QMenu *recentMenu, MainWindow &window)
{
    recentMenu->clear();
    const QStringList paths = RecentDatabases::paths();
    for (const QString &path : paths) {
        QAction *entry = recentMenu->addAction(path);
        entry->setObjectName(QStringLiteral("recentDatabase"));
        entry->setData(path);
        // A file that is gone (a moved folder, a drive away) is shown, not opened as a new database.
        if (!QFileInfo::exists(path)) {
            entry->setText(tr("%1 (missing)").arg(path));
            entry->setEnabled(false);
            continue;
        }
        QObject::connect(entry, &QAction::triggered, &window, [&window, path] { emit window.openDatabaseRequested(path); });
    }
    if (paths.isEmpty())
        recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    recentMenu->addSeparator();
    QAction *clear = recentMenu->addAction(tr("&Clear the list"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!paths.isEmpty());
    QObject::connect(clear, &QAction::triggered, recentMenu, [] { RecentDatabases::clear(); });
}
