#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class CodeComboBox;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;
class QToolBar;
class QTreeView;
class StepActionModel;
class TaskSeriesEditor;
class TaskSeriesStore;

// The visual editor of a series' steps and actions: a tree to rename, add,
// duplicate, remove and rearrange items (drag and drop, or Ctrl+Up / Ctrl+Down),
// and a panel with the details of the current item.
class StepEditor : public QWidget
{
    Q_OBJECT

public:
    StepEditor(TaskSeriesStore &store, QWidget *parent = nullptr);

    void setEditor(TaskSeriesEditor *editor);
    void showSeries(std::optional<qint64> localId);

    StepActionModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

signals:
    void editFailed(const QString &message);

private:
    QToolBar *createActions();
    void createTree();
    void createSummary();
    void createDetails();
    QWidget *createStepPage();
    QWidget *createActionPage();
    QLineEdit *createNumberEdit(QWidget *page, const char *name, int role);
    // Writes the number in `edit` to `item` under `role`; empty clears it, other text
    // that is no number is refused (editFailed) and the stored value stays.
    void writeNumber(const QModelIndex &item, QLineEdit *edit, int role);
    void createExtraTable();
    void connectModel();

    void addStep();
    void addAction();
    void duplicateCurrent();
    void removeCurrent();
    void moveCurrent(bool up);
    void select(const QModelIndex &index);
    void updateActions();
    void updateSummary();
    void showDetails();
    void restoreCurrentAfterReset();
    void commitPendingDetails();

    StepActionModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_issues = nullptr;
    QAction *m_addStep = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QStackedWidget *m_details = nullptr;
    QLineEdit *m_pointId = nullptr;
    CodeComboBox *m_type = nullptr;
    QCheckBox *m_required = nullptr;
    QLineEdit *m_minValue = nullptr;
    QLineEdit *m_maxValue = nullptr;
    QTableWidget *m_extra = nullptr;
    QList<int> m_pathBeforeReset; // the current item across a reset (undo)
    QPersistentModelIndex m_detailsItem; // the item the details panel shows
};
