#include "sync/PushScope.h"

#include "storage/Workspace.h"

PushScope::PushScope(Workspace &workspace, const QSet<qint64> &serviceTasks, const QSet<qint64> &series)
    : m_workspace(workspace)
{
    m_workspace.serviceTasks().setPushScope(serviceTasks);
    m_workspace.series().setPushScope(series);
}

PushScope::~PushScope()
{
    m_workspace.serviceTasks().setPushScope(std::nullopt);
    m_workspace.series().setPushScope(std::nullopt);
}
