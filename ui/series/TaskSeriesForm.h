#pragma once

#include "edit/TaskSeriesChange.h"
#include "storage/StoredTaskSeries.h"
#include "widgets/FormFrame.h"

#include <QWidget>

#include <functional>
#include <optional>

class CodeComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;
class RecurrenceEditor;
class StringListEdit;
class TaskSeriesStore;
class UtcDateTimeEdit;

// The fields of the selected series (everything but the steps). Each committed
// field edit is one undoable step; the form follows the store.
class TaskSeriesForm : public QWidget
{
    Q_OBJECT

public:
    TaskSeriesForm(TaskSeriesStore &store, QWidget *parent = nullptr);

    void setEditor(TaskSeriesEditor *editor) { m_editor = editor; }
    void showRecord(std::optional<qint64> localId);
    void focusName();

signals:
    void editFailed(const QString &message);

private:
    void build();
    void buildGeneral(QVBoxLayout *sections);
    void buildSchedule(QVBoxLayout *sections);
    void buildPeopleAndPlace(QVBoxLayout *sections);
    void buildServer(QVBoxLayout *sections);
    void reload();
    void fill(const StoredTaskSeries &record);
    void showIssues(const TaskSeries &series);
    void commitPending();
    void edit(const QString &description, const std::function<void(TaskSeries &)> &change);

    TaskSeriesStore &m_store;
    TaskSeriesEditor *m_editor = nullptr;
    std::optional<qint64> m_localId;
    std::optional<StoredTaskSeries> m_record;

    FormFrame m_frame;
    QWidget *m_fields = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    UtcDateTimeEdit *m_start = nullptr;
    UtcDateTimeEdit *m_end = nullptr;
    CodeComboBox *m_priority = nullptr;
    QCheckBox *m_ordered = nullptr;
    QCheckBox *m_strict = nullptr;
    QCheckBox *m_deadlined = nullptr;
    StringListEdit *m_tags = nullptr;
    StringListEdit *m_assignees = nullptr;
    QLineEdit *m_location = nullptr;
    RecurrenceEditor *m_recurrence = nullptr;
    QLabel *m_seriesId = nullptr;
    QLabel *m_state = nullptr;
};
