#pragma once

#include "sync/SyncLogLevel.h"
#include "sync/SyncReport.h"

#include <QDockWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSslCertificate;

// The sync at the bottom of the window: phase, a progress bar with done/total and
// Cancel while a sync runs; the log of every line the engine reports, time-stamped,
// errors highlighted; after a sync its summary, and for a TLS failure the
// certificate the server presented (never an "accept anyway").
class SyncPanel : public QDockWidget
{
    Q_OBJECT

public:
    enum class Severity { Info, Phase, Warning, Error };
    enum LogRole { SeverityRole = Qt::UserRole + 1, LineRole };
    // How a sync ended, as the phase label and the summary say it.
    enum class Outcome { Finished, Failed, Cancelled };

    explicit SyncPanel(QWidget *parent = nullptr);

    void syncStarted();
    void setPhase(const QString &phase);
    void setProgress(int done, int total);
    // A line from the engine, marked by its level.
    void addEngineLine(SyncLogLevel level, const QString &line);
    void appendLog(const QString &line, Severity severity);
    void syncFinished(const SyncReport &report);
    bool isRunning() const { return m_running; }

    QListWidget *log() const { return m_log; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *phaseLabel() const { return m_phase; }
    QLabel *summaryLabel() const { return m_summary; }
    QGroupBox *tlsBox() const { return m_tlsBox; }
    QLabel *tlsDetails() const { return m_tlsDetails; }

    static QString summary(const SyncReport &report);
    static QString certificateDetails(const QSslCertificate &certificate);
    static Severity severityOf(SyncLogLevel level);
    static Outcome outcomeOf(const SyncReport &report);

signals:
    void cancelRequested();

private:
    void mark(QListWidgetItem *item, Severity severity);
    void showTls(const SyncReport &report);
    void markFatalLines(const SyncReport &report);

    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QGroupBox *m_tlsBox = nullptr;
    QLabel *m_tlsDetails = nullptr;
    QListWidget *m_log = nullptr;
    int m_firstLineOfSync = 0;
    bool m_running = false;
};
