#pragma once

#include "sync/SyncLogLevel.h"
#include "sync/SyncReport.h"
#include "sync/SyncSession.h"

#include <QObject>
#include <QPointer>

struct SyncProfile;
class TokenStore;
class Workspace;

// One sync at a time on an open database, as the window runs it: the saved profile and
// the two tokens from the token store, the session with its phases, progress and log,
// a cancel (also while the tokens are still being read), the report, and the number of
// records left in conflict. No widgets: the window connects its panel and menus here.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class Start { Started, AlreadyRunning, NoProfile };

    SyncController(Workspace &workspace, TokenStore &tokens, QObject *parent = nullptr);

    // Runs one sync with the stored profile; NoProfile when no server is set up.
    Start start();
    // Ends the running sync early; finished() follows with a cancelled report.
    void cancel();
    // From start() to finished(), the token read included.
    bool isRunning() const { return m_running; }
    int conflictCount() const { return m_conflicts; }
    // Counts the records in conflict again (both kinds); conflictsCounted() tells it.
    int countConflicts();

    // What a session runs with: the profile and the tokens as the token store gave them.
    static SyncSession::Settings sessionSettings(const SyncProfile &profile, const QString &eraToken,
                                                 const QString &patrolToken);

signals:
    void started();
    void phaseChanged(const QString &phase);
    void progress(int done, int total);
    void logLine(SyncLogLevel level, const QString &line);
    void finished(const SyncReport &report);
    void conflictsCounted(int count);

private:
    void runSession(const SyncSession::Settings &settings);
    void finish(const SyncReport &report);

    Workspace &m_workspace;
    TokenStore &m_tokens;
    QPointer<SyncSession> m_session;
    bool m_running = false;
    bool m_cancelPending = false; // Cancel pressed while the tokens were still being read
    int m_conflicts = 0;
};
