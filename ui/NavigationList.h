#pragma once

#include <QCoreApplication>

class QListWidget;
class QWidget;

// The list on the window's left that chooses the page: service tasks (row 0) or task
// series (row 1), as narrow as its entries allow.
class NavigationList
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    static QListWidget *create(QWidget *parent);

private:
    static void fit(QListWidget *navigation);
};
