#pragma once

#include <QCoreApplication>

class MainWindow;
class QMenu;

// Help: the sample data (open, reset), the user guide, the keyboard shortcuts and About.
// Its strings keep the window's translation context: they were the window's own.
class HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    static QMenu *create(MainWindow &window);

private:
    static void addSampleActions(QMenu *menu, MainWindow &window);
    static void addGuideActions(QMenu *menu, MainWindow &window);
    static void addAboutActions(QMenu *menu, MainWindow &window);
};
