#include "history/HistoryAction.h"

#include "history/HistorySubject.h"
#include "history/HistoryWindow.h"

#include <QAbstractItemView>
#include <QAction>

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
    return action;
}

QAction *HistoryAction::menuEntry(QObject *parent, const std::function<QAbstractItemView *()> &currentView)
{
    auto *action = new QAction(tr("&History…"), parent);
    action->setObjectName(QStringLiteral("historyMenuAction"));
    action->setStatusTip(tr("The versions the current record had here, what changed between them, and restore"));
    QObject::connect(action, &QAction::triggered, parent, [currentView] {
        QAbstractItemView *view = currentView();
        if (auto *entry = view ? view->findChild<QAction *>(kActionName) : nullptr)
            entry->trigger();
    });
    return action;
}
