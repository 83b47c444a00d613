#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

#include <initializer_list>

// The small rules every part of the three-way merge shares: one value three-way, one
// object's fields three-way, and writing a value that may be absent.
namespace MergeRules {

template<typename T>
struct Pick
{
    T value;
    bool conflict = false;
};

// The three-way rule for one value. A side equal to base did not change it: take the other
// (theirs' form when mine is unchanged, so the server's shape of an untouched value wins).
template<typename T, typename Same>
Pick<T> merge3(const T &base, const T &mine, const T &theirs, Same same)
{
    if (same(mine, base))
        return {theirs, false};
    if (same(theirs, base))
        return {mine, false};
    if (same(mine, theirs))
        return {mine, false};
    return {mine, true};
}

template<typename T>
Pick<T> merge3(const T &base, const T &mine, const T &theirs)
{
    return merge3(base, mine, theirs, [](const T &a, const T &b) { return a == b; });
}

// One key changed on both sides to different values.
struct KeyConflict
{
    QString key;
    QJsonValue base, mine, theirs;
};

struct FieldsMerge
{
    QJsonObject merged; // mine on conflicting keys
    QVector<KeyConflict> conflicts;
};

// Every key of the three objects three-way (JSON equality). Keys in first-seen order.
FieldsMerge mergeFields(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

// Keys of the objects, first-seen order, without duplicates.
QStringList unionKeys(std::initializer_list<QJsonObject> objects);

// Inserts `value`, or removes `key` when the value is undefined (absent).
void put(QJsonObject *o, const QString &key, const QJsonValue &value);

} // namespace MergeRules
