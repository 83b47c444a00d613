#include "sync/UnansweredPush.h"

#include "sync/ThreeWayMerge.h"

namespace {

void put(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
}

} // namespace

QJsonObject UnansweredPush::baseFor(const QJsonObject &base, const QJsonObject &posted, const QJsonObject &mine,
                                    const QJsonObject &theirs)
{
    QJsonObject result = base;
    for (const QString &field : ThreeWayMerge::changedFields(base, posted)) {
        const QJsonValue sent = posted.value(field);
        const QJsonValue before = base.value(field);
        const QJsonValue server = theirs.value(field);
        if (ThreeWayMerge::sameValue(field, server, sent))
            put(result, field, sent);
        else if (!ThreeWayMerge::sameValue(field, server, before)
                 && ThreeWayMerge::sameValue(field, mine.value(field), before))
            put(result, field, sent);
    }
    return result;
}
