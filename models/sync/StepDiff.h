#pragma once

#include "sync/DiffLine.h"

#include <QCoreApplication>
#include <QVector>

struct Step;

// Steps and actions of a series, base against local, in words: items are matched by
// identity (server id, else local key), so a move reads as a move and not as a rename
// of every item after it.
class StepDiff
{
    Q_DECLARE_TR_FUNCTIONS(StepDiff)

public:
    static QVector<DiffLine> describe(const QVector<Step> &before, const QVector<Step> &after);
};
