#pragma once

#include "domain/Recurrence.h"

#include <QList>
#include <QString>

#include <optional>

// What the recurrence editor's exception commands make of a recurrence: the new EXDATE
// text, for the editor to commit as one change.
class ExceptionEdits
{
public:
    // An exact instant added, the list kept in time order; nullopt when already there.
    static std::optional<QString> added(const Recurrence &recurrence, const QDateTime &utc);
    // The entries at these positions removed (positions past the end are ignored).
    static QString withoutEntries(const Recurrence &recurrence, QList<int> positions);
    // Every exception that removes the occurrence at `utc` dropped: it occurs again.
    static QString restored(const Recurrence &recurrence, const QDateTime &utc);
};
