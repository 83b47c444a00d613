#include "RecordActions.h"

#include "ActionFactory.h"
#include "history/HistoryAction.h"
#include "series/TaskSeriesPage.h"
#include "servicetasks/ServiceTasksPage.h"

#include <QAction>
#include <QTableView>

RecordActions::RecordActions(QWidget &window, ServiceTasksPage &tasks, TaskSeriesPage &series,
                             std::function<bool()> onSeries)
    : m_tasks(tasks)
    , m_series(series)
    , m_onSeries(std::move(onSeries))
{
    createPageActions(window);
    createTaskActions(window);
    // Created in menu order: the shortcuts dialog lists the window's actions as they were made.
    m_find = ActionFactory::create(&window, QStringLiteral("findAction"), tr("&Find"), QString(), QKeySequence::Find,
                                   tr("Search the records on show"));
    QObject::connect(m_find, &QAction::triggered, &window, [this] {
        m_onSeries() ? m_series.focusSearch() : m_tasks.focusSearch();
    });
    m_history = HistoryAction::menuEntry(&window, [this]() -> QAbstractItemView * {
        return m_onSeries() ? m_series.view() : m_tasks.view();
    });
}

void RecordActions::createPageActions(QWidget &window)
{
    m_new = ActionFactory::create(&window, QStringLiteral("newAction"), tr("&New"), QStringLiteral(":/icons/new.svg"),
                                  QKeySequence::New, tr("Create a service task or a series"));
    QObject::connect(m_new, &QAction::triggered, &window, [this] {
        m_onSeries() ? m_series.createNew() : m_tasks.createNew();
    });
    m_duplicate = ActionFactory::create(&window, QStringLiteral("duplicateAction"), tr("D&uplicate"),
                                        QStringLiteral(":/icons/duplicate.svg"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                        tr("Duplicate the selected records"));
    QObject::connect(m_duplicate, &QAction::triggered, &window, [this] {
        m_onSeries() ? m_series.duplicateSelected() : m_tasks.duplicateSelected();
    });
    m_delete = ActionFactory::create(&window, QStringLiteral("deleteAction"), tr("&Delete"),
                                     QStringLiteral(":/icons/delete.svg"), QKeySequence::Delete,
                                     tr("Delete the selected records"));
    // Delete only acts on the tables: in a text field the key deletes text.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_tasks.view()->addAction(m_delete);
    m_series.view()->addAction(m_delete);
    QObject::connect(m_delete, &QAction::triggered, &window, [this] {
        m_onSeries() ? m_series.deleteSelected() : m_tasks.deleteSelected();
    });
}

void RecordActions::createTaskActions(QWidget &window)
{
    ServiceTasksPage *page = &m_tasks;
    m_enable = ActionFactory::create(&window, QStringLiteral("enableAction"), tr("E&nable"), QString(),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                     tr("Enable the selected service tasks"));
    QObject::connect(m_enable, &QAction::triggered, page, [page] { page->setSelectedEnabled(true); });
    m_disable = ActionFactory::create(&window, QStringLiteral("disableAction"), tr("Di&sable"), QString(),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                                      tr("Disable the selected service tasks"));
    QObject::connect(m_disable, &QAction::triggered, page, [page] { page->setSelectedEnabled(false); });
}

void RecordActions::update()
{
    const bool series = m_onSeries();
    const bool hasSelection = series ? !m_series.selectedIds().isEmpty() : !m_tasks.selectedIds().isEmpty();
    m_duplicate->setEnabled(hasSelection);
    m_delete->setEnabled(hasSelection);
    m_enable->setEnabled(hasSelection && !series);
    m_disable->setEnabled(hasSelection && !series);
    m_history->setEnabled(HistoryAction::available(series ? m_series.view() : m_tasks.view()));
}
