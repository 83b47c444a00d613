#include "sync/SyncPanel.h"

#include "sync/ServerErrorText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSslCertificate>
#include <QTime>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int kMaxLogLines = 20000; // a pull of 10 000 records logs one line each

} // namespace

SyncPanel::SyncPanel(QWidget *parent)
    : QDockWidget(tr("Sync"), parent)
{
    setObjectName(QStringLiteral("syncPanel"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);

    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("syncPanelBody"));
    m_phase = new QLabel(tr("No sync has run yet."), body);
    m_phase->setObjectName(QStringLiteral("syncPhaseLabel"));
    m_progress = new QProgressBar(body);
    m_progress->setObjectName(QStringLiteral("syncProgressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m"));
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Cancel sync"), body);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setToolTip(tr("Stop the sync; what was already applied stays, nothing is left half-written"));
    m_cancel->setEnabled(false);
    // Before the first sync there is nothing to count or cancel: no "0 / 1" bar.
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &SyncPanel::cancelRequested);

    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("syncSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->hide();

    m_tlsBox = new QGroupBox(tr("The server's certificate is not trusted"), body);
    m_tlsBox->setObjectName(QStringLiteral("syncTlsBox"));
    m_tlsDetails = new QLabel(m_tlsBox);
    m_tlsDetails->setObjectName(QStringLiteral("syncTlsDetails"));
    m_tlsDetails->setWordWrap(true);
    m_tlsDetails->setTextFormat(Qt::PlainText);
    m_tlsDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *tlsLayout = new QVBoxLayout(m_tlsBox);
    tlsLayout->addWidget(m_tlsDetails);
    m_tlsBox->hide();

    m_log = new QListWidget(body);
    m_log->setObjectName(QStringLiteral("syncLog"));
    m_log->setUniformItemSizes(true);
    m_log->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log->setAccessibleName(tr("Sync log"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_phase, 1);
    top->addWidget(m_progress, 2);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tlsBox);
    layout->addWidget(m_log, 1);
    setWidget(body);
}

void SyncPanel::syncStarted()
{
    m_running = true;
    m_summary->hide();
    m_summary->clear();
    m_tlsBox->hide();
    m_progress->setRange(0, 0); // busy until the engine knows a total
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_phase->setText(tr("Starting the sync…"));
    m_firstLineOfSync = m_log->count();
    appendLog(tr("Sync started"), Severity::Phase);
}

void SyncPanel::setPhase(const QString &phase)
{
    m_phase->setText(phase);
    m_progress->setRange(0, 0);
    appendLog(phase, Severity::Phase);
}

void SyncPanel::setProgress(int done, int total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(qBound(0, done, total));
}

SyncPanel::Severity SyncPanel::severityOf(SyncLogLevel level)
{
    switch (level) {
    case SyncLogLevel::Error:
        return Severity::Error;
    case SyncLogLevel::Warning:
        return Severity::Warning;
    case SyncLogLevel::Info:
        break;
    }
    return Severity::Info;
}

void SyncPanel::addEngineLine(SyncLogLevel level, const QString &line)
{
    // A refused request quotes the server's error body; the user reads its words.
    appendLog(ServerErrorText::readable(line), severityOf(level));
}

void SyncPanel::appendLog(const QString &line, Severity severity)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(stamp, line));
    item->setData(LineRole, line);
    item->setToolTip(line);
    mark(item, severity);
    m_log->addItem(item);
    while (m_log->count() > kMaxLogLines) {
        delete m_log->takeItem(0);
        m_firstLineOfSync = qMax(0, m_firstLineOfSync - 1);
    }
    m_log->scrollToBottom();
}

void SyncPanel::mark(QListWidgetItem *item, Severity severity)
{
    item->setData(SeverityRole, static_cast<int>(severity));
    QFont font = item->font();
    font.setBold(severity == Severity::Phase || severity == Severity::Error);
    item->setFont(font);
    switch (severity) {
    case Severity::Error:
        item->setForeground(QColor(0xb0, 0x00, 0x20));
        item->setIcon(QIcon(QStringLiteral(":/icons/state-error.svg")));
        break;
    case Severity::Warning:
        item->setForeground(QColor(0x8a, 0x5a, 0x00));
        // Amber, not the red of errors: a warning waits for the user, nothing failed.
        item->setIcon(QIcon(QStringLiteral(":/icons/log-warning.svg")));
        break;
    case Severity::Phase:
    case Severity::Info:
        break;
    }
}

void SyncPanel::syncFinished(const SyncReport &report)
{
    m_running = false;
    m_cancel->setEnabled(false);
    markFatalLines(report);
    const Outcome end = outcomeOf(report);
    // Only a sync that ran to its end fills the bar; a cancelled or failed one keeps
    // what it had done, so the bar never claims work that was not done.
    const bool counted = m_progress->maximum() > 0;
    if (!counted)
        m_progress->setRange(0, 1);
    if (end == Outcome::Finished)
        m_progress->setValue(m_progress->maximum());
    else if (!counted)
        m_progress->hide(); // stopped before any total was known: no "0 / 1" to show
    m_phase->setText(end == Outcome::Cancelled ? tr("Sync cancelled")
                     : end == Outcome::Failed  ? tr("Sync failed")
                                               : tr("Sync finished"));
    const QString text = summary(report);
    m_summary->setText(text);
    // A cancel is the user's own choice: neither red nor logged as an error.
    const int code = report.exitCode();
    const Severity severity = end == Outcome::Cancelled ? Severity::Phase
                              : code == 0               ? Severity::Phase
                              : code == 2               ? Severity::Warning
                                                        : Severity::Error;
    m_summary->setStyleSheet(severity == Severity::Error     ? QStringLiteral("color: #b00020;")
                             : severity == Severity::Warning ? QStringLiteral("color: #8a5a00;")
                                                             : QString());
    m_summary->show();
    appendLog(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')), severity);
    showTls(report);
}

SyncPanel::Outcome SyncPanel::outcomeOf(const SyncReport &report)
{
    if (report.cancelled)
        return Outcome::Cancelled;
    if (!report.fatalError.isEmpty() || report.authFailed || report.unreachable)
        return Outcome::Failed;
    return Outcome::Finished;
}

void SyncPanel::markFatalLines(const SyncReport &report)
{
    // Why the sync stopped is an error even if its wording was not recognised.
    const QStringList fatal = ServerErrorText::readable(report.fatalError).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int row = m_firstLineOfSync; row < m_log->count(); ++row) {
        QListWidgetItem *item = m_log->item(row);
        if (fatal.contains(item->data(LineRole).toString()))
            mark(item, Severity::Error);
    }
}

QString SyncPanel::summary(const SyncReport &r)
{
    QStringList parts;
    const Outcome end = outcomeOf(r);
    if (end == Outcome::Cancelled)
        parts << tr("Sync cancelled: what was applied stays, nothing is half-written.");
    else if (end == Outcome::Failed)
        parts << tr("Sync failed: %1").arg(r.fatalError.isEmpty() ? tr("the server could not be used.")
                                                                  : ServerErrorText::readable(r.fatalError));
    else if (r.exitCode() == 0)
        parts << tr("Everything is in sync.");
    else
        parts << tr("Sync finished.");
    parts << tr("Received: %1 new, %2 changed, %3 deleted on the server.")
                 .arg(r.pulledNew).arg(r.pulledChanged).arg(r.remoteDeleted);
    parts << tr("Sent: %1 created, %2 updated, %3 deleted.")
                 .arg(r.pushedCreated).arg(r.pushedUpdated).arg(r.pushedDeleted);
    if (r.conflicts > 0)
        parts << tr("%n conflict(s) wait for you: Sync ▸ Resolve conflicts.", nullptr, r.conflicts);
    if (r.failed > 0)
        parts << tr("%n record(s) could not be synced; the log says why.", nullptr, r.failed);
    if (r.invalid > 0)
        parts << tr("%n draft(s) with errors were not sent.", nullptr, r.invalid);
    if (r.authFailed)
        parts << tr("Check the token in Sync ▸ Sync settings.");
    return parts.join(QLatin1Char('\n'));
}

QString SyncPanel::certificateDetails(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return tr("The server presented no certificate.");
    const QLocale locale;
    QString fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QStringList lines;
    lines << tr("Subject: %1").arg(certificate.subjectDisplayName())
          << tr("Issuer: %1").arg(certificate.issuerDisplayName())
          << tr("Valid from: %1").arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::LongFormat))
          << tr("Expires: %1").arg(locale.toString(certificate.expiryDate().toLocalTime(), QLocale::LongFormat))
          << tr("SHA-256 fingerprint: %1").arg(fingerprint);
    return lines.join(QLatin1Char('\n'));
}

void SyncPanel::showTls(const SyncReport &report)
{
    if (report.tlsErrors.isEmpty() && report.untrustedCertificate.isNull()) {
        m_tlsBox->hide();
        return;
    }
    QStringList errors = report.tlsErrors;
    errors.removeDuplicates(); // both servers may be one host
    QStringList text;
    for (const QString &error : std::as_const(errors))
        text << QStringLiteral("• ") + error;
    text << QString() << certificateDetails(report.untrustedCertificate) << QString()
         << tr("Taskdesk does not talk to a server whose certificate is not trusted, and nothing was sent. "
               "If this is your server, compare the fingerprint with your administrator, then have the "
               "certificate signed by an authority this system trusts or add it to the system's trusted certificates.");
    m_tlsDetails->setText(text.join(QLatin1Char('\n')));
    m_tlsBox->show();
    appendLog(tr("TLS: %1").arg(errors.join(QStringLiteral("; "))), Severity::Error);
}
