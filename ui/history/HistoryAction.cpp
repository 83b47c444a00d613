#include "history/HistoryAction.h"

#include "history/HistorySubject.h"
#include "history/HistoryWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>

namespace {

const QString kActionName = QStringLiteral("historyAction");

void open(QAbstractItemView *view, const HistoryAction::SubjectFactory &subjectForCurrent)
{
    std::unique_ptr<HistorySubject> subject = subjectForCurrent();
    if (!subject)
        return;
    QWidget *top = view->window();
    // The record's window when it is open already: one window per record.
    for (HistoryWindow *window : top->findChildren<HistoryWindow *>()) {
        if (window->isAbout(subject->kind(), subject->localId())) {
            window->raise();
            window->activateWindow();
            return;
        }
    }
    auto *window = new HistoryWindow(std::move(subject), top);
    // Ctrl+Z in the history window undoes as it does in the main window (a restore too).
    if (auto *undo = top->findChild<QAction *>(QStringLiteral("undoAction")))
        window->addAction(undo);
    if (auto *redo = top->findChild<QAction *>(QStringLiteral("redoAction")))
        window->addAction(redo);
    window->show();
}

// A history is one record's: the current row when it is selected, else the only selected one
// (as the page takes its current record).
bool hasCurrentRecord(const QAbstractItemView *view)
{
    const QItemSelectionModel *selection = view->selectionModel();
    if (!selection)
        return false;
    const QModelIndex current = selection->currentIndex();
    return (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        || selection->selectedRows().size() == 1;
}

// The entry is enabled while the view has a record to show the history of.
void follow(QAbstractItemView *view, QAction *action)
{
    const auto update = [view, action] { action->setEnabled(hasCurrentRecord(view)); };
    update();
    if (QItemSelectionModel *selection = view->selectionModel()) {
        QObject::connect(selection, &QItemSelectionModel::selectionChanged, action, update);
        QObject::connect(selection, &QItemSelectionModel::currentChanged, action, update);
    }
    // A reset clears the selection without a signal of the selection's own.
    if (QAbstractItemModel *model = view->model()) {
        QObject::connect(model, &QAbstractItemModel::modelReset, action, update);
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, action, update);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, action, update);
    }
}

QAction *contextEntry(QAbstractItemView *view)
{
    return view ? view->findChild<QAction *>(kActionName, Qt::FindDirectChildrenOnly) : nullptr;
}

} // namespace

QAction *HistoryAction::install(QAbstractItemView *view, const SubjectFactory &subjectForCurrent)
{
    auto *action = new QAction(tr("&History…"), view);
    action->setObjectName(kActionName);
    action->setStatusTip(tr("The versions this record had here, what changed between them, and restore"));
    view->addAction(action);
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, view, [view, subjectForCurrent] { open(view, subjectForCurrent); });
    follow(view, action);
    return action;
}

QAction *HistoryAction::menuEntry(QObject *parent, const std::function<QAbstractItemView *()> &currentView)
{
    auto *action = new QAction(tr("&History…"), parent);
    action->setObjectName(QStringLiteral("historyMenuAction"));
    action->setStatusTip(tr("The versions the current record had here, what changed between them, and restore"));
    QObject::connect(action, &QAction::triggered, parent, [currentView] {
        if (QAction *entry = contextEntry(currentView()))
            entry->trigger();
    });
    return action;
}

bool HistoryAction::available(QAbstractItemView *view)
{
    const QAction *entry = contextEntry(view);
    return entry && entry->isEnabled();
}
