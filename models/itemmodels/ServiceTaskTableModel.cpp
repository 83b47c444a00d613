#include "itemmodels/ServiceTaskTableModel.h"

#include "domain/Duration.h"
#include "domain/EnumCatalog.h"
#include "domain/Validator.h"
#include "i18n/LocalDates.h"
#include "itemmodels/RecordIcons.h"
#include "storage/ServiceTaskStore.h"
#include "sync/StoredErrorText.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

namespace {

QString localTime(const QDateTime &utc)
{
    return LocalDates::text(utc);
}

QDateTime parsedUtc(const QString &text)
{
    Timestamp t;
    return Timestamp::parse(text, &t) ? t.toUtc() : QDateTime();
}

} // namespace

ServiceTaskTableModel::ServiceTaskTableModel(ServiceTaskStore &store, QObject *parent)
    : RecordTableModel(ServiceTaskQuery(store.database()), ServiceTaskQuery::sortKeys(), parent)
    , m_store(store)
    , m_cache([&store](const QVector<qint64> &ids) { return store.getMany(ids); },
              [](const StoredServiceTask &record) { return record.localId; })
{
    connect(&m_store, &ServiceTaskStore::inserted, this, &ServiceTaskTableModel::recordInserted);
    connect(&m_store, &ServiceTaskStore::changed, this, &ServiceTaskTableModel::recordChanged);
    connect(&m_store, &ServiceTaskStore::removed, this, &ServiceTaskTableModel::recordRemoved);
    connect(&m_store, &ServiceTaskStore::rowsChanged, this, [this] {
        if (const QVector<qint64> *added = m_store.addedRows())
            recordsAdded(*added);
        else
            recordsChanged();
    });
    reload(false);
}

int ServiceTaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const StoredServiceTask *ServiceTaskTableModel::cached(int row) const
{
    return m_cache.at(ids(), row);
}

std::optional<StoredServiceTask> ServiceTaskTableModel::recordAt(int row) const
{
    const StoredServiceTask *record = cached(row);
    if (!record)
        return std::nullopt;
    return *record;
}

int ServiceTaskTableModel::columnForField(const QString &field)
{
    static const QHash<QString, int> columns = {
        {QStringLiteral("name"), Name}, {QStringLiteral("isenabled"), Enabled},
        {QStringLiteral("svcscriptcode"), ScriptCode}, {QStringLiteral("sitemode"), SiteMode},
        {QStringLiteral("sites"), Sites}, {QStringLiteral("isregular"), Regular},
        {QStringLiteral("overlap"), Overlap}, {QStringLiteral("intervalsec"), Interval},
        {QStringLiteral("dtstart"), Start}, {QStringLiteral("dtstop"), Stop},
        {QStringLiteral("schedule"), Schedule}, {QStringLiteral("title"), Title}};
    return columns.value(field, -1);
}

QString ServiceTaskTableModel::columnName(int column)
{
    switch (column) {
    case Name: return tr("Name");
    case Enabled: return tr("Enabled");
    case ScriptCode: return tr("Script");
    case SiteMode: return tr("Site mode");
    case Sites: return tr("Sites");
    case Regular: return tr("Regular");
    case Overlap: return tr("Overlap");
    case Interval: return tr("Interval");
    case Start: return tr("Start");
    case Stop: return tr("Stop");
    case Schedule: return tr("Schedule");
    case Title: return tr("Title");
    case Created: return tr("Created");
    case LastWrite: return tr("Last write");
    case State: return tr("Sync");
    }
    return QString();
}

QStringList ServiceTaskTableModel::issuesFor(const StoredServiceTask &record, int column) const
{
    QStringList messages;
    const ValidationIssues issues = Validator::validate(record.local);
    for (const ValidationIssue &issue : issues) {
        if (column < 0 || columnForField(issue.field) == column)
            messages.append(issue.message);
    }
    return messages;
}

QVariant ServiceTaskTableModel::displayValue(const StoredServiceTask &r, int column) const
{
    const ServiceTask &t = r.local;
    switch (column) {
    case Name: return t.name;
    case ScriptCode: return t.scriptCode;
    case SiteMode: return t.siteMode;
    case Sites: return t.sitesJoined();
    case Interval: return Duration::format(t.intervalSec);
    case Start: return localTime(t.dtStart.toUtc());
    case Stop: return localTime(t.dtStop.toUtc());
    case Schedule: return t.schedule;
    case Title: return t.title();
    case Created: return localTime(parsedUtc(t.createdText()));
    case LastWrite: return localTime(parsedUtc(t.lastWriteText()));
    case State: return SyncStates::displayName(r.state, r.held);
    }
    return QVariant();
}

QVariant ServiceTaskTableModel::editValue(const StoredServiceTask &r, int column) const
{
    const ServiceTask &t = r.local;
    switch (column) {
    case Enabled: return t.isEnabled;
    case Regular: return t.isRegular;
    case Overlap: return t.overlap;
    case Interval: return t.intervalSec;
    case Start: return t.dtStart.toUtc();
    case Stop: return t.dtStop.toUtc();
    case Sites: return t.sites;
    }
    return displayValue(r, column);
}

QVariant ServiceTaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StoredServiceTask *record = cached(index.row());
    if (!record)
        return QVariant();
    const int column = index.column();
    const bool isCheck = column == Enabled || column == Regular || column == Overlap;

    switch (role) {
    case Qt::DisplayRole:
        return isCheck ? QVariant() : displayValue(*record, column);
    case Qt::EditRole:
        return editValue(*record, column);
    case Qt::CheckStateRole:
        if (!isCheck)
            return QVariant();
        return editValue(*record, column).toBool() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        QStringList lines = issuesFor(*record, column);
        if (column == State) {
            lines.prepend(SyncStates::displayName(record->state));
            if (!record->syncError.isEmpty())
                lines.append(StoredErrorText::shown(record->syncError)); // the server's words, not its JSON
            if (!record->valid)
                lines.append(tr("Invalid: kept as a draft and not sent to the server."));
        } else if (column == SiteMode) {
            const QString meaning = EnumCatalog::meaning(EnumCatalog::siteModes(), record->local.siteMode);
            lines.prepend(meaning.isEmpty() ? tr("Code not known to this version; kept as it is.") : meaning);
        } else if (column == Schedule) {
            const QString meaning = EnumCatalog::meaning(EnumCatalog::schedules(), record->local.schedule);
            lines.prepend(meaning.isEmpty() ? tr("Code not known to this version; kept as it is.") : meaning);
        } else if (column == Interval) {
            lines.prepend(tr("%n second(s)", nullptr, int(qBound(qint64(INT_MIN), record->local.intervalSec, qint64(INT_MAX)))));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole:
        if (column == State)
            return RecordIcons::state(record->state);
        if (column == Name && !record->valid)
            return RecordIcons::invalid();
        return QVariant();
    case Qt::BackgroundRole:
        if (!issuesFor(*record, column).isEmpty())
            return QColor(255, 224, 224);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == Interval)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case LocalIdRole:
        return record->localId;
    case UuidRole:
        return record->local.id;
    case SyncStateRole:
        return static_cast<int>(record->state);
    case IssuesRole:
        return issuesFor(*record, column);
    case RecordIssuesRole:
        return issuesFor(*record, -1);
    }
    return QVariant();
}

QVariant ServiceTaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(section);
    return QVariant();
}

Qt::ItemFlags ServiceTaskTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case Enabled:
    case Regular:
    case Overlap:
        return f | Qt::ItemIsUserCheckable;
    case Created:
    case LastWrite:
    case State:
        return f; // ext.ct, ext.lwt and the sync state are not the user's to edit
    default:
        return f | Qt::ItemIsEditable;
    }
}

bool ServiceTaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const StoredServiceTask *record = cached(index.row());
    if (!record || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    ServiceTask after = record->local;
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (column == Enabled)
            after.isEnabled = on;
        else if (column == Regular)
            after.isRegular = on;
        else if (column == Overlap)
            after.overlap = on;
        else
            return false;
    } else if (role == Qt::EditRole) {
        switch (column) {
        case Name: after.name = value.toString(); break;
        case ScriptCode: after.scriptCode = value.toString().trimmed(); break;
        case SiteMode: after.siteMode = value.toString().trimmed(); break;
        case Schedule: after.schedule = value.toString().trimmed(); break;
        case Title: after.setTitle(value.toString()); break;
        case Sites:
            after.sites = value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                                   : ServiceTask::splitSites(value.toString());
            break;
        case Interval: {
            bool ok = false;
            const qint64 seconds = value.toLongLong(&ok);
            if (!ok) {
                const auto parsed = Duration::parse(value.toString());
                if (!parsed)
                    return false;
                after.intervalSec = *parsed;
            } else {
                after.intervalSec = seconds;
            }
            break;
        }
        case Start:
        case Stop: {
            const QDateTime when = value.toDateTime();
            const Timestamp t = when.isValid() ? Timestamp::fromDateTime(when, Timestamp::Style::Seconds) : Timestamp();
            (column == Start ? after.dtStart : after.dtStop) = t;
            break;
        }
        case Enabled: after.isEnabled = value.toBool(); break;
        case Regular: after.isRegular = value.toBool(); break;
        case Overlap: after.overlap = value.toBool(); break;
        default: return false;
        }
    } else {
        return false;
    }
    if (after == record->local)
        return false;
    return commit(index.row(), after, tr("Edit %1").arg(columnName(column)));
}

bool ServiceTaskTableModel::commit(int row, const ServiceTask &after, const QString &description)
{
    const StoredServiceTask *record = cached(row);
    if (!record)
        return false;
    const QVector<ServiceTaskChange> changes{{record->localId, record->local, after}};
    QString error;
    const bool ok = m_editor ? m_editor->apply(description, changes, &error)
                             : ServiceTaskChangeSet::apply(m_store, changes, true, &error);
    if (!ok) {
        m_lastError = error;
        emit editFailed(error);
    }
    return ok;
}
