#pragma once

#include <QObject>
#include <QSet>

#include <functional>

class QAbstractItemView;
class QAction;
class QUndoStack;
class RecordStore;

// A record table's context menu entries for its pending records: Hold / Release (one undo
// step on the page's stack for the whole selection) and Sync selected (only with something
// to send).
class RecordPendingActions : public QObject
{
    Q_OBJECT

public:
    using SelectedIds = std::function<QVector<qint64>()>;
    using SyncOnly = std::function<void(const QSet<qint64> &ids)>;

    RecordPendingActions(QAbstractItemView *view, RecordStore &store, QUndoStack &undoStack, SelectedIds selected,
                         SyncOnly syncOnly);

    // Of `ids`, those a sync would send: changed here and not held.
    static QVector<qint64> toSend(const RecordStore &store, const QVector<qint64> &ids);
    // The tool tip of both Sync selected entries (table and Sync menu).
    static QString syncSelectedToolTip();

    QAction *holdAction() const { return m_hold; }
    QAction *syncSelectedAction() const { return m_syncSelected; }
    // Hold or Release, as the selection's pending records stand; disabled without any.
    void updateActions();
    // Holds the selected pending records, or releases them when all are held already.
    void toggleHold();

signals:
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVector<qint64> selectedPending() const;
    bool allHeld(const QVector<qint64> &ids) const;

    RecordStore &m_store;
    QUndoStack &m_undoStack;
    SelectedIds m_selected;
    QAction *m_hold = nullptr;
    QAction *m_syncSelected = nullptr;
};
