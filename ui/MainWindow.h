#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class Workspace;

// The application window on one open database. The service task and series views
// plug into the navigation on the left.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    // Imports a transfer document; returns the errors (empty on success).
    QStringList importFile(const QString &path);
    QString exportFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentralArea();
    void refreshCounts();
    void importInteractively();
    void exportInteractively();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;

    Workspace &m_workspace;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_taskSummary = nullptr;
    QLabel *m_seriesSummary = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
};
