#include "io/DocumentExporter.h"

#include "io/TransferDocument.h"
#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"

#include <QSaveFile>

DocumentExporter::DocumentExporter(const ServiceTaskStore &tasks, const TaskSeriesStore &series)
    : m_tasksStore(tasks)
    , m_seriesStore(series)
{
}

QByteArray DocumentExporter::exportData() const
{
    TransferDocument document;
    const auto tasks = m_tasksStore.all();
    for (const StoredServiceTask &task : tasks)
        document.svctasks.append(task.local);
    const auto series = m_seriesStore.all();
    for (const StoredTaskSeries &body : series)
        document.series.append(body.local);
    m_svctasks = document.svctasks.size();
    m_series = document.series.size();
    return document.toJson();
}

bool DocumentExporter::exportFile(const QString &path)
{
    m_error.clear();
    const QByteArray data = exportData();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    file.write(data);
    if (!file.commit()) {
        m_error = tr("Cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
