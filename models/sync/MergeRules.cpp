#include "sync/MergeRules.h"

#include <QSet>

namespace MergeRules {

FieldsMerge mergeFields(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    FieldsMerge out;
    for (const QString &key : unionKeys({base, mine, theirs})) {
        const QJsonValue b = base.value(key), m = mine.value(key), t = theirs.value(key);
        const Pick<QJsonValue> p = merge3(b, m, t);
        if (p.conflict)
            out.conflicts.append({key, b, m, t});
        put(&out.merged, key, p.value);
    }
    return out;
}

QStringList unionKeys(std::initializer_list<QJsonObject> objects)
{
    QStringList keys;
    QSet<QString> seen;
    for (const QJsonObject &o : objects) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                keys.append(it.key());
            }
        }
    }
    return keys;
}

void put(QJsonObject *o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o->remove(key);
    else
        o->insert(key, value);
}

} // namespace MergeRules
