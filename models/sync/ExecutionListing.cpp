#include "sync/ExecutionListing.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

const QString kCompleted = QStringLiteral("COMPLETED");

Timestamp timeOf(const QJsonValue &value)
{
    Timestamp t;
    Timestamp::parse(value.toString(), &t);
    return t;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

std::optional<ExecutionListing::Execution> ExecutionListing::executionFrom(const QJsonObject &item)
{
    // The contract lists no seriesId among the list item's fields [seen]: used when there,
    // else learned from the execution read (ExecutionPlacement). Without an id an execution
    // cannot be placed at all, and the listing is taken as incomplete (so that nothing is
    // deleted because of it).
    Execution e;
    e.id = item.value(QStringLiteral("id")).toString();
    e.seriesId = item.value(QStringLiteral("seriesId")).toString();
    if (e.id.isEmpty())
        return std::nullopt;
    e.state = item.value(QStringLiteral("state")).toString();
    e.startAt = timeOf(item.value(QStringLiteral("startAt")));
    e.endAt = timeOf(item.value(QStringLiteral("endAt")));
    e.item = item;
    return e;
}

QVector<ExecutionListing::Execution> ExecutionListing::executionsIn(const QJsonArray &items, bool *complete)
{
    QVector<Execution> executions;
    for (const QJsonValue &value : items) {
        if (const auto execution = executionFrom(value.toObject()))
            executions.append(*execution);
        else if (complete)
            *complete = false;
    }
    return executions;
}

QVector<ExecutionListing::Series> ExecutionListing::groupBySeries(const QVector<Execution> &executions)
{
    QVector<Series> groups;
    QHash<QString, int> index;
    QSet<QString> seen;
    for (const Execution &e : executions) {
        if (seen.contains(e.id))
            continue; // a page boundary that moved: the same execution twice
        seen.insert(e.id);
        auto it = index.constFind(e.seriesId);
        if (it == index.constEnd()) {
            it = index.insert(e.seriesId, int(groups.size()));
            groups.append(Series{e.seriesId, {}});
        }
        groups[*it].executions.append(e);
    }
    for (Series &group : groups)
        std::stable_sort(group.executions.begin(), group.executions.end(),
                         [](const Execution &a, const Execution &b) { return a.startAt < b.startAt; });
    return groups;
}

const ExecutionListing::Execution *ExecutionListing::pivotOf(const Series &series)
{
    for (const Execution &e : series.executions)
        if (e.state != kCompleted)
            return &e;
    return series.executions.isEmpty() ? nullptr : &series.executions.last();
}

QString ExecutionListing::digestOf(const Series &series)
{
    QStringList ids;
    for (const Execution &e : series.executions)
        ids.append(e.id);
    ids.sort();
    return QString::fromLatin1(QCryptographicHash::hash(ids.join(QLatin1Char('\n')).toUtf8(),
                                                        QCryptographicHash::Sha1).toHex());
}

SeriesRemoteRef ExecutionListing::refOf(const Series &series)
{
    return SeriesRemoteRef{pivotOf(series)->id, digestOf(series), series.executions.last().id};
}

bool ExecutionListing::listingDiffers(const StoredTaskSeries &record, const Series &listed)
{
    if (!record.base)
        return true;
    const Execution *pivot = pivotOf(listed);
    if (!pivot || pivot->id != record.remoteRef.executionId || digestOf(listed) != record.remoteRef.executionsDigest)
        return true;
    const TaskSeries &base = *record.base;
    if (pivot->startAt != base.startAt || pivot->endAt != base.endAt)
        return true;
    // A field a server leaves out of its list items is not compared.
    const QJsonObject &item = pivot->item;
    auto textDiffers = [&item](const QString &key, const QString &mine) {
        return item.contains(key) && item.value(key).toString() != mine; // null reads as ""
    };
    const QString description = QStringLiteral("description");
    const QString assignees = QStringLiteral("assigneeIds");
    const std::optional<QString> theirDescription = item.value(description).isString()
        ? std::optional<QString>(item.value(description).toString()) : std::nullopt;
    return textDiffers(QStringLiteral("name"), base.name) || textDiffers(QStringLiteral("locationId"), base.locationId)
        || textDiffers(QStringLiteral("priority"), base.priority)
        || (item.contains(description) && theirDescription != base.description)
        || (item.contains(assignees) && stringsOf(item.value(assignees)) != base.assigneeIds);
}

bool ExecutionListing::needsRead(const StoredTaskSeries &record, const Series &listed)
{
    if (record.state != SyncState::Conflict)
        return listingDiffers(record, listed);
    if (!record.remote)
        return true;
    StoredTaskSeries kept = record;
    kept.base = record.remote;
    return listingDiffers(kept, listed);
}

SeriesRemoteRef ExecutionListing::refAfterSplit(const Series &before, const QString &executionId, QStringList *moved)
{
    const SeriesRemoteRef unknown{executionId, QString(), QString()};
    const auto at = std::find_if(before.executions.cbegin(), before.executions.cend(),
                                 [&executionId](const Execution &e) { return e.id == executionId; });
    if (at == before.executions.cend())
        return unknown;
    Series after{QString(), {}};
    for (const Execution &e : before.executions) {
        // Another execution at the same start: which side of the split it lands on is the server's call.
        if (e.id != executionId && e.startAt == at->startAt)
            return unknown;
        if (e.id == executionId || at->startAt < e.startAt)
            after.executions.append(e);
    }
    if (moved) {
        for (const Execution &e : std::as_const(after.executions))
            moved->append(e.id);
    }
    return SeriesRemoteRef{executionId, digestOf(after), after.executions.last().id};
}

bool ExecutionListing::isCreateOf(const TaskSeries &sent, const Series &listed)
{
    if (listed.executions.isEmpty() || sent.startAt.isEmpty())
        return false;
    const Execution &first = listed.executions.first();
    if (first.item.value(QStringLiteral("name")).toString() != sent.name)
        return false;
    const qint64 length = sent.startAt.toUtc().msecsTo(sent.endAt.toUtc());
    if (first.startAt.toUtc().msecsTo(first.endAt.toUtc()) != length)
        return false;
    // The first execution starts at startAt, unless the recurrence leaves that day out.
    return first.startAt == sent.startAt || (!sent.recurrence.isEmpty() && sent.startAt < first.startAt);
}
