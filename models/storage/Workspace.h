#pragma once

#include "storage/Database.h"
#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"

#include <QString>

// One open local database with its stores: what the window, the headless commands
// and the tests work on.
class Workspace
{
public:
    Workspace();

    bool open(const QString &path);
    QString errorString() const { return m_db.errorString(); }
    QString path() const { return m_db.path(); }

    Database &database() { return m_db; }
    ServiceTaskStore &serviceTasks() { return m_tasks; }
    TaskSeriesStore &series() { return m_series; }

private:
    Database m_db;
    ServiceTaskStore m_tasks;
    TaskSeriesStore m_series;
};
