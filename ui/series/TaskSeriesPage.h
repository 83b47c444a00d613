#pragma once

#include "widgets/SearchField.h"

#include <QWidget>

class QSplitter;

class QTabWidget;
class QTableView;
class QUndoStack;
class StepEditor;
class TaskSeriesForm;
class TaskSeriesStore;
class TaskSeriesTableModel;
class UndoTaskSeriesEditor;

// The task series side of the window: search, the series table, and for the
// selected series its details and the step/action editor.
class TaskSeriesPage : public QWidget
{
    Q_OBJECT

public:
    TaskSeriesPage(TaskSeriesStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    TaskSeriesTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TaskSeriesForm *form() const { return m_form; }
    StepEditor *stepEditor() const { return m_steps; }
    QTabWidget *tabs() const { return m_tabs; }
    SearchField *searchField() const { return m_search; }

    QVector<qint64> selectedIds() const;
    void selectId(qint64 localId);

    void createNew();
    void duplicateSelected();
    void deleteSelected();
    void focusSearch();

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

signals:
    void selectionChanged();
    void countsChanged();
    void statusMessage(const QString &message);

private:
    void onCurrentChanged();

    TaskSeriesStore &m_store;
    UndoTaskSeriesEditor *m_editor = nullptr;
    TaskSeriesTableModel *m_model = nullptr;
    SearchField *m_search = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    TaskSeriesForm *m_form = nullptr;
    StepEditor *m_steps = nullptr;
    QSplitter *m_splitter = nullptr;
};
