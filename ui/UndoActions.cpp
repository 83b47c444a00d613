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

void UndoActions::keepButtonWords(QAction *action, const QString &plain)
{
    // A tool bar button says only "Undo": with the step's name ("Undo “Edit name”") the
    // buttons grew at each edit and pushed Sync behind the "»" at 1024 px. The menu
    // keeps the step's name, and so does the button's tool tip (it follows the text).
    action->setIconText(QString(plain).remove(QLatin1Char('&')));
}

QAction *UndoActions::createUndo(QUndoGroup *group, QObject *parent)
{
    auto *action = new QAction(undoText(group->undoText()), parent);
    keepButtonWords(action, undoText(QString()));
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
    keepButtonWords(action, redoText(QString()));
    action->setEnabled(group->canRedo());
    QObject::connect(group, &QUndoGroup::canRedoChanged, action, &QAction::setEnabled);
    QObject::connect(group, &QUndoGroup::redoTextChanged, action,
                     [action](const QString &step) { action->setText(redoText(step)); });
    QObject::connect(action, &QAction::triggered, group, &QUndoGroup::redo);
    return action;
}
