#pragma once

#include <QList>

class QWidget;

// F6 / Shift+F6, as desktop programs do: the focus goes round the panes of a window
// (navigation, table, form), to the widget it last had in a pane, else to the
// pane's first widget that takes Tab. Hidden or disabled panes are passed over.
namespace PaneFocus {

void cycle(const QList<QWidget *> &panes, int step);
// Focuses `pane` as cycle() does; false when nothing in it can take the focus.
bool focusInto(QWidget *pane);
// Ctrl+Tab / Ctrl+Shift+Tab: inside a tab widget (the series form's tabs) it turns
// the tabs, round and round, and puts the focus in the new page, as tabbed dialogs
// do; anywhere else it moves between the panes like F6.
void cycleTabsOrPanes(const QList<QWidget *> &panes, int step);

} // namespace PaneFocus
