#pragma once

#include <QCoreApplication>
#include <QString>

class ServiceTaskStore;
class TaskSeriesStore;

// Writes every record's local copy (deleted ones excepted) as a transfer document.
// The file is replaced atomically: a failed export never leaves half a file.
class DocumentExporter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentExporter)

public:
    DocumentExporter(const ServiceTaskStore &tasks, const TaskSeriesStore &series);

    bool exportFile(const QString &path);
    QByteArray exportData() const;

    QString errorString() const { return m_error; }
    int svctaskCount() const { return m_svctasks; }
    int seriesCount() const { return m_series; }

private:
    const ServiceTaskStore &m_tasksStore;
    const TaskSeriesStore &m_seriesStore;
    QString m_error;
    mutable int m_svctasks = 0;
    mutable int m_series = 0;
};
