#pragma once

#include "domain/PeriodicSequence.h"
#include "domain/Recurrence.h"

#include <QList>
#include <QPair>

// Sorted, disjoint index ranges [from, to): the occurrences the exceptions remove.
class ExcludedRanges
{
public:
    ExcludedRanges(const PeriodicSequence &sequence, const QList<Recurrence::Exception> &exceptions);

    // How many indexes in [from, to) are removed.
    qint64 countIn(qint64 from, qint64 to) const;

    // The first index in [from, to) that is not removed; -1 when none.
    qint64 firstKept(qint64 from, qint64 to) const;

    // The last index before `to` that is not removed; -1 when none.
    qint64 lastKept(qint64 to) const;

private:
    QList<QPair<qint64, qint64>> m_ranges;
};
