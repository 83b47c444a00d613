#pragma once

#include <QJsonObject>

// An update whose answer never came (a task's PATCH or a series' PUT, after a cancel, a
// dropped connection, a killed sync) may or may not have reached the server. Merging the
// server's copy against the old base would then take the user's edit back to that base
// for "no change here" and lose it to the values the update itself wrote, and take a
// newer edit of a field it wrote for a conflict with it.
class UnansweredPush
{
public:
    // The base to merge `mine` and `theirs` against, field by field over the fields
    // `posted` changed from `base`: where the server holds what was sent, the PATCH landed
    // (base = sent); where it still holds the base, nothing can be told (base = base); where
    // it holds a third value, another client wrote after or instead of it, and the base is
    // chosen so that a field the user also changed since is a conflict, never a silent loss.
    // New steps of a series come back with ids the server gave them: steps a PUT added
    // count as a third value.
    static QJsonObject baseFor(const QJsonObject &base, const QJsonObject &posted, const QJsonObject &mine,
                               const QJsonObject &theirs);
};
