#pragma once

#include "edit/TaskSeriesChange.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

class TaskSeriesStore;

// The steps of one series, each with its actions, as a two-level tree for the
// visual editor. Every operation (rename, retype, add, duplicate, remove, move by
// keyboard or drag and drop, within or across steps) is one undoable edit sent to
// the TaskSeriesEditor. Items are nodes that move with their data, so an item's
// seriesId survives every move; `order` is the position, renumbered on export.
class StepActionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Required, ColumnCount };
    enum Role {
        IsStepRole = Qt::UserRole + 1, // bool
        IssuesRole,                    // QStringList of validation messages for the item
        SeriesIdRole,                  // the server identity of the step/action ("" when new)
        PointIdRole,                   // steps: the checkpoint uuid (editable)
        MinValueRole,                  // NUMBER actions: double or invalid (editable)
        MaxValueRole,
        ExtraRole,                     // QJsonObject of fields this version does not know
    };
    static QString mimeType();

    explicit StepActionModel(TaskSeriesStore &store, QObject *parent = nullptr);
    ~StepActionModel() override;

    void setEditor(TaskSeriesEditor *editor) { m_editor = editor; }
    // Shows the series `localId` (or nothing); follows the store from then on.
    void setSeries(std::optional<qint64> localId);
    std::optional<qint64> seriesLocalId() const { return m_localId; }
    // The series as the tree holds it now.
    TaskSeries series() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {mimeType()}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged items itself (one undoable step) and returns false, so that
    // the view does not remove the source rows a second time.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Editing operations; each returns the index of the affected item (invalid on failure).
    QModelIndex addStep(int position = -1);
    QModelIndex addAction(const QModelIndex &stepOrAction);
    QModelIndex duplicate(const QModelIndex &index);
    bool remove(const QModelIndex &index);
    QModelIndex moveUp(const QModelIndex &index);
    QModelIndex moveDown(const QModelIndex &index);
    // Moves actions into `step` before `position` (-1: the end). One undoable step.
    bool moveActions(const QModelIndexList &actions, const QModelIndex &step, int position);
    // Moves steps before `position` (-1: the end). One undoable step.
    bool moveSteps(const QModelIndexList &steps, int position);

    int stepCount() const { return int(m_steps.size()); }
    int actionCount() const;
    int requiredCount() const;
    bool isStep(const QModelIndex &index) const;

signals:
    void editFailed(const QString &message);
    // The content changed (an edit here, or the store's copy replaced it).
    void contentChanged();

private:
    struct Node;
    struct StepNode;
    struct ActionNode;

    Node *nodeOf(const QModelIndex &index) const;
    StepNode *stepOf(const QModelIndex &index) const;     // the step, or an action's step
    ActionNode *actionOf(const QModelIndex &index) const;
    int rowOfStep(const StepNode *step) const;
    int rowOfAction(const ActionNode *action) const;
    QModelIndex indexOfStep(const StepNode *step, int column = 0) const;
    QModelIndex indexOfAction(const ActionNode *action, int column = 0) const;

    void rebuild(const TaskSeries &series);
    void reloadFromStore(qint64 localId);
    void refreshIssues();
    bool commit(const QString &description);
    bool moveAction(ActionNode *action, StepNode *to, int position);
    bool moveStep(StepNode *step, int position);
    QString pathOf(const QModelIndex &index) const;
    void announceCount(const StepNode *step);
    static std::unique_ptr<StepNode> makeStep(const Step &step);

    TaskSeriesStore &m_store;
    TaskSeriesEditor *m_editor = nullptr;
    std::optional<qint64> m_localId;
    TaskSeries m_committed; // the series as last stored: "before" of the next edit
    std::vector<std::unique_ptr<StepNode>> m_steps;
    QHash<QString, QStringList> m_issues; // validation messages by path ("steps[1].actions[0]")
    bool m_committing = false;
};
