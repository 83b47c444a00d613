#include "PaneActions.h"

#include "ActionFactory.h"
#include "widgets/PaneFocus.h"

#include <QAction>
#include <QMenu>

void PaneActions::addTo(QMenu *viewMenu, QWidget &window, const Panes &panes)
{
    QAction *next = ActionFactory::create(&window, QStringLiteral("nextPaneAction"), tr("Ne&xt pane"), QString(),
                                          QKeySequence(Qt::Key_F6),
                                          tr("Move the focus to the next pane: navigation, table, form"));
    QObject::connect(next, &QAction::triggered, &window, [panes] { PaneFocus::cycle(panes(), 1); });
    QAction *previous = ActionFactory::create(&window, QStringLiteral("previousPaneAction"), tr("Pre&vious pane"),
                                              QString(), QKeySequence(Qt::SHIFT | Qt::Key_F6),
                                              tr("Move the focus to the previous pane"));
    QObject::connect(previous, &QAction::triggered, &window, [panes] { PaneFocus::cycle(panes(), -1); });
    QAction *nextTab = ActionFactory::create(&window, QStringLiteral("nextTabOrPaneAction"), tr("Next &tab or pane"),
                                             QString(), QKeySequence(Qt::CTRL | Qt::Key_Tab),
                                             tr("Turn the form's tabs, elsewhere move to the next pane"));
    QObject::connect(nextTab, &QAction::triggered, &window, [panes] { PaneFocus::cycleTabsOrPanes(panes(), 1); });
    QAction *previousTab = ActionFactory::create(&window, QStringLiteral("previousTabOrPaneAction"),
                                                 tr("Previous t&ab or pane"), QString(),
                                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                                 tr("Turn the form's tabs back, elsewhere move to the previous pane"));
    // Shift+Tab arrives as Backtab on most keyboards.
    previousTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    QObject::connect(previousTab, &QAction::triggered, &window, [panes] { PaneFocus::cycleTabsOrPanes(panes(), -1); });
    viewMenu->addSeparator();
    viewMenu->addAction(next);
    viewMenu->addAction(previous);
    viewMenu->addAction(nextTab);
    viewMenu->addAction(previousTab);
}
