#include "sync/PreviewSyncOutcomeText.h"

QString PreviewSyncOutcomeText::side(DryRunOutcome::What what)
{
    switch (what) {
    case DryRunOutcome::What::Merged:
    case DryRunOutcome::What::Conflict:
        return tr("Both");
    case DryRunOutcome::What::ReceivedNew:
    case DryRunOutcome::What::ReceivedChanges:
    case DryRunOutcome::What::DeletedThere:
        break;
    }
    return tr("Server");
}

QString PreviewSyncOutcomeText::record(const DryRunOutcome &outcome)
{
    return outcome.kind == DryRunOutcome::Kind::Series ? tr("Series «%1»").arg(outcome.name)
                                                       : tr("Service task «%1»").arg(outcome.name);
}

QString PreviewSyncOutcomeText::whatHappens(const DryRunOutcome &outcome)
{
    switch (outcome.what) {
    case DryRunOutcome::What::ReceivedNew:
        return tr("New on the server: added here");
    case DryRunOutcome::What::ReceivedChanges:
        return tr("Changed on the server: its changes taken here");
    case DryRunOutcome::What::DeletedThere:
        return tr("Deleted on the server: deleted here");
    case DryRunOutcome::What::Merged:
        return tr("Changed on both sides, in different fields: merged and sent");
    case DryRunOutcome::What::Conflict:
        break;
    }
    // The record keeps your values until you resolve it.
    return tr("%1 — you decide").arg(outcome.reason.isEmpty() ? tr("Changed on both sides") : outcome.reason);
}
