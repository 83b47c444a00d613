#pragma once

#include "sync/DryRunOutcomes.h"
#include "sync/DryRunServer.h"
#include "sync/SyncLogLevel.h"
#include "sync/SyncSession.h"

#include <QDialog>

class DryRun;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Sync ▸ Preview sync: a dry run of the open database in the background (progress and
// Cancel), then its plan: what the engines would receive, merge and leave in conflict,
// phase by phase, and each request a sync would send with its body, server by server.
// Neither the servers nor the database are written to. "Sync now" asks for the real sync.
class PreviewSyncDialog : public QDialog
{
    Q_OBJECT

public:
    PreviewSyncDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~PreviewSyncDialog() override;

    // Runs the dry run with these settings (the profile and tokens a real sync would use).
    void start(const SyncSession::Settings &settings);
    // Nothing to run: says why instead (no server set up).
    void showProblem(const QString &text);
    bool isRunning() const;

    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *phaseLabel() const { return m_phase; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *syncNowButton() const { return m_syncNow; }
    QPushButton *closeButton() const { return m_close; }

    // The body as a person reads it: indented JSON, or the bytes as text when not JSON.
    static QString readableBody(const QByteArray &body);

signals:
    void syncNowRequested();

private:
    void addLine(SyncLogLevel level, const QString &line);
    void finish();
    void addOutcomes(const QVector<DryRunOutcome> &outcomes);
    void addRequests(const QVector<PlannedRequest> &plan);
    QTreeWidgetItem *section(const QString &text);

    QString m_databasePath;
    DryRun *m_run = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_problems = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_close = nullptr;
};
