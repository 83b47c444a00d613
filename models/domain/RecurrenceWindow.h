#pragma once

#include "domain/PeriodicSequence.h"
#include "domain/Recurrence.h"

// Recurrence::window for the two kinds of rules.
namespace RecurrenceWindow {

// A rule with a fixed period (or none): computed, however far now is from DTSTART.
// Going away from now, up to `count` kept occurrences and, among them, up to `spare` (one
// per exception) of those the exceptions remove, the closest to now.
Recurrence::Window periodic(const Recurrence &recurrence, const PeriodicSequence &sequence,
                            qint64 now, int pastCount, int upcomingCount);
// Any other rule: expanded from DTSTART, within Recurrence::MaxIterations steps. An
// endless rule stops once the upcoming ones are found; a finite one runs to its end
// for the total.
Recurrence::Window walked(const Recurrence &recurrence, const icalrecurrencetype &rule,
                          qint64 dtstart, qint64 now, int pastCount, int upcomingCount);

} // namespace RecurrenceWindow
