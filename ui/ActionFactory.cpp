#include "ActionFactory.h"

#include <QAction>
#include <QIcon>

QAction *ActionFactory::create(QObject *parent, const QString &name, const QString &text, const QString &icon,
                               const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, parent);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    setTip(action, tip);
    return action;
}

void ActionFactory::setTip(QAction *action, const QString &tip)
{
    action->setStatusTip(tip);
    const QKeySequence shortcut = action->shortcut();
    action->setToolTip(shortcut.isEmpty()
                           ? tip
                           : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
}
