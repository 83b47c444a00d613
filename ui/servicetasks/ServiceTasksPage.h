#pragma once

#include "edit/ServiceTaskChange.h"

#include "widgets/SearchField.h"

#include <QWidget>

class QSplitter;

class QTableView;
class QUndoStack;
class ServiceTaskForm;
class ServiceTaskStore;
class ServiceTaskTableModel;
class UndoServiceTaskEditor;

// The service tasks side of the window: a search field, the table and the form.
class ServiceTasksPage : public QWidget
{
    Q_OBJECT

public:
    ServiceTasksPage(ServiceTaskStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    ServiceTaskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ServiceTaskForm *form() const { return m_form; }
    SearchField *searchField() const { return m_search; }

    QVector<qint64> selectedIds() const;
    void selectId(qint64 localId);

    void createNew();
    void duplicateSelected();
    void deleteSelected();
    void setSelectedEnabled(bool enabled);
    void focusSearch();

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

signals:
    void selectionChanged();
    void countsChanged();
    void statusMessage(const QString &message);

private:
    void onCurrentChanged();
    bool apply(const QString &description, const QVector<ServiceTaskChange> &changes);

    ServiceTaskStore &m_store;
    UndoServiceTaskEditor *m_editor = nullptr;
    ServiceTaskTableModel *m_model = nullptr;
    SearchField *m_search = nullptr;
    QTableView *m_view = nullptr;
    ServiceTaskForm *m_form = nullptr;
    QSplitter *m_splitter = nullptr;
};
