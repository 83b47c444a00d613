#pragma once

#include <QSet>

class Workspace;

// Sync selected: while it lives, a push sends only these records (the pull still reads
// everything, so nothing on the server is overwritten unseen). The engines see it through
// the stores' push query.
class PushScope
{
public:
    PushScope(Workspace &workspace, const QSet<qint64> &serviceTasks, const QSet<qint64> &series);
    ~PushScope();
    PushScope(const PushScope &) = delete;
    PushScope &operator=(const PushScope &) = delete;

private:
    Workspace &m_workspace;
};
