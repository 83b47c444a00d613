#pragma once

#include "TortureStep.h"

#include <QVector>

// The steps of one schedule, from its seed alone: the same seed gives the same steps.
class TortureSchedule
{
public:
    static QVector<TortureStep> generate(quint32 seed);
    // One line per step, numbered, for a failure report.
    static QString describe(quint32 seed, const QVector<TortureStep> &steps);
};
