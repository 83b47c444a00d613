#pragma once

#include "sync/SyncReport.h"

#include <QMainWindow>

#include <memory>

class ConflictDialog;
class ImportExportFlow;
class QAction;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;
class RecordActions;
class ServiceTasksPage;
class SyncPanel;
class SyncController;
class SyncActions;
class SyncDialogs;
class SyncSettingsDialog;
class TaskSeriesPage;
class TokenStore;
class WelcomePane;
class Workspace;

// The application window on one open database: navigation between service tasks
// and task series, an undo stack per page, menus, toolbar and status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports a transfer document; returns the errors (empty on success).
    QStringList importFile(const QString &path);
    QString exportFile(const QString &path);

    // The undo stack of the page on show (each page has its own).
    QUndoStack *undoStack() const;
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    ServiceTasksPage *serviceTasksPage() const { return m_tasksPage; }
    TaskSeriesPage *seriesPage() const { return m_seriesPage; }

    // --- sync ---
    SyncPanel *syncPanel() const { return m_syncPanel; }
    TokenStore *tokenStore() const { return m_tokens; }
    bool isSyncing() const;
    // Runs one sync with the stored profile; without one, opens the settings instead.
    void startSync();
    void cancelSync();
    // Both dialogs are shown with open(): window-modal for the user, non-blocking for tests.
    SyncSettingsDialog *openSyncSettings(const QString &message = QString(), bool syncAfterwards = false);
    ConflictDialog *openConflictDialog();
    void setConflictsOnly(bool on);
    int conflictCount() const;

    // The welcome choices stand in for the table while the database has no record.
    bool showsWelcome() const;
    WelcomePane *welcomePane() const { return m_welcome; }

signals:
    // After every sync started from this window, with what it did.
    void syncCompleted(const SyncReport &report);
    // The sample database, in a window of its own (DatabaseWindows opens it).
    void openSampleRequested();
    // File ▸ Open database… or a recent one: DatabaseWindows opens it beside this one.
    void openDatabaseRequested(const QString &path);
    void resetSampleRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createEditMenu();
    QMenu *createViewMenu();
    QMenu *createSyncMenu();
    void createToolBar(QMenu *viewMenu);
    void createUndoStacks();
    void createCentralArea();
    void createStatusLabels();
    void connectPages();
    void countConflictsOnChange();
    QList<QWidget *> panes() const;
    void updateTitle();
    void refreshCounts();
    void updateActions();
    bool onSeries() const;
    void createSync();
    void showSyncPanel();
    void syncFinished(const SyncReport &report);
    void updateSyncActions();
    void refreshConflicts();
    void showConflicts(int count);

    Workspace &m_workspace;
    QUndoGroup *m_undoGroup = nullptr;
    QUndoStack *m_tasksUndo = nullptr;
    QUndoStack *m_seriesUndo = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_body = nullptr; // the pages, or the welcome choices
    WelcomePane *m_welcome = nullptr;
    ServiceTasksPage *m_tasksPage = nullptr;
    TaskSeriesPage *m_seriesPage = nullptr;
    QLabel *m_countsLabel = nullptr;
    std::unique_ptr<ImportExportFlow> m_transfer;
    std::unique_ptr<RecordActions> m_records;
    std::unique_ptr<SyncActions> m_syncActions;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    bool m_fittedToScreen = false;

    TokenStore *m_tokens = nullptr;
    SyncPanel *m_syncPanel = nullptr;
    SyncController *m_sync = nullptr;
    std::unique_ptr<SyncDialogs> m_dialogs;
    QLabel *m_conflictsLabel = nullptr;
    bool m_conflictsQueued = false;
};
