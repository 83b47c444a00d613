#pragma once

#include "sync/DryRunOutcomes.h"

#include <QCoreApplication>
#include <QStringList>

// One record of a preview in words: which side changed it, the record, and what a sync would
// do with it (the columns of the preview's list).
class PreviewSyncOutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(PreviewSyncOutcomeText)

public:
    static QString side(DryRunOutcome::What what);
    static QString record(const DryRunOutcome &outcome);
    static QString whatHappens(const DryRunOutcome &outcome);
    static QStringList columns(const DryRunOutcome &outcome)
    {
        return {side(outcome.what), record(outcome), whatHappens(outcome)};
    }
};
