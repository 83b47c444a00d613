#include "UndoActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoGroup>

QString UndoActions::undoText(const QString &step)
{
    return step.isEmpty() ? QCoreApplication::translate("UndoActions", "&Undo")
                          : QCoreApplication::translate("UndoActions", "&Undo “%1”").arg(step);
}

QString UndoActions::redoText(const QString &step)
{
    return step.isEmpty() ? QCoreApplication::translate("UndoActions", "&Redo")
                          : QCoreApplication::translate("UndoActions", "&Redo “%1”").arg(step);
}

QAction *UndoActions::createUndo(QUndoGroup *group, QObject *parent)
{
    auto *action = new QAction(undoText(group->undoText()), parent);
    action->setEnabled(group->canUndo());
    QObject::connect(group, &QUndoGroup::canUndoChanged, action, &QAction::setEnabled);
    QObject::connect(group, &QUndoGroup::undoTextChanged, action,
                     [action](const QString &step) { action->setText(undoText(step)); });
    QObject::connect(action, &QAction::triggered, group, &QUndoGroup::undo);
    return action;
}

QAction *UndoActions::createRedo(QUndoGroup *group, QObject *parent)
{
    auto *action = new QAction(redoText(group->redoText()), parent);
    action->setEnabled(group->canRedo());
    QObject::connect(group, &QUndoGroup::canRedoChanged, action, &QAction::setEnabled);
    QObject::connect(group, &QUndoGroup::redoTextChanged, action,
                     [action](const QString &step) { action->setText(redoText(step)); });
    QObject::connect(action, &QAction::triggered, group, &QUndoGroup::redo);
    return action;
}
