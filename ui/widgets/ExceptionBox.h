#pragma once

#include "domain/Recurrence.h"

#include <QWidget>

class QAction;
class QDateTimeEdit;
class QListWidget;
class QToolButton;

// The exceptions part of the recurrence editor: the list of EXDATEs, a date to add,
// Add and Remove (and Delete in the list). The editor connects the commands.
class ExceptionBox : public QWidget
{
public:
    // rowHeight: the height of a list row; the list shows two or three of them.
    ExceptionBox(int rowHeight, QWidget *parent);

    QListWidget *list() const { return m_list; }
    QDateTimeEdit *dateEdit() const { return m_dateEdit; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    QAction *removeAction() const { return m_removeAction; } // Delete in the list

    // Lists the exceptions, their instants under RecurrenceEditor::InstantRole.
    void showEntries(const QList<Recurrence::Exception> &entries);

private:
    QListWidget *m_list = nullptr;
    QDateTimeEdit *m_dateEdit = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QAction *m_removeAction = nullptr;
};
