#pragma once

#include "domain/TaskSeries.h"
#include "storage/RecordHistory.h"
#include "storage/StoredTaskSeries.h"

#include <QHash>
#include <QSet>

// The server identities a restored series version gets back. A version written before a
// sync created its new steps and actions names them by local key only; the key is dropped
// once the server gives the item its id. The versions after it show which id each key got,
// so the restored items stay the items the server has (the sync updates them, not adds
// another), and an item whose id the server no longer has goes back as a new one.
class SeriesItemIdentity
{
public:
    // `history` newest first, as RecordHistory gives it; `now` the series as stored.
    SeriesItemIdentity(const QVector<RecordHistory::Version> &history, const StoredTaskSeries &now);

    TaskSeries restore(TaskSeries version) const;

private:
    template <typename Item>
    void learn(const QVector<Item> &older, const QVector<Item> &newer);
    void learnFrom(const TaskSeries &older, const TaskSeries &newer);
    QString idOf(const QString &seriesId, const QString &localKey) const;
    template <typename Item>
    void identify(Item &item, const QSet<QString> &known) const;

    QHash<QString, QString> m_idOfKey;
    QSet<QString> m_stepIds;   // what the server has, as last synced, and what is here now
    QSet<QString> m_actionIds;
};
