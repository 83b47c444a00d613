#include "itemmodels/TaskSeriesTableModel.h"

#include "domain/EnumCatalog.h"
#include "domain/Validator.h"
#include "i18n/LocalDates.h"
#include "itemmodels/RecordIcons.h"
#include "storage/TaskSeriesStore.h"
#include "sync/StoredErrorText.h"

#include <QIcon>
#include <QLocale>

namespace {

QString localTime(const Timestamp &t)
{
    return LocalDates::text(t.toUtc());
}

} // namespace

TaskSeriesTableModel::TaskSeriesTableModel(TaskSeriesStore &store, QObject *parent)
    : RecordTableModel(TaskSeriesQuery(store.database()), TaskSeriesQuery::sortKeys(), parent)
    , m_store(store)
    , m_cache([&store](const QVector<qint64> &ids) { return store.getMany(ids); },
              [](const StoredTaskSeries &record) { return record.localId; })
{
    connect(&m_store, &TaskSeriesStore::inserted, this, &TaskSeriesTableModel::recordInserted);
    connect(&m_store, &TaskSeriesStore::changed, this, &TaskSeriesTableModel::recordChanged);
    connect(&m_store, &TaskSeriesStore::removed, this, &TaskSeriesTableModel::recordRemoved);
    reload(false);
}

int TaskSeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<StoredTaskSeries> TaskSeriesTableModel::recordAt(int row) const
{
    const StoredTaskSeries *record = m_cache.at(ids(), row);
    return record ? std::optional<StoredTaskSeries>(*record) : std::nullopt;
}

QString TaskSeriesTableModel::columnName(int column)
{
    switch (column) {
    case Name: return tr("Name");
    case Priority: return tr("Priority");
    case Start: return tr("Start");
    case End: return tr("End");
    case OrderedSteps: return tr("In order");
    case StrictTime: return tr("Strict time");
    case Deadlined: return tr("Deadline");
    case Tags: return tr("Tags");
    case Assignees: return tr("Assignees");
    case Location: return tr("Location");
    case Steps: return tr("Steps");
    case State: return tr("Sync");
    }
    return QString();
}

QString TaskSeriesTableModel::priorityText(const QString &code)
{
    const QString meaning = EnumCatalog::meaning(EnumCatalog::priorities(), code);
    return meaning.isEmpty() ? code : meaning;
}

QVariant TaskSeriesTableModel::displayValue(const StoredTaskSeries &r, int column) const
{
    const TaskSeries &s = r.local;
    switch (column) {
    case Name: return s.name;
    case Priority: return priorityText(s.priority);
    case Start: return localTime(s.startAt);
    case End: return localTime(s.endAt);
    case Tags: return s.tags.join(QStringLiteral(", "));
    case Assignees: return s.assigneeIds.size();
    case Location: return s.locationId;
    case Steps: return tr("%1 / %2").arg(s.steps.size()).arg(s.actionCount());
    case State: return SyncStates::displayName(r.state, r.held);
    }
    return QVariant();
}

QVariant TaskSeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StoredTaskSeries *record = m_cache.at(ids(), index.row());
    if (!record)
        return QVariant();
    const int column = index.column();
    const bool isCheck = column == OrderedSteps || column == StrictTime || column == Deadlined;
    switch (role) {
    case Qt::DisplayRole:
        return isCheck ? QVariant() : displayValue(*record, column);
    case Qt::CheckStateRole: {
        if (!isCheck)
            return QVariant();
        const TaskSeries &s = record->local;
        const bool on = column == OrderedSteps ? s.orderStepsRequired
                                               : column == StrictTime ? s.strictTimeRequired : s.deadlined;
        return on ? Qt::Checked : Qt::Unchecked;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (column == State) {
            lines.append(SyncStates::displayName(record->state));
            if (!record->syncError.isEmpty())
                lines.append(StoredErrorText::shown(record->syncError)); // the server's words, not its JSON
        }
        if (column == State || column == Name) {
            for (const ValidationIssue &issue : Validator::validate(record->local))
                lines.append(issue.message);
        }
        if (column == Steps)
            lines.append(tr("%n step(s)", nullptr, record->local.steps.size()) + QStringLiteral(", ")
                         + tr("%n action(s)", nullptr, record->local.actionCount()));
        if (column == Assignees)
            lines.append(record->local.assigneeIds.join(QLatin1Char('\n')));
        if (column == Priority && !EnumCatalog::isKnown(EnumCatalog::priorities(), record->local.priority))
            lines.append(tr("Code not known to this version; kept as it is."));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole:
        if (column == State)
            return RecordIcons::state(record->state);
        if (column == Name && !record->valid)
            return RecordIcons::invalid();
        return QVariant();
    case LocalIdRole:
        return record->localId;
    case SyncStateRole:
        return static_cast<int>(record->state);
    case RecordIssuesRole: {
        QStringList messages;
        for (const ValidationIssue &issue : Validator::validate(record->local))
            messages.append(issue.message);
        return messages;
    }
    }
    return QVariant();
}

QVariant TaskSeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return columnName(section);
    return RecordTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags TaskSeriesTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
