#pragma once

#include "edit/ServiceTaskChange.h"
#include "storage/StoredServiceTask.h"
#include "widgets/FormFrame.h"

#include <QWidget>

#include <optional>

class CodeComboBox;
class DurationEdit;
class PeriodsEditor;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;
class ServiceTaskStore;
class StringListEdit;
class UtcDateTimeEdit;

// Every field of the selected service task, beside the table. Each committed field
// edit is one undoable step; the form reloads whenever the store changes the record,
// so it and the table always show the same data.
class ServiceTaskForm : public QWidget
{
    Q_OBJECT

public:
    ServiceTaskForm(ServiceTaskStore &store, QWidget *parent = nullptr);

    void setEditor(ServiceTaskEditor *editor) { m_editor = editor; }
    void showRecord(std::optional<qint64> localId);
    std::optional<qint64> currentId() const { return m_localId; }
    void focusName();

signals:
    void editFailed(const QString &message);

private:
    void build();
    void buildGeneral(QVBoxLayout *sections);
    void buildSchedule(QVBoxLayout *sections);
    void buildSitesAndPeriods(QVBoxLayout *sections);
    void buildServer(QVBoxLayout *sections);
    void reload();
    void fill(const StoredServiceTask &record);
    void fillServerData(const QJsonObject &ext);
    void updateRelevance(const ServiceTask &task);
    void showIssues(const ServiceTask &task);
    void commitPending();
    // Applies `change` to a copy of the current task and commits it when it differs.
    void edit(const QString &description, const std::function<void(ServiceTask &)> &change);

    ServiceTaskStore &m_store;
    ServiceTaskEditor *m_editor = nullptr;
    std::optional<qint64> m_localId;
    std::optional<StoredServiceTask> m_record;

    FormFrame m_frame;
    QWidget *m_fields = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_script = nullptr;
    CodeComboBox *m_siteMode = nullptr;
    StringListEdit *m_sites = nullptr;
    QCheckBox *m_regular = nullptr;
    QCheckBox *m_overlap = nullptr;
    DurationEdit *m_interval = nullptr;
    UtcDateTimeEdit *m_start = nullptr;
    UtcDateTimeEdit *m_stop = nullptr;
    CodeComboBox *m_schedule = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    PeriodsEditor *m_periods = nullptr;
    QTableWidget *m_ext = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_state = nullptr;
};
