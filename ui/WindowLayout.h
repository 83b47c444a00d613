#pragma once

class QMainWindow;
class QSize;
class QWidget;
class ServiceTasksPage;
class TaskSeriesPage;

// The window's size, place, docks and the two tables' columns, kept in the settings
// from one start to the next, and the window kept within the screen it is shown on.
class WindowLayout
{
public:
    // syncPanel: hidden whatever the saved state says (it only takes room while idle).
    static void restore(QMainWindow &window, ServiceTasksPage &tasks, TaskSeriesPage &series, QWidget &syncPanel);
    static void save(const QMainWindow &window, const ServiceTasksPage &tasks, const TaskSeriesPage &series);
    // Only once shown is the screen the window is on, and its frame, known.
    static void fitToScreen(QMainWindow &window);
    // A dialog's first size: `wanted` where the screen has room for it, else as much as
    // it has (with room left for the frame), never below what the dialog needs.
    static void resizeWithinScreen(QWidget &dialog, const QSize &wanted);
};
