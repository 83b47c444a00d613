#include "sync/SyncPanel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTime>
#include <QVBoxLayout>

#include <utility>

namespace {

// The engine's messages that are errors or warnings (their translation is what arrives).
struct Template
{
    const char *context;
    const char *source;
    SyncPanel::Severity severity;
};

const Template kTemplates[] = {
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "The ERA server refused the credentials (%1)."), SyncPanel::Severity::Error},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "The ERA server could not be reached: %1"), SyncPanel::Severity::Error},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "The ERA server sent a list that is not valid JSON (%1); nothing was changed."), SyncPanel::Severity::Error},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "The ERA server could not list the service tasks: %1"), SyncPanel::Severity::Error},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "Service task %1: the server sent data that cannot be read (%2); kept as it was."), SyncPanel::Severity::Error},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "No usable answer for %1 (%2); it will be sent again next time."), SyncPanel::Severity::Error},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "Refused by the server: %1 — %2"), SyncPanel::Severity::Error},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "Not deleted: %1 — %2"), SyncPanel::Severity::Error},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "Conflict: %1 — %2"), SyncPanel::Severity::Warning},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "Not sent, still a draft with errors: %1"), SyncPanel::Severity::Warning},
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "Sync cancelled; what was applied stays, nothing is half-written."), SyncPanel::Severity::Warning},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "The TARGPatrol server refused the credentials (%1)."), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "The TARGPatrol server could not be reached: %1"), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "The TARGPatrol server sent a list that is not valid JSON (%1); nothing was changed."), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "The TARGPatrol server could not list the task executions: %1"), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Some task executions were listed without their series; no series is taken as deleted this time."), SyncPanel::Severity::Warning},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Series %1 changed while it was read; it is read again next time."), SyncPanel::Severity::Warning},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Series %1 could not be stored: %2"), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Series %1: the server announced series %2 but shows %3."), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Not sent: %1 — its task execution is not known yet; it is read again next time."), SyncPanel::Severity::Warning},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Not sent: %1 — its task execution is gone from the server; it is read again next time."), SyncPanel::Severity::Warning},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Not sent: %1 — %2"), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "No usable answer for %1 (%2); looking for it on the server before sending it again."), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "No usable answer for %1 (%2); reading it again before sending it again."), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "No answer for %1 (%2); it is sent again next time."), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Could not check whether %1 was created (%2); the next sync checks before sending it again."), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Not created: %1 — %2; it is sent again next time."), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Created on the server, but it could not be read back (%1); the next sync takes it."), SyncPanel::Severity::Warning},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Updated on the server: %1, but it could not be read back (%2); the next sync reads it."), SyncPanel::Severity::Warning},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Refused by the server: %1 — %2"), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Not deleted: %1 — %2"), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Conflict: %1 — %2"), SyncPanel::Severity::Warning},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Not sent, still a draft with errors: %1"), SyncPanel::Severity::Warning},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Sync cancelled; what was applied stays, nothing is half-written."), SyncPanel::Severity::Warning},
    // Last: they would match the more precise messages above.
    {"ServiceTaskSync", QT_TRANSLATE_NOOP("ServiceTaskSync", "Service task %1: %2"), SyncPanel::Severity::Error},
    {"TaskSeriesSync", QT_TRANSLATE_NOOP("TaskSeriesSync", "Series %1: %2"), SyncPanel::Severity::Error},
};

QRegularExpression patternOf(const QString &text)
{
    // "%1" and friends stand for anything; the rest must match literally.
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    QString pattern;
    int from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        pattern += QRegularExpression::escape(text.mid(from, match.capturedStart() - from)) + QStringLiteral(".*");
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(from));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption);
}

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
    m_cancel->setEnabled(true);
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

SyncPanel::Severity SyncPanel::classify(const QString &line)
{
    struct Compiled
    {
        QRegularExpression pattern;
        Severity severity;
    };
    // Compiled once per language: the first template's translation tells which one is loaded.
    static QString language;
    static QVector<Compiled> compiled;
    const QString key = QCoreApplication::translate(kTemplates[0].context, kTemplates[0].source);
    if (compiled.isEmpty() || key != language) {
        language = key;
        compiled.clear();
        for (const Template &t : kTemplates)
            compiled.append({patternOf(QCoreApplication::translate(t.context, t.source)), t.severity});
    }
    for (const Compiled &c : std::as_const(compiled)) {
        if (c.pattern.match(line).hasMatch())
            return c.severity;
    }
    return Severity::Info;
}

void SyncPanel::addEngineLine(const QString &line)
{
    appendLog(line, classify(line));
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
        item->setIcon(QIcon(QStringLiteral(":/icons/state-conflict.svg")));
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
    // Why the sync stopped is an error even if its wording was not recognised.
    const QStringList fatal = report.fatalError.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int row = m_firstLineOfSync; row < m_log->count(); ++row) {
        QListWidgetItem *item = m_log->item(row);
        if (fatal.contains(item->data(LineRole).toString()))
            mark(item, Severity::Error);
    }
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    m_progress->setValue(m_progress->maximum());
    m_phase->setText(report.cancelled ? tr("Sync cancelled") : tr("Sync finished"));
    const QString text = summary(report);
    m_summary->setText(text);
    const int code = report.exitCode();
    m_summary->setStyleSheet(code == 0 ? QString()
                             : code == 2 ? QStringLiteral("color: #8a5a00;")
                                         : QStringLiteral("color: #b00020;"));
    m_summary->show();
    appendLog(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')),
              code == 0 ? Severity::Phase : code == 2 ? Severity::Warning : Severity::Error);
    showTls(report);
}

QString SyncPanel::summary(const SyncReport &r)
{
    QStringList parts;
    if (r.cancelled)
        parts << tr("Sync cancelled: what was applied stays, nothing is half-written.");
    else if (!r.fatalError.isEmpty())
        parts << tr("Sync stopped: %1").arg(r.fatalError);
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
