#include "HelpMenu.h"

#include "ActionFactory.h"
#include "Confirmation.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace {

// Both dialogs are window-modal and free themselves: the window goes on working meanwhile.
void showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

QMenu *HelpMenu::create(MainWindow &window)
{
    QMenu *helpMenu = window.menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    addSampleActions(helpMenu, window);
    helpMenu->addSeparator();
    addGuideActions(helpMenu, window);
    helpMenu->addSeparator();
    addAboutActions(helpMenu, window);
    return helpMenu;
}

void HelpMenu::addSampleActions(QMenu *menu, MainWindow &window)
{
    QAction *sampleAction = menu->addAction(tr("Open the &sample data"));
    sampleAction->setObjectName(QStringLiteral("openSampleAction"));
    sampleAction->setStatusTip(tr("Example records in a separate database of their own"));
    QObject::connect(sampleAction, &QAction::triggered, &window, &MainWindow::openSampleRequested);
    QAction *resetSampleAction = menu->addAction(tr("&Reset the sample data…"));
    resetSampleAction->setObjectName(QStringLiteral("resetSampleAction"));
    resetSampleAction->setStatusTip(tr("Throw away the changes made to the sample data and start it anew"));
    QObject::connect(resetSampleAction, &QAction::triggered, &window, [&window] {
        if (Confirmation::ask(&window, tr("Reset the sample data"),
                              tr("Throw away every change made to the sample data and make it anew? "
                                 "Your own database is not touched.")))
            emit window.resetSampleRequested();
    });
}

void HelpMenu::addGuideActions(QMenu *menu, MainWindow &window)
{
    QAction *guideAction = ActionFactory::create(&window, QStringLiteral("userGuideAction"), tr("User &guide"), QString(),
                                                 QKeySequence::HelpContents, tr("A short guide to Taskdesk"));
    QObject::connect(guideAction, &QAction::triggered, &window, [&window] { showDialog(new UserGuideDialog(&window)); });
    menu->addAction(guideAction);
    QAction *keysAction = ActionFactory::create(&window, QStringLiteral("shortcutsAction"), tr("&Keyboard shortcuts"),
                                                QString(), QKeySequence(),
                                                tr("Every key that does something in this window"));
    QObject::connect(keysAction, &QAction::triggered, &window, [&window] {
        showDialog(new ShortcutsDialog(window.findChildren<QAction *>(), &window));
    });
    menu->addAction(keysAction);
}

void HelpMenu::addAboutActions(QMenu *menu, MainWindow &window)
{
    QAction *aboutAction = menu->addAction(tr("&About Taskdesk"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    QObject::connect(aboutAction, &QAction::triggered, &window, [&window] {
        QMessageBox::about(&window, tr("About Taskdesk"),
                           tr("<h3>Taskdesk %1</h3><p>Edit ERA service tasks and TARGPatrol task series "
                              "offline, and sync them with their servers.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    QAction *aboutQtAction = menu->addAction(tr("About &Qt"));
    aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    QObject::connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}
