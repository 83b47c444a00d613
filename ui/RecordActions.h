#pragma once

#include <QCoreApplication>

#include <functional>

class QAction;
class QWidget;
class ServiceTasksPage;
class TaskSeriesPage;

// New, Duplicate, Delete, Enable, Disable, Find and History: they act on the page on
// show, and are enabled by its selection (update()).
class RecordActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    // onSeries: whether the series page is the one on show. The actions are children of
    // window (its shortcut list finds them there).
    RecordActions(QWidget &window, ServiceTasksPage &tasks, TaskSeriesPage &series, std::function<bool()> onSeries);

    void update();

    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *findAction() const { return m_find; }
    QAction *historyAction() const { return m_history; }

private:
    void createPageActions(QWidget &window);
    void createTaskActions(QWidget &window);

    ServiceTasksPage &m_tasks;
    TaskSeriesPage &m_series;
    std::function<bool()> m_onSeries;
    QAction *m_new = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_enable = nullptr;
    QAction *m_disable = nullptr;
    QAction *m_find = nullptr;
    QAction *m_history = nullptr;
};
