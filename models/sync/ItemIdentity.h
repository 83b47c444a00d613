#pragma once

#include <QString>
#include <QVector>

// Steps and actions are the same item across two copies of a series when they have the
// same server id or, before the server gave one, the same local key.
namespace ItemIdentity {

template <typename Item>
QString of(const Item &item)
{
    return item.seriesId.isEmpty() ? item.localKey : item.seriesId;
}

// The position of the item with identity `id` in `items`; -1 when none (or `id` is empty).
template <typename Item>
int indexIn(const QVector<Item> &items, const QString &id)
{
    for (int i = 0; !id.isEmpty() && i < items.size(); ++i) {
        if (of(items.at(i)) == id)
            return i;
    }
    return -1;
}

} // namespace ItemIdentity
