#include "sync/PreviewSyncDialog.h"

#include "WindowLayout.h"
#include "sync/DryRun.h"
#include "sync/PreviewSyncOutcomeText.h"
#include "sync/ServerErrorText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// A body past this is cut in the view: the window stays responsive with a huge one.
const int kBodyLimit = 64 * 1024;
// A short plan shows its bodies at once; a long one stays a list to open line by line.
const int kOpenBodies = 5;
// Records listed per kind of outcome; the count says the rest (a first pull may bring thousands).
const int kListedRecords = 500;

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

} // namespace

PreviewSyncDialog::PreviewSyncDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("previewSyncDialog"));
    setWindowTitle(tr("Preview sync"));
    auto *layout = new QVBoxLayout(this);
    m_phase = new QLabel(tr("Starting…"), this);
    m_phase->setObjectName(QStringLiteral("previewPhaseLabel"));
    layout->addWidget(m_phase);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("previewProgressBar"));
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setHeaderLabels({tr("Side"), tr("Record"), tr("What happens")});
    m_tree->setUniformRowHeights(false); // a body is several lines in one item
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    int side = 0; // the widest side's word, in this language
    for (DryRunOutcome::What what : {DryRunOutcome::What::ReceivedNew, DryRunOutcome::What::Merged})
        side = qMax(side, m_tree->fontMetrics().horizontalAdvance(PreviewSyncOutcomeText::side(what)));
    m_tree->setColumnWidth(0, 2 * m_tree->indentation() + side + 16); // a record is a section's child
    m_tree->setColumnWidth(1, 260);
    layout->addWidget(m_tree, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("previewCancelButton"));
    m_syncNow = buttons->addButton(tr("Sync now"), QDialogButtonBox::AcceptRole);
    m_syncNow->setObjectName(QStringLiteral("previewSyncNowButton"));
    m_syncNow->setToolTip(tr("Run the real sync: receive the servers' changes and send yours"));
    m_syncNow->setEnabled(false);
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("previewCloseButton"));
    // Enter closes: a real sync is never one keystroke away by accident.
    m_syncNow->setAutoDefault(false);
    m_close->setDefault(true);
    layout->addWidget(buttons);
    // The buttons' roles are not wired to the box: Cancel stops the run and keeps the window.
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
        m_cancel->setEnabled(false);
        m_phase->setText(tr("Cancelling…"));
    });
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        emit syncNowRequested();
        accept();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    WindowLayout::resizeWithinScreen(*this, QSize(760, 560));
}

PreviewSyncDialog::~PreviewSyncDialog() = default;

bool PreviewSyncDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

void PreviewSyncDialog::start(const SyncSession::Settings &settings)
{
    if (isRunning())
        return;
    delete m_run;
    m_tree->clear();
    m_problems = nullptr;
    m_summary->clear();
    m_summary->setStyleSheet(QString());
    m_cancel->setEnabled(true);
    m_syncNow->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_run = new DryRun(m_databasePath, settings, this);
    connect(m_run, &DryRun::phaseChanged, m_phase, &QLabel::setText);
    connect(m_run, &DryRun::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 0));
        m_progress->setValue(done);
    });
    connect(m_run, &DryRun::logLine, this, &PreviewSyncDialog::addLine);
    connect(m_run, &DryRun::finished, this, &PreviewSyncDialog::finish);
    m_run->start();
}

void PreviewSyncDialog::showProblem(const QString &text)
{
    m_progress->hide();
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Nothing was previewed."));
    m_summary->setText(text);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
}

QTreeWidgetItem *PreviewSyncDialog::section(const QString &text)
{
    auto *item = new QTreeWidgetItem(m_tree, {text});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void PreviewSyncDialog::addLine(SyncLogLevel level, const QString &line)
{
    // What happens to each record comes from the run's outcomes; the log adds what failed.
    if (level != SyncLogLevel::Error)
        return;
    if (!m_problems) {
        m_problems = section(tr("Problems"));
        m_problems->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    auto *item = new QTreeWidgetItem(m_problems, {ServerErrorText::readable(line)});
    item->setFirstColumnSpanned(true);
    item->setForeground(0, QColor(0xb0, 0x00, 0x20));
}

void PreviewSyncDialog::finish()
{
    m_progress->hide();
    m_cancel->setEnabled(false);
    const SyncReport report = m_run->report();
    QStringList problems;
    if (!m_run->errorString().isEmpty())
        problems << m_run->errorString();
    if (!report.fatalError.isEmpty())
        problems << tr("The preview stopped: %1").arg(ServerErrorText::readable(report.fatalError));
    if (report.authFailed)
        problems << tr("Check the token in Sync ▸ Sync settings.");
    if (report.cancelled)
        problems << tr("Preview cancelled: the plan below is incomplete.");
    if (m_run->errorString().isEmpty()) {
        addOutcomes(m_run->outcomes());
        if (m_problems) // after the records, before the requests
            m_tree->addTopLevelItem(m_tree->takeTopLevelItem(m_tree->indexOfTopLevelItem(m_problems)));
        addRequests(m_run->plan());
    }
    m_phase->setText(problems.isEmpty() ? tr("Preview finished.") : tr("Preview incomplete."));
    const QString line = m_run->errorString().isEmpty() ? DryRun::summary(report) : QString();
    m_summary->setText((problems + QStringList(line)).join(QLatin1Char('\n')).trimmed());
    m_summary->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_syncNow->setEnabled(true);
}

void PreviewSyncDialog::addOutcomes(const QVector<DryRunOutcome> &outcomes)
{
    using What = DryRunOutcome::What;
    const struct
    {
        QString title;
        QVector<What> whats;
    } groups[] = {{tr("Received from the servers"), {What::ReceivedNew, What::ReceivedChanges, What::DeletedThere}},
                  {tr("Merged with your changes"), {What::Merged}},
                  {tr("Conflicts"), {What::Conflict}}};
    for (const auto &group : groups) {
        QVector<DryRunOutcome> listed;
        for (const DryRunOutcome &outcome : outcomes)
            if (group.whats.contains(outcome.what))
                listed.append(outcome);
        if (listed.isEmpty())
            continue;
        QTreeWidgetItem *head = section(QStringLiteral("%1: %2").arg(group.title).arg(listed.size()));
        for (const DryRunOutcome &outcome : listed.mid(0, kListedRecords)) {
            auto *row = new QTreeWidgetItem(head, PreviewSyncOutcomeText::columns(outcome));
            row->setToolTip(2, row->text(2)); // a long reason is cut in the column
        }
        if (listed.size() > kListedRecords) {
            auto *more = new QTreeWidgetItem(head, {tr("… and %n more", nullptr, int(listed.size()) - kListedRecords)});
            more->setFirstColumnSpanned(true);
        }
    }
}

void PreviewSyncDialog::addRequests(const QVector<PlannedRequest> &plan)
{
    if (plan.isEmpty()) {
        section(tr("Nothing would be sent to the servers."));
        return;
    }
    QMap<QString, QVector<PlannedRequest>> byServer;
    for (const PlannedRequest &request : plan)
        byServer[originOf(request.url)].append(request);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (auto it = byServer.cbegin(); it != byServer.cend(); ++it) {
        QTreeWidgetItem *server = section(tr("Would send to %1: %n request(s)", nullptr, int(it->size())).arg(it.key()));
        for (const PlannedRequest &request : *it) {
            QString target = request.url.path();
            if (request.url.hasQuery())
                target += QLatin1Char('?') + request.url.query(QUrl::FullyDecoded);
            auto *item = new QTreeWidgetItem(server, {QStringLiteral("%1 %2").arg(QString::fromLatin1(request.verb), target)});
            item->setFirstColumnSpanned(true);
            item->setToolTip(0, DryRun::describe(request));
            if (!request.body.isEmpty()) {
                auto *body = new QTreeWidgetItem(item, {readableBody(request.body)});
                body->setFirstColumnSpanned(true);
                body->setFont(0, fixed);
                item->setExpanded(plan.size() <= kOpenBodies);
            }
        }
    }
}

QString PreviewSyncDialog::readableBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    QString text = error.error == QJsonParseError::NoError ? QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed()
                                                           : QString::fromUtf8(body);
    if (text.size() > kBodyLimit) {
        const int cut = int(text.size()) - kBodyLimit;
        text = text.left(kBodyLimit) + QLatin1Char('\n') + tr("… %n more character(s) not shown", nullptr, cut);
    }
    return text;
}
