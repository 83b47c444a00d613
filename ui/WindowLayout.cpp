#include "WindowLayout.h"

#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTasksPage.h"
#include "settings/Settings.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>

void WindowLayout::restore(QMainWindow &window, ServiceTasksPage &tasks, TaskSeriesPage &series, QWidget &syncPanel)
{
    if (!window.restoreGeometry(Settings::windowGeometry.get())) {
        // The first start fills a laptop screen; fitToScreen() brings it inside a smaller one.
        const QScreen *shown = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
        const QSize room = shown ? shown->availableGeometry().size() : QSize(1280, 760);
        window.resize(qMin(room.width(), 1400), qMin(room.height(), 900));
    }
    window.restoreState(Settings::windowState.get());
    // The state keeps the panel as it was left; while no sync runs it only takes room.
    syncPanel.hide();
    tasks.restoreLayout(Settings::serviceTasksLayout.get());
    series.restoreLayout(Settings::seriesLayout.get());
}

void WindowLayout::save(const QMainWindow &window, const ServiceTasksPage &tasks, const TaskSeriesPage &series)
{
    Settings::windowGeometry.set(window.saveGeometry());
    Settings::windowState.set(window.saveState());
    Settings::serviceTasksLayout.set(tasks.saveLayout());
    Settings::seriesLayout.set(series.saveLayout());
}

void WindowLayout::resizeWithinScreen(QWidget &dialog, const QSize &wanted)
{
    const QWidget *parent = dialog.parentWidget();
    const QScreen *shown = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    QSize size = wanted;
    if (shown) {
        // The frame is not known before the dialog is shown: leave room for a title bar.
        const QSize room = shown->availableGeometry().size() - QSize(16, 48);
        size = size.boundedTo(room).expandedTo(dialog.minimumSizeHint());
    }
    dialog.resize(size);
}

void WindowLayout::fitToScreen(QMainWindow &window)
{
    // A geometry saved on a larger screen (or a default larger than this one) would put
    // the window's edges, its status bar and the form's right side out of reach.
    const QScreen *shown = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!shown)
        return;
    const QRect available = shown->availableGeometry();
    const QSize frameExtra = window.frameGeometry().size() - window.geometry().size();
    const QSize room = available.size() - frameExtra;
    if (window.isMaximized() || window.isFullScreen())
        return;
    if (window.width() > room.width() || window.height() > room.height())
        window.resize(qMin(window.width(), room.width()), qMin(window.height(), room.height()));
    QRect frame = window.frameGeometry();
    if (!available.contains(frame)) {
        frame.moveLeft(qBound(available.left(), frame.left(), qMax(available.left(), available.right() - frame.width() + 1)));
        frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - frame.height() + 1)));
        window.move(frame.topLeft());
    }
}
