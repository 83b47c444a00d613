#include "history/HistoryWindow.h"

#include "WindowLayout.h"
#include "history/HistorySubject.h"
#include "i18n/LocalDates.h"
#include "settings/Settings.h"
#include "widgets/WheelGuard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryWindow::HistoryWindow(std::unique_ptr<HistorySubject> subject, QWidget *parent)
    : QDialog(parent)
    , m_subject(std::move(subject))
{
    setObjectName(QStringLiteral("historyWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("History"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setWordWrap(true);

    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(QStringLiteral("historyVersions"));
    m_versions->setHeaderLabels({tr("When"), tr("Origin"), tr("Name")});
    m_versions->setRootIsDecorated(false);
    m_versions->setUniformRowHeights(true);
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versions->setToolTip(tr("Select a version to compare it with the copy now, or two versions (Ctrl+click) to compare them"));
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diffTitle = new QLabel(this);
    m_diffTitle->setObjectName(QStringLiteral("historyDiffTitle"));
    m_diffTitle->setWordWrap(true);
    m_diff = new QListWidget(this);
    m_diff->setObjectName(QStringLiteral("historyDiff"));
    m_diff->setWordWrap(true);
    auto *diffPane = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_versions);
    splitter->addWidget(diffPane);
    splitter->setChildrenCollapsible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_restore = new QPushButton(tr("&Restore this version"), this);
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setToolTip(tr("Make the selected version the record's copy: an edit like any other, undone with Ctrl+Z"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeHistoryButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    // Enter in the box of versions kept must not restore (or close): no default button.
    m_restore->setAutoDefault(false);
    close->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(createLimitRow());
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    WindowLayout::resizeWithinScreen(*this, QSize(760, 560));

    connect(m_versions, &QTreeWidget::itemSelectionChanged, this, &HistoryWindow::showDiff);
    connect(m_restore, &QPushButton::clicked, this, &HistoryWindow::restoreSelected);
    connect(m_subject.get(), &HistorySubject::changed, this, &HistoryWindow::reload);
    reload();
    // The last change first: the version before the newest against the copy now.
    if (m_versions->topLevelItemCount() > 1)
        m_versions->topLevelItem(1)->setSelected(true);
}

HistoryWindow::~HistoryWindow() = default;

bool HistoryWindow::isAbout(RecordHistory::Kind kind, qint64 localId) const
{
    return m_subject->kind() == kind && m_subject->localId() == localId;
}

QWidget *HistoryWindow::createLimitRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_limit = new QSpinBox(row);
    m_limit->setObjectName(QStringLiteral("historyLimitBox"));
    m_limit->setRange(0, RecordHistory::kMaximumLimit);
    m_limit->setSpecialValueText(tr("None"));
    m_limit->setKeyboardTracking(false); // typing 30 must not keep 3 on the way
    m_limit->setValue(RecordHistory(m_subject->database()).limit());
    m_limit->setToolTip(tr("For every record of every database. A lower number drops the older versions at once."));
    WheelGuard::protect(m_limit);
    auto *label = new QLabel(tr("&Versions kept per record:"), row);
    label->setBuddy(m_limit);
    layout->addWidget(label);
    layout->addWidget(m_limit);
    connect(m_limit, &QSpinBox::valueChanged, this, &HistoryWindow::setLimit);
    return row;
}

void HistoryWindow::setLimit(int versions)
{
    RecordHistory history(m_subject->database());
    // One version alone would be the copy now: the box steps between none and two.
    if (versions == 1)
        versions = history.limit() == 0 ? RecordHistory::kMinimumLimit : 0;
    Settings::historyVersions.set(versions);
    if (!history.setLimit(versions))
        m_status->setText(history.errorString());
    const QSignalBlocker blocker(m_limit);
    m_limit->setValue(history.limit());
    reload();
}

QVector<int> HistoryWindow::selectedRows() const
{
    QVector<int> rows;
    for (int row = 0; row < m_versions->topLevelItemCount(); ++row) {
        if (m_versions->topLevelItem(row)->isSelected())
            rows.append(row);
    }
    return rows;
}

void HistoryWindow::reload()
{
    QSet<qint64> selected;
    for (int row : selectedRows())
        selected.insert(m_ids.at(row));
    const QVector<RecordHistory::Version> versions = m_subject->versions();
    const std::optional<QJsonObject> current = m_subject->current();
    const QString name = current ? current->value(QStringLiteral("name")).toString() : QString();
    m_title->setText(current ? tr("History of “%1”").arg(name) : tr("The record no longer exists."));
    setWindowTitle(current ? tr("History of “%1”").arg(name) : tr("History"));

    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    m_copies.clear();
    m_ids.clear();
    const auto addRow = [this](const QString &when, const QString &origin, const QJsonObject &record, qint64 id) {
        new QTreeWidgetItem(m_versions, {when, origin, record.value(QStringLiteral("name")).toString()});
        m_copies.append(record);
        m_ids.append(id);
    };
    // The newest version is the copy now unless it changed while versions were not kept.
    if (current && (versions.isEmpty() || versions.first().record != *current))
        addRow(tr("Now"), tr("Current copy"), *current, 0);
    for (const RecordHistory::Version &version : versions)
        addRow(LocalDates::text(version.at, true), RecordHistory::originName(version.origin), version.record, version.id);
    for (int row = 0; row < m_ids.size(); ++row)
        m_versions->topLevelItem(row)->setSelected(selected.contains(m_ids.at(row)));

    QString status = m_subject->restoreRefusal();
    if (status.isEmpty() && versions.isEmpty())
        status = m_limit->value() == 0 ? tr("Versions are not kept: set how many below.")
                                       : tr("No versions yet: one is kept each time the record changes.");
    m_status->setText(status);
    showDiff();
}

void HistoryWindow::showDiff()
{
    const QVector<int> rows = selectedRows();
    m_diff->clear();
    m_restore->setEnabled(rows.size() == 1 && m_ids.at(rows.first()) != 0 && m_subject->restoreRefusal().isEmpty());
    const std::optional<QJsonObject> current = m_subject->current();
    const auto when = [this](int row) { return m_versions->topLevelItem(row)->text(0); };
    QJsonObject older;
    QJsonObject newer;
    if (rows.size() == 1 && current) {
        older = m_copies.at(rows.first());
        newer = *current;
        m_diffTitle->setText(tr("What changed from %1 to the copy now:").arg(when(rows.first())));
    } else if (rows.size() == 2) {
        older = m_copies.at(rows.last()); // the list is newest first
        newer = m_copies.at(rows.first());
        m_diffTitle->setText(tr("What changed from %1 to %2:").arg(when(rows.last()), when(rows.first())));
    } else {
        m_diffTitle->setText(tr("Select a version to compare it with the copy now, or two versions to compare them."));
        return;
    }
    const QVector<DiffLine> lines = m_subject->diff(older, newer);
    for (const DiffLine &line : lines)
        m_diff->addItem(line.text);
    if (lines.isEmpty())
        m_diff->addItem(tr("No differences"));
}

void HistoryWindow::restoreSelected()
{
    const QVector<int> rows = selectedRows();
    if (rows.size() != 1 || m_ids.at(rows.first()) == 0)
        return;
    QString error;
    if (m_subject->restore(m_copies.at(rows.first()), &error))
        m_status->setText(tr("Version restored. Undo (Ctrl+Z) takes it back."));
    else
        m_status->setText(tr("Not restored: %1").arg(error));
}
