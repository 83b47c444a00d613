#pragma once

#include "domain/TaskSeries.h"

#include <QString>

// Steps and actions are named by the server's `seriesId`, which a new item has only once a
// PUT or POST came back. Until then a local key names it, so that the ids the server chose
// reach the right items even when the series was edited again while the request was out
// (the edit moved, renamed or added items: positions and names cannot be trusted).
class LocalKeys
{
public:
    static QString fresh();
    // Gives every item without a seriesId and without a key a fresh key.
    static void assign(QVector<Step> &steps);
    // `sent` is what a PUT or POST sent; `server` the series as the server then had it,
    // item for item in the same order, new items with their new ids. Returns `local` (the
    // series as it is now, possibly edited since) with the server's ids on the items that
    // were new in `sent`; an item whose key is no longer there was deleted since and is
    // skipped. Items that do not line up (the server's copy changed meanwhile) are left
    // without an id: the next sync sends them as new, nothing is lost.
    static TaskSeries adoptServerIds(const TaskSeries &local, const TaskSeries &sent, const TaskSeries &server);
};
