#pragma once

#include <QCoreApplication>

#include <functional>
#include <memory>

class HistorySubject;
class QAbstractItemView;
class QAction;
class QObject;

// "History…" on a table's context menu and in the main window's Edit menu: opens the
// history window of the table's current record (one window per record).
class HistoryAction
{
    Q_DECLARE_TR_FUNCTIONS(HistoryAction)

public:
    // The subject of the view's current record; null when there is none.
    using SubjectFactory = std::function<std::unique_ptr<HistorySubject>()>;

    // Adds the entry ("historyAction") to `view`'s context menu.
    static QAction *install(QAbstractItemView *view, const SubjectFactory &subjectForCurrent);
    // A menu entry ("historyMenuAction") that opens the history from the view `currentView` returns.
    static QAction *menuEntry(QObject *parent, const std::function<QAbstractItemView *()> &currentView);
    // Whether `view` has a record whose history its entry opens (what the menu entry follows).
    static bool available(QAbstractItemView *view);
};
