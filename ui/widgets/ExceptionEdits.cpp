#include "widgets/ExceptionEdits.h"

#include <algorithm>

std::optional<QString> ExceptionEdits::added(const Recurrence &recurrence, const QDateTime &utc)
{
    Recurrence changed = recurrence;
    if (!changed.addException(utc))
        return std::nullopt;
    QList<Recurrence::Exception> entries = changed.exceptionEntries();
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Recurrence::Exception &a, const Recurrence::Exception &b) {
                         return a.at < b.at;
                     });
    changed.setExceptionEntries(entries);
    return changed.exceptionsText();
}

QString ExceptionEdits::withoutEntries(const Recurrence &recurrence, QList<int> positions)
{
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    QList<Recurrence::Exception> entries = recurrence.exceptionEntries();
    for (int i = positions.size() - 1; i >= 0; --i) {
        if (positions.at(i) >= 0 && positions.at(i) < entries.size())
            entries.removeAt(positions.at(i));
    }
    Recurrence changed = recurrence;
    changed.setExceptionEntries(entries);
    return changed.exceptionsText();
}

QString ExceptionEdits::restored(const Recurrence &recurrence, const QDateTime &utc)
{
    QList<Recurrence::Exception> entries = recurrence.exceptionEntries();
    Recurrence probe;
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const Recurrence::Exception &e) {
                                     probe.setExceptionEntries({e});
                                     return probe.isExcluded(utc);
                                 }),
                  entries.end());
    Recurrence changed = recurrence;
    changed.setExceptionEntries(entries);
    return changed.exceptionsText();
}
