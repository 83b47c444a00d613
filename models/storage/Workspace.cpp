#include "storage/Workspace.h"

#include "settings/Settings.h"
#include "storage/RecordHistory.h"

Workspace::Workspace()
    : m_tasks(m_db)
    , m_series(m_db)
{
}

bool Workspace::open(const QString &path)
{
    if (!m_db.open(path))
        return false;
    // How many versions a record keeps is the operator's choice, the same for every database.
    RecordHistory(m_db).setLimit(Settings::historyVersions.get());
    return true;
}
