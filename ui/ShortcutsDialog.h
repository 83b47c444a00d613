#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

// Help ▸ Keyboard shortcuts: every action of a window that has a shortcut, with
// its text in the UI language, made from the actions themselves so it never
// disagrees with the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};
