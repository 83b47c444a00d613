#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

// The window's actions all look alike: an object name for tests, an optional icon and
// shortcut, and a tooltip that names the shortcut beside the tip.
class ActionFactory
{
public:
    static QAction *create(QObject *parent, const QString &name, const QString &text, const QString &icon,
                           const QKeySequence &shortcut, const QString &tip);
    // The status tip, and the tooltip with the action's first shortcut when it has one.
    static void setTip(QAction *action, const QString &tip);
};
