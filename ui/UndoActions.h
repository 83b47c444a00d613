#pragma once

#include <QString>

class QAction;
class QObject;
class QUndoGroup;

// Undo and Redo for the menus and the toolbar, following the group's active stack.
// Their text quotes the step ("Undo “Edit name”", «Отменить «Изменить имя»»): Qt's
// own prefix glues two verbs into one phrase that reads wrong in Russian.
class UndoActions
{
public:
    static QAction *createUndo(QUndoGroup *group, QObject *parent);
    static QAction *createRedo(QUndoGroup *group, QObject *parent);
    static QString undoText(const QString &step);
    static QString redoText(const QString &step);

private:
    // The words a tool bar button shows, whatever the step: `plain` without its "&".
    static void keepButtonWords(QAction *action, const QString &plain);
};
