#pragma once

#include "storage/RecordStore.h"
#include "sync/PendingChange.h"

#include <QDockWidget>

#include <memory>

class PendingReverter;
class QAction;
class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;
class Workspace;

// What the next sync would send, record by record, with each changed field old → new,
// and the drafts it would not send with why. Follows the stores as the operator edits
// (only the unsynced rows are read). Revert (a record or one field), Revert all, Hold.
class PendingChangesDock : public QDockWidget
{
    Q_OBJECT

public:
    PendingChangesDock(Workspace &workspace, QUndoStack &tasksUndo, QUndoStack &seriesUndo, QWidget *parent = nullptr);
    ~PendingChangesDock() override;

    QTreeWidget *tree() const { return m_tree; }
    const QVector<PendingChange> &changes() const { return m_changes; }
    // The records selected in the list (a field line stands for its record).
    QVector<PendingChange> selectedChanges() const;
    // "new 1 · changed 2 …" for the status bar.
    QString countsText() const;
    static QString stateText(const PendingChange &change);

    // Reads the pending set again now (it also follows the stores by itself).
    void refresh();
    // The field line on show reverts that field; otherwise the selected records revert.
    void revertSelected();
    // Asks first, naming the count.
    void revertAll();
    // Holds the selected records, or releases them when all are held already.
    void toggleHoldSelected();

signals:
    void recordActivated(PendingChange::Record record, qint64 localId);
    void syncSelectedRequested();
    void countsChanged(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QAction *makeAction(const char *name, const QString &text, const QString &tip);
    void fill();
    QTreeWidgetItem *itemFor(int index) const;
    void updateActions();
    void showResult(bool ok, const QString &error);

    Workspace &m_workspace;
    QUndoStack &m_tasksUndo;
    QUndoStack &m_seriesUndo;
    std::unique_ptr<PendingReverter> m_reverter;
    QVector<PendingChange> m_changes;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_unlistedNote = nullptr;
    RecordStore::PendingCounts m_counts;
    bool m_listStale = true; // the list was not read while hidden
    int m_unlisted = 0;      // pending records past the list's limit
    QTimer *m_refreshTimer = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_revertAllAction = nullptr;
    QAction *m_holdAction = nullptr;
    QAction *m_syncSelectedAction = nullptr;
};
