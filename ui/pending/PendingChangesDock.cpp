#include "pending/PendingChangesDock.h"

#include "Confirmation.h"
#include "pending/HoldCommand.h"
#include "pending/PendingReverter.h"
#include "storage/ServiceTaskStore.h"
#include "storage/TaskSeriesStore.h"
#include "storage/Workspace.h"
#include "sync/PendingChanges.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const int kListLimit = 500;

const int kIndexRole = Qt::UserRole;     // the record's place in changes()
const int kFieldRole = Qt::UserRole + 1; // a field line: what reverting it puts back
const int kKindRole = Qt::UserRole + 2;  // a record line: its kind and local id
const int kIdRole = Qt::UserRole + 3;

using Key = QPair<int, qint64>; // record kind, local id: survives a refresh

Key keyOf(const PendingChange &change)
{
    return {int(change.record), change.localId};
}

template <typename Store>
void follow(Store &store, QTimer *timer)
{
    const auto later = [timer] { timer->start(); };
    QObject::connect(&store, &Store::inserted, timer, later);
    QObject::connect(&store, &Store::changed, timer, later);
    QObject::connect(&store, &Store::removed, timer, later);
    QObject::connect(&store, &Store::rowsChanged, timer, later);
}

} // namespace

PendingChangesDock::PendingChangesDock(Workspace &workspace, QUndoStack &tasksUndo, QUndoStack &seriesUndo,
                                       QWidget *parent)
    : QDockWidget(tr("Pending changes"), parent)
    , m_workspace(workspace)
    , m_tasksUndo(tasksUndo)
    , m_seriesUndo(seriesUndo)
    , m_reverter(std::make_unique<PendingReverter>(workspace, tasksUndo, seriesUndo))
{
    setObjectName(QStringLiteral("pendingChangesDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *buttons = new QHBoxLayout;
    m_revertAction = makeAction("pendingRevertAction", tr("&Revert"),
                                tr("Put the selected records, or the selected field, back as last synced"));
    m_revertAllAction = makeAction("pendingRevertAllAction", tr("Revert &all…"),
                                   tr("Put every pending record back as last synced"));
    m_holdAction = makeAction("pendingHoldAction", tr("&Hold"),
                              tr("Keep the selected records pending without sending them, until released"));
    m_syncSelectedAction = makeAction("pendingSyncSelectedAction", tr("Sync &selected"),
                                      tr("Send only the selected records (the pull still reads everything)"));
    for (QAction *action : {m_revertAction, m_revertAllAction, m_holdAction, m_syncSelectedAction}) {
        auto *button = new QToolButton(content);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    m_tree = new QTreeWidget(content);
    m_tree->setObjectName(QStringLiteral("pendingTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_revertAction, m_holdAction, m_syncSelectedAction});
    // Whole lines, scrolled sideways when long: an elided "old → new" says nothing.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setMinimumWidth(420);
    layout->addWidget(m_tree);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("pendingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_unlistedNote = new QLabel(content);
    m_unlistedNote->setObjectName(QStringLiteral("pendingUnlistedNote"));
    m_unlistedNote->setWordWrap(true);
    m_unlistedNote->hide();
    layout->addWidget(m_unlistedNote);
    setWidget(content);

    connect(m_revertAction, &QAction::triggered, this, &PendingChangesDock::revertSelected);
    connect(m_revertAllAction, &QAction::triggered, this, &PendingChangesDock::revertAll);
    connect(m_holdAction, &QAction::triggered, this, &PendingChangesDock::toggleHoldSelected);
    connect(m_syncSelectedAction, &QAction::triggered, this, &PendingChangesDock::syncSelectedRequested);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &PendingChangesDock::updateActions);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, kIndexRole).toInt();
        if (index >= 0 && index < m_changes.size())
            emit recordActivated(m_changes.at(index).record, m_changes.at(index).localId);
    });

    // A burst of writes (typing, a sync, Revert all) is read once.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &PendingChangesDock::refresh);
    follow(workspace.serviceTasks(), m_refreshTimer);
    follow(workspace.series(), m_refreshTimer);
    refresh();
}

PendingChangesDock::~PendingChangesDock() = default;

QAction *PendingChangesDock::makeAction(const char *name, const QString &text, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    action->setToolTip(tip);
    return action;
}

QString PendingChangesDock::stateText(const PendingChange &change)
{
    QString text;
    switch (change.kind) {
    case PendingChange::Kind::Create: text = tr("Created here"); break;
    case PendingChange::Kind::Change: text = tr("Changed here"); break;
    case PendingChange::Kind::Delete: text = tr("Deleted here"); break;
    case PendingChange::Kind::Draft: text = tr("Draft, not sent"); break;
    case PendingChange::Kind::Conflict: text = tr("Conflict, not sent"); break;
    case PendingChange::Kind::Error: text = tr("Refused by the server"); break;
    }
    return change.held ? tr("%1 · held").arg(text) : text;
}

QString PendingChangesDock::countsText() const
{
    const RecordStore::PendingCounts &c = m_counts;
    if (c.created + c.changed + c.deleted + c.held + c.drafts == 0)
        return tr("Nothing to send");
    return tr("To send — new: %1, changed: %2, deleted: %3; held: %4; drafts: %5")
        .arg(c.created).arg(c.changed).arg(c.deleted).arg(c.held).arg(c.drafts);
}

void PendingChangesDock::refresh()
{
    m_refreshTimer->stop();
    // The counts are SQL counts, cheap for any number of records; the list reads records,
    // so it is read only while it is on show, and at most kListLimit of them.
    const RecordStore::PendingCounts tasks = m_workspace.serviceTasks().pendingCounts();
    const RecordStore::PendingCounts series = m_workspace.series().pendingCounts();
    m_counts = {tasks.created + series.created, tasks.changed + series.changed, tasks.deleted + series.deleted,
                tasks.held + series.held, tasks.drafts + series.drafts};
    m_listStale = !isVisible();
    if (!m_listStale) {
        int total = 0;
        m_changes = PendingChanges::collect(m_workspace, kListLimit, &total);
        m_unlisted = std::max(0, total - int(m_changes.size()));
        m_unlistedNote->setText(tr("%n more pending record(s) not listed here; taskdesk --status lists them all.",
                                   nullptr, m_unlisted));
        m_unlistedNote->setVisible(m_unlisted > 0);
        fill();
    }
    emit countsChanged(countsText());
}

void PendingChangesDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_listStale)
        refresh();
}

void PendingChangesDock::fill()
{
    // Selection and open records survive the refresh an edit causes.
    QSet<Key> selected;
    QSet<Key> expanded;
    QString currentField;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const int index = item->data(0, kIndexRole).toInt();
        if (index >= 0 && index < m_changes.size() && !item->parent())
            selected.insert(keyOf(m_changes.at(index)));
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->isExpanded())
            expanded.insert(Key(item->data(0, kKindRole).toInt(), item->data(0, kIdRole).toLongLong()));
    }
    m_tree->clear();
    const QString service = tr("Service task «%1»");
    const QString series = tr("Series «%1»");
    for (int i = 0; i < m_changes.size(); ++i) {
        const PendingChange &change = m_changes.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        const QString name = change.name.isEmpty() ? tr("(unnamed)") : change.name;
        const QString record = (change.record == PendingChange::Record::ServiceTask ? service : series).arg(name);
        item->setText(0, tr("%1 — %2").arg(record, stateText(change)));
        item->setData(0, kIndexRole, i);
        item->setData(0, kKindRole, int(change.record)); // the key, for the next refresh
        item->setData(0, kIdRole, change.localId);
        for (const DiffLine &line : change.lines) {
            auto *child = new QTreeWidgetItem(item, {line.text});
            child->setData(0, kIndexRole, i);
            child->setData(0, kFieldRole, line.field);
            child->setToolTip(0, tr("Revert puts this field back as last synced"));
        }
        for (const QString &reason : change.reasons) {
            auto *child = new QTreeWidgetItem(item, {reason});
            child->setData(0, kIndexRole, i);
        }
        item->setExpanded(expanded.contains(keyOf(change)) || change.lines.size() + change.reasons.size() <= 6);
        item->setSelected(selected.contains(keyOf(change)));
    }
    updateActions();
}

QVector<PendingChange> PendingChangesDock::selectedChanges() const
{
    QVector<PendingChange> result;
    QSet<int> seen;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const int index = item->data(0, kIndexRole).toInt();
        if (index >= 0 && index < m_changes.size() && !seen.contains(index)) {
            seen.insert(index);
            result.append(m_changes.at(index));
        }
    }
    return result;
}

void PendingChangesDock::updateActions()
{
    const QVector<PendingChange> selected = selectedChanges();
    bool allHeld = !selected.isEmpty();
    for (const PendingChange &change : selected)
        allHeld = allHeld && change.held;
    m_holdAction->setText(allHeld ? tr("Release") : tr("&Hold"));
    m_holdAction->setEnabled(!selected.isEmpty());
    m_revertAction->setEnabled(std::any_of(selected.cbegin(), selected.cend(), PendingReverter::canRevert));
    m_revertAllAction->setEnabled(std::any_of(m_changes.cbegin(), m_changes.cend(), PendingReverter::canRevert));
    m_syncSelectedAction->setEnabled(!selected.isEmpty());
}

void PendingChangesDock::revertSelected()
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    QString error;
    if (items.size() == 1 && !items.first()->data(0, kFieldRole).toString().isEmpty()) {
        const int index = items.first()->data(0, kIndexRole).toInt();
        showResult(m_reverter->revertField(m_changes.at(index), items.first()->data(0, kFieldRole).toString(), &error),
                   error);
        return;
    }
    showResult(m_reverter->revert(selectedChanges(), &error), error);
}

void PendingChangesDock::revertAll()
{
    // All of them, also those past the list's limit.
    const QVector<PendingChange> all = m_unlisted > 0 ? PendingChanges::collect(m_workspace) : m_changes;
    const int count = int(std::count_if(all.cbegin(), all.cend(), PendingReverter::canRevert));
    if (count == 0)
        return;
    const QString text = tr("Put %n record(s) back as last synced? Records never synced are removed. "
                            "Conflicts stay for the conflict dialog. Edit ▸ Undo takes it back.", nullptr, count);
    if (!Confirmation::ask(this, tr("Revert all"), text))
        return;
    QString error;
    showResult(m_reverter->revert(all, &error), error);
}

void PendingChangesDock::toggleHoldSelected()
{
    const QVector<PendingChange> selected = selectedChanges();
    const bool release = !selected.isEmpty()
                         && std::all_of(selected.cbegin(), selected.cend(), [](const PendingChange &c) { return c.held; });
    QVector<qint64> tasks;
    QVector<qint64> series;
    for (const PendingChange &change : selected)
        (change.record == PendingChange::Record::ServiceTask ? tasks : series).append(change.localId);
    // One undo step per page: each kind of record has its own stack.
    QString error;
    const bool ok = HoldCommand::push(m_tasksUndo, m_workspace.serviceTasks(), tasks, !release, &error)
                    && HoldCommand::push(m_seriesUndo, m_workspace.series(), series, !release, &error);
    showResult(ok, error);
}

void PendingChangesDock::showResult(bool ok, const QString &error)
{
    m_message->setVisible(!ok);
    m_message->setText(ok ? QString() : error);
    if (ok)
        refresh();
}
