#include "widgets/PaneFocus.h"

#include <QApplication>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace PaneFocus {

namespace {

bool takesTab(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

// A scroll area that only holds a form is no place to type: its first field is.
bool isField(const QWidget *widget)
{
    return takesTab(widget) && !qobject_cast<const QScrollArea *>(widget);
}

// The tab widget the focus is in, within one of the panes; none for a tab widget
// with a single page (nothing to turn).
QTabWidget *tabsAroundFocus(const QList<QWidget *> &panes)
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        auto *tabs = qobject_cast<QTabWidget *>(widget);
        if (!tabs || tabs->count() < 2)
            continue;
        for (const QWidget *pane : panes) {
            if (pane && (pane == tabs || pane->isAncestorOf(tabs)))
                return tabs;
        }
    }
    return nullptr;
}

void turnTabs(QTabWidget *tabs, int step)
{
    const int count = tabs->count();
    for (int n = 1; n < count; ++n) {
        const int page = ((tabs->currentIndex() + step * n) % count + count) % count;
        if (tabs->isTabEnabled(page)) {
            tabs->setCurrentIndex(page);
            break;
        }
    }
    if (!focusInto(tabs->currentWidget()))
        tabs->tabBar()->setFocus(Qt::TabFocusReason);
}

} // namespace

bool focusInto(QWidget *pane)
{
    if (!pane || !pane->isVisible() || !pane->isEnabled())
        return false;
    if (takesTab(pane)) {
        pane->setFocus(Qt::TabFocusReason);
        return true;
    }
    QWidget *last = pane->focusWidget();
    if (last && last != pane && pane->isAncestorOf(last) && isField(last)) {
        last->setFocus(Qt::TabFocusReason);
        return true;
    }
    // The focus chain runs through the whole window; the pane's widgets follow it.
    QWidget *widget = pane->nextInFocusChain();
    for (int guard = 0; widget && widget != pane && guard < 10000; ++guard, widget = widget->nextInFocusChain()) {
        if (pane->isAncestorOf(widget) && isField(widget)) {
            widget->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

void cycle(const QList<QWidget *> &panes, int step)
{
    const int count = int(panes.size());
    if (count == 0)
        return;
    const QWidget *focus = QApplication::focusWidget();
    int at = step > 0 ? -1 : 0;
    for (int i = 0; i < count; ++i) {
        if (focus && panes[i] && (panes[i] == focus || panes[i]->isAncestorOf(focus)))
            at = i;
    }
    for (int n = 1; n <= count; ++n) {
        if (focusInto(panes[((at + step * n) % count + count) % count]))
            return;
    }
}

void cycleTabsOrPanes(const QList<QWidget *> &panes, int step)
{
    if (QTabWidget *tabs = tabsAroundFocus(panes))
        turnTabs(tabs, step);
    else
        cycle(panes, step);
}

} // namespace PaneFocus
