#pragma once

#include <QCoreApplication>
#include <QList>

#include <functional>

class QMenu;
class QWidget;

// View ▸ Next pane (F6), Previous pane, and Ctrl+Tab that turns the form's tabs first:
// the focus moves between the panes the window has on show.
class PaneActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    using Panes = std::function<QList<QWidget *>()>;

    // The actions are children of window (its shortcut list finds them there).
    static void addTo(QMenu *viewMenu, QWidget &window, const Panes &panes);
};
