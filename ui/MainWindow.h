#pragma once

#include "io/DocumentImporter.h"
#include "sync/SyncReport.h"

#include <QMainWindow>
#include <QPointer>

class ConflictDialog;
class QAction;
class QDialog;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;
class ServiceTasksPage;
class SyncPanel;
class SyncController;
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
    void createUndoStacks();
    void createCentralArea();
    void createHelpMenu();
    void createDatabaseActions(QMenu *fileMenu);
    void fillRecentMenu();
    void createPaneActions(QMenu *viewMenu);
    QList<QWidget *> panes() const;
    void fitNavigation();
    void fitToScreen();
    void showDialog(QDialog *dialog);
    void updateTitle();
    void refreshCounts();
    void updateActions();
    bool onSeries() const;
    void importInteractively();
    void showImportErrors(const QString &path, const QStringList &errors);
    static QString importedText(const QString &path, const DocumentImporter::Counts &counts);
    void exportInteractively();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;
    void createSync();
    void showSyncPanel();
    void syncFinished(const SyncReport &report);
    void updateSyncActions();
    void refreshConflicts();
    void showConflicts(int count);
    QAction *addAction(const QString &name, const QString &text, const QString &icon,
                       const QKeySequence &shortcut, const QString &tip);

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
    QLabel *m_pathLabel = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    bool m_fittedToScreen = false;

    TokenStore *m_tokens = nullptr;
    SyncPanel *m_syncPanel = nullptr;
    SyncController *m_sync = nullptr;
    QPointer<SyncSettingsDialog> m_settingsDialog;
    QPointer<ConflictDialog> m_conflictDialog;
    QAction *m_cancelSyncAction = nullptr;
    QAction *m_syncSettingsAction = nullptr;
    QAction *m_conflictsOnlyAction = nullptr;
    QAction *m_resolveConflictsAction = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    bool m_conflictsQueued = false;
    DocumentImporter::Counts m_lastImport;
};
