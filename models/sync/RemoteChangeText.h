#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

struct FieldConflict;

// What a record in conflict says about why, the same words for both kinds of record.
class RemoteChangeText
{
    Q_DECLARE_TR_FUNCTIONS(RemoteChangeText)

public:
    static QString deletedHere();
    static QString deletedThere();
    // The fields changed on both sides, by their labels.
    static QString changedOnBothSides(const QVector<FieldConflict> &conflicts);
};
