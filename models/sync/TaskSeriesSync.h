#pragma once

#include "sync/SyncReport.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

class HttpClient;
class TaskSeriesStore;

// One sync of the task series with a TARGPatrol server. (Being written: the
// skeleton finishes at once, reporting that series are not synced yet.)
class TaskSeriesSync : public QObject
{
    Q_OBJECT

public:
    TaskSeriesSync(TaskSeriesStore &store, HttpClient &http, const QUrl &baseUrl, int pageSize,
                   QObject *parent = nullptr);

    void start();
    void cancel();
    const SyncReport &report() const { return m_report; }

signals:
    void phaseChanged(const QString &phase);
    void progress(int done, int total);
    void logLine(const QString &line);
    void finished(const SyncReport &report);

private:
    TaskSeriesStore &m_store;
    HttpClient &m_http;
    QUrl m_base;
    int m_pageSize;
    SyncReport m_report;
};
