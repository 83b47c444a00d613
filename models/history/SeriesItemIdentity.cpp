#include "history/SeriesItemIdentity.h"

#include "domain/LocalKeys.h"
#include "json/TaskSeriesCodec.h"

#include <QSet>

namespace {

void collectIds(const TaskSeries &series, QSet<QString> &steps, QSet<QString> &actions)
{
    for (const Step &step : series.steps) {
        steps.insert(step.seriesId);
        for (const Action &action : step.actions)
            actions.insert(action.seriesId);
    }
    steps.remove(QString());
    actions.remove(QString());
}

} // namespace

SeriesItemIdentity::SeriesItemIdentity(const QVector<RecordHistory::Version> &history, const StoredTaskSeries &now)
{
    std::optional<TaskSeries> newer = now.local;
    for (const RecordHistory::Version &version : history) {
        DecodeError error;
        const std::optional<TaskSeries> older = TaskSeriesCodec::decode(version.record, &error);
        if (older && newer)
            learnFrom(*older, *newer);
        newer = older;
    }
    collectIds(now.local, m_stepIds, m_actionIds);
    if (now.base)
        collectIds(*now.base, m_stepIds, m_actionIds);
}

// Between two versions in a row, keys that went and ids that came, as many of each and in
// the same order, are a sync's answer naming the new items; anything else teaches nothing
// (the items then go as new, as before).
template <typename Item>
void SeriesItemIdentity::learn(const QVector<Item> &older, const QVector<Item> &newer)
{
    QSet<QString> olderIds;
    QSet<QString> newerKeys;
    for (const Item &item : older)
        olderIds.insert(item.seriesId);
    for (const Item &item : newer)
        newerKeys.insert(item.localKey);
    QStringList lostKeys;
    QStringList gainedIds;
    for (const Item &item : older)
        if (item.seriesId.isEmpty() && !item.localKey.isEmpty() && !newerKeys.contains(item.localKey))
            lostKeys.append(item.localKey);
    for (const Item &item : newer)
        if (!item.seriesId.isEmpty() && !olderIds.contains(item.seriesId))
            gainedIds.append(item.seriesId);
    if (lostKeys.size() != gainedIds.size())
        return;
    for (int i = 0; i < lostKeys.size(); ++i)
        m_idOfKey.insert(lostKeys.at(i), gainedIds.at(i));
}

void SeriesItemIdentity::learnFrom(const TaskSeries &older, const TaskSeries &newer)
{
    learn(older.steps, newer.steps);
    // The actions of each step found on both sides, by its id or by the key that got it.
    for (const Step &before : older.steps) {
        const QString id = idOf(before.seriesId, before.localKey);
        for (const Step &after : newer.steps) {
            const bool same = (!id.isEmpty() && id == after.seriesId)
                || (!before.localKey.isEmpty() && before.localKey == after.localKey);
            if (same)
                learn(before.actions, after.actions);
        }
    }
}

QString SeriesItemIdentity::idOf(const QString &seriesId, const QString &localKey) const
{
    return seriesId.isEmpty() ? m_idOfKey.value(localKey) : seriesId;
}

template <typename Item>
void SeriesItemIdentity::identify(Item &item, const QSet<QString> &known) const
{
    const QString id = idOf(item.seriesId, item.localKey);
    if (!id.isEmpty() && known.contains(id)) {
        item.seriesId = id;
        item.localKey.clear();
    } else if (!id.isEmpty()) { // gone from the server: a new item, under a key of its own
        item.seriesId.clear();
        item.localKey = LocalKeys::fresh();
    }
}

TaskSeries SeriesItemIdentity::restore(TaskSeries version) const
{
    for (Step &step : version.steps) {
        identify(step, m_stepIds);
        for (Action &action : step.actions)
            identify(action, m_actionIds);
    }
    return version;
}
