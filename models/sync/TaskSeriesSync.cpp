#include "sync/TaskSeriesSync.h"

#include <QTimer>

TaskSeriesSync::TaskSeriesSync(TaskSeriesStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(http)
    , m_base(baseUrl)
    , m_pageSize(pageSize)
{
}

void TaskSeriesSync::start()
{
    QTimer::singleShot(0, this, [this] {
        emit logLine(tr("Series sync with TARGPatrol is not available in this version."));
        emit finished(m_report);
    });
}

void TaskSeriesSync::cancel()
{
}
