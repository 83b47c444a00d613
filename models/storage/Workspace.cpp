#include "storage/Workspace.h"

Workspace::Workspace()
    : m_tasks(m_db)
    , m_series(m_db)
{
}

bool Workspace::open(const QString &path)
{
    return m_db.open(path);
}
