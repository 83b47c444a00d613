#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class ServiceTasksPage;
class TaskSeriesPage;
class Workspace;

// The application window on one open database: navigation between service tasks
// and task series, the shared undo stack, menus, toolbar and status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    // Imports a transfer document; returns the errors (empty on success).
    QStringList importFile(const QString &path);
    QString exportFile(const QString &path);

    QUndoStack *undoStack() const { return m_undoStack; }
    ServiceTasksPage *serviceTasksPage() const { return m_tasksPage; }
    TaskSeriesPage *seriesPage() const { return m_seriesPage; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentralArea();
    void refreshCounts();
    void updateActions();
    bool onSeries() const;
    void importInteractively();
    void exportInteractively();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;
    QAction *addAction(const QString &name, const QString &text, const QString &icon,
                       const QKeySequence &shortcut, const QString &tip);

    Workspace &m_workspace;
    QUndoStack *m_undoStack = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ServiceTasksPage *m_tasksPage = nullptr;
    TaskSeriesPage *m_seriesPage = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
};
