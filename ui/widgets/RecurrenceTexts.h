#pragma once

#include "domain/Recurrence.h"

#include <QDateTime>
#include <QString>

// The words of the recurrence editor: dates as the operator reads them, the unit
// beside the interval, how far a series has got. They are translated as the editor's
// (RecurrenceEditor::tr), where the translators have always found them.
class RecurrenceTexts
{
public:
    // "2023-03-09 21:00:00 UTC": the exact instant, for tool tips.
    static QString utc(const QDateTime &utc);
    // Local time with the weekday; a whole day is shown as its UTC date.
    static QString display(const QDateTime &utc, bool wholeDay = false);
    // The unit beside "Every N": from the chosen frequency, else from the rule's
    // (hasRule: a valid rule is shown).
    static QString unit(Recurrence::Frequency chosen, Recurrence::Frequency ofRule, int n,
                        bool hasRule);
    // "occurrence(s)" beside the count of "Ends: after N".
    static QString occurrenceUnit(int count);
    // "Ended: …" / "Started on …, N occurrences so far"; empty before the first one.
    static QString history(const Recurrence::Window &window);
};
