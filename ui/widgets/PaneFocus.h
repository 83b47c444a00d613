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

} // namespace PaneFocus
